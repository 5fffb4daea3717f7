import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, lockFeed } from '../../cli/feed-lock.ts';
import { useTempDirs } from '../read/temp-dirs.ts';

const tempDir = useTempDirs();
/** The id of a process that has ended. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('lockFeed', () => {
  it('gives the folder to one holder at a time', async () => {
    const dir = tempDir('lock');
    const first = await lockFeed(dir);
    expect(first).toMatchObject({ ok: true, tookOverFrom: null });
    expect(await lockFeed(dir)).toEqual({ ok: false, file: path.join(dir, LOCK_FILE), holder: { pid: process.pid, host: hostname(), started: expect.any(String) } });
    if (first.ok) await first.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    expect((await lockFeed(dir)).ok).toBe(true);
  });

  it('takes over the lock of a process that no longer runs on this host, and respects one from another host', async () => {
    const dir = tempDir('lock');
    const killed = { pid: deadPid(), host: hostname(), started: '2025-03-05T02:30:00.000Z' };
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(killed));
    expect(await lockFeed(dir)).toMatchObject({ ok: true, tookOverFrom: killed });

    const elsewhere = { ...killed, host: `inte-${hostname()}` };
    writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify(elsewhere));
    expect(await lockFeed(dir)).toMatchObject({ ok: false, holder: elsewhere });
  });

  it('respects a lock file it cannot read: the message then tells the administrator to look', async () => {
    const dir = tempDir('lock');
    writeFileSync(path.join(dir, LOCK_FILE), '');
    expect(await lockFeed(dir)).toMatchObject({ ok: false, holder: null });
  });
});
