import { open, readFile, rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';

/** In the feed folder, hidden, so a web server that hides dot files never serves it. */
export const LOCK_FILE = '.protokoll-index.lock';

/** Who holds the lock, as written in the lock file. */
export interface LockHolder {
  pid: number;
  host: string;
  started: string;
}

export type FeedLock =
  | { ok: true; release: () => Promise<void>; /** A lock left by a run that was killed, taken over. */ tookOverFrom: LockHolder | null }
  | { ok: false; file: string; /** Null when the lock file cannot be read. */ holder: LockHolder | null };

async function holderOf(file: string): Promise<LockHolder | null> {
  try {
    const holder = JSON.parse(await readFile(file, 'utf8')) as Partial<LockHolder>;
    return Number.isInteger(holder.pid) && typeof holder.host === 'string' && typeof holder.started === 'string' ? (holder as LockHolder) : null;
  } catch {
    return null;
  }
}

/** Only a process on this machine can be checked; one on another host counts as alive. */
function isDead(holder: LockHolder): boolean {
  if (holder.host !== hostname()) return false;
  try {
    process.kill(holder.pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

async function create(file: string, holder: LockHolder): Promise<boolean> {
  let handle;
  try {
    handle = await open(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    await handle.writeFile(JSON.stringify(holder));
  } finally {
    await handle.close();
  }
  return true;
}

/**
 * Takes the feed folder's lock, so that two `index` runs on the same folder cannot interleave their
 * writes. A lock whose process no longer runs on this machine (a run killed by a reboot, a timeout
 * or the OOM killer) is taken over. Two runs that find the same dead lock in the same instant
 * could both take it over; nightly jobs do not start that close together.
 */
export async function lockFeed(dir: string): Promise<FeedLock> {
  const file = path.join(dir, LOCK_FILE);
  const mine: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString() };
  const release = () => rm(file, { force: true });
  if (await create(file, mine)) return { ok: true, release, tookOverFrom: null };
  const holder = await holderOf(file);
  if (!holder || !isDead(holder)) return { ok: false, file, holder };
  await rm(file, { force: true });
  return (await create(file, mine)) ? { ok: true, release, tookOverFrom: holder } : { ok: false, file, holder: await holderOf(file) };
}
