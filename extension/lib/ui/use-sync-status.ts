import { useEffect, useState } from 'preact/hooks';
import type { SyncStatus } from '../messages.ts';
import { onSyncStatusChanged, readSyncStatus } from '../sync-status.ts';

/** The sync status, kept current as the background writes it. Null until read. */
export function useSyncStatus(): SyncStatus | null {
  const [status, setStatus] = useState<SyncStatus | null>(null);
  useEffect(() => {
    let live = true;
    void readSyncStatus().then((s) => live && setStatus(s));
    const stop = onSyncStatusChanged(setStatus);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return status;
}
