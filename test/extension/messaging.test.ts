import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_EXTENSION_SETTINGS } from '../../extension/lib/extension-settings.ts';
import { DEFAULT_CASE_NUMBER_CONFIG } from '../../core/casenumber/index.ts';
import { ask, serveBackground, serveFrameContent } from '../../extension/lib/messaging.ts';
import { INITIAL_SYNC_STATUS } from '../../extension/lib/sync-status.ts';
import { inventedCase } from '../../harness/invented-feed.ts';

beforeEach(() => fakeBrowser.reset());

const known = inventedCase(7, 2);
const handlers = () => ({
  histories: ({ caseNumbers }: { caseNumbers: string[] }) => ({
    histories: Object.fromEntries(caseNumbers.map((c) => [c, c === known.caseNumber ? known : null])),
  }),
  getSettings: () => ({ settings: DEFAULT_EXTENSION_SETTINGS, locked: [], problems: [], caseNumbers: DEFAULT_CASE_NUMBER_CONFIG }),
  syncNow: () => ({ status: INITIAL_SYNC_STATUS }),
  syncStatus: () => ({ status: INITIAL_SYNC_STATUS }),
  search: () => ({ results: [] }),
});

describe('messages between the extension parts', () => {
  it('carries a prefetch for several case numbers in one round trip', async () => {
    serveBackground(handlers());
    const { histories } = await ask({ type: 'histories', caseNumbers: [known.caseNumber, 'RS 5-2020'] });
    expect(histories).toEqual({ [known.caseNumber]: known, 'RS 5-2020': null });
  });

  it('brings a failure in the background back to the asker as an error with its reason', async () => {
    serveBackground({ ...handlers(), syncNow: () => Promise.reject(new Error('databasen är stängd')) });
    await expect(ask({ type: 'syncNow' })).rejects.toThrow('databasen är stängd');
  });

  it('refuses a reply that does not follow the schema', async () => {
    serveBackground({ ...handlers(), search: () => ({ results: [{ caseNumber: 'RS 1-2024', title: 'x', entries: [] }] }) });
    await expect(ask({ type: 'search', query: 'x', limit: 5 })).rejects.toThrow();
  });

  it('leaves messages that are not requests to other listeners', async () => {
    serveBackground(handlers());
    let seen: unknown = null;
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      seen = message;
      return undefined;
    });
    await expect(fakeBrowser.runtime.sendMessage({ type: 'dataChanged', what: 'histories' })).resolves.toBeUndefined();
    expect(seen).toEqual({ type: 'dataChanged', what: 'histories' });
  });

  it('has a frame below the top report its references instead of answering, and answer what is addressed to it', async () => {
    serveFrameContent({
      pageReferences: () => ({ references: [{ caseNumber: 'RS 1008-2024', count: 2, known: true }] }),
      showReference: ({ caseNumber }) => ({ shown: caseNumber === 'RS 1008-2024' }),
    });
    const reports: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string }).type === 'frameReferences') reports.push(message);
      return undefined;
    });
    // The top frame's answer is the one a tab message takes: this frame leaves it to the top.
    await expect(fakeBrowser.runtime.sendMessage({ type: 'pageReferences' })).resolves.toBeUndefined();
    await expect.poll(() => reports).toEqual([{ type: 'frameReferences', references: [{ caseNumber: 'RS 1008-2024', count: 2, known: true }] }]);
    await expect(fakeBrowser.runtime.sendMessage({ type: 'showReference', caseNumber: 'RS 1008-2024' })).resolves.toEqual({ ok: true, value: { shown: true } });
  });
});
