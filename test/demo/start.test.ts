import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/shared.ts';

// `npm start` as a newcomer runs it: the real script, every part built (into a folder of the
// test's own, PROTOKOLL_DEMO_DIR), one server on 127.0.0.1, a clean stop on SIGTERM. Without a
// display it says how to load the extension by hand; with one (Xvfb, where installed) it opens
// Chromium with the extension and points it at the feed.

interface StartedDemo {
  child: ChildProcess;
  demoDir: string;
  origin: string;
  output(): string;
  /** Resolves with the exit code, or null when it has not exited within `ms`. */
  exited(ms: number): Promise<number | null>;
}

async function startScript(env: NodeJS.ProcessEnv): Promise<StartedDemo> {
  const demoDir = await mkdtemp(path.join(tmpdir(), 'protokoll-demo-'));
  const child = spawn(process.execPath, [path.join(projectRoot, 'scripts/start.ts')], {
    cwd: projectRoot,
    env: { ...env, PORT: '0', PROTOKOLL_DEMO_DIR: demoDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      const ready = /Demon är igång på (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (ready) {
        clearInterval(timer);
        resolve(ready[1]!);
      } else if (child.exitCode !== null) {
        clearInterval(timer);
        reject(new Error(`scripts/start.ts exited with ${child.exitCode} before it was ready:\n${output}`));
      }
    }, 100);
  });
  return {
    child,
    demoDir,
    origin,
    output: () => output,
    exited: (ms) =>
      child.exitCode !== null
        ? Promise.resolve(child.exitCode)
        : new Promise((resolve) => {
            const timer = setTimeout(() => resolve(null), ms);
            child.once('exit', (code) => {
              clearTimeout(timer);
              resolve(code);
            });
          }),
  };
}

async function cleanUp(demo: StartedDemo | undefined): Promise<void> {
  if (!demo) return;
  if (demo.child.exitCode === null && demo.child.signalCode === null) demo.child.kill('SIGKILL');
  await rm(demo.demoDir, { recursive: true, force: true });
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function withoutDisplay(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  return env;
}

describe('npm start without a display', () => {
  let demo: StartedDemo;
  beforeAll(async () => {
    demo = await startScript(withoutDisplay());
  }, 600_000);
  afterAll(() => cleanUp(demo));

  it('serves the demo intranet page full of case numbers', async () => {
    const res = await fetch(`${demo.origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('Region Norrfjäll');
    expect(html.match(/\b(RS|HSN|RUN) \d+-20\d\d\b/g)!.length).toBeGreaterThanOrEqual(10);
    expect((await fetch(`${demo.origin}/demo.css`)).status).toBe(200);
  });

  it('serves the feed protokoll index built from the example protocols, its source links on the same server', async () => {
    const manifest = (await (await fetch(`${demo.origin}/feed/manifest.json`)).json()) as { format: string; counts: { protocols: number; cases: number }; shards: { path: string }[] };
    expect(manifest.format).toBe('protokoll-beslutshistorik');
    expect(manifest.counts.protocols).toBe(3);
    expect(manifest.counts.cases).toBeGreaterThan(10);
    const shard = await fetch(`${demo.origin}/feed/${manifest.shards[0]!.path}`);
    expect(shard.status).toBe(200);
    const sources = [...(await shard.text()).matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const url of sources) {
      expect(url.startsWith(`${demo.origin}/protokoll/`)).toBe(true);
      expect((await fetch(url)).status).toBe(200);
    }
  });

  it('serves the task pane over the memory gateway, with its scripts', async () => {
    const res = await fetch(`${demo.origin}/uppgiftsfonster/demo.html`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const scripts = [...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect((await fetch(new URL(src, `${demo.origin}/uppgiftsfonster/demo.html`))).status).toBe(200);
  });

  it('answers 404 for what is not there and never serves outside its folders', async () => {
    expect((await fetch(`${demo.origin}/finns-inte.html`)).status).toBe(404);
    expect((await fetch(`${demo.origin}/feed/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('says what was built, where each part is, how to load the extension and how to stop', () => {
    const output = demo.output();
    expect(output).toContain('.output/demo/chrome-mv3');
    expect(output).toContain(path.relative(projectRoot, path.join(demo.demoDir, 'uppgiftsfonster')));
    expect(output).toContain(path.relative(projectRoot, path.join(demo.demoDir, 'feed')));
    expect(output).toContain(`${demo.origin}/feed/manifest.json`);
    expect(output).toContain(`${demo.origin}/uppgiftsfonster/demo.html`);
    expect(output).toContain('chrome://extensions');
    expect(output).toContain('Läs in okomprimerat');
    expect(output).toContain('Ctrl+C');
  });

  it('stops on SIGTERM and frees the port', async () => {
    demo.child.kill('SIGTERM');
    expect(await demo.exited(15_000)).toBe(0);
    expect(demo.output()).toContain('Demon är stoppad.');
    expect(await portOpen(Number(new URL(demo.origin).port))).toBe(false);
  });
});

const XVFB = '/usr/bin/Xvfb';

describe.skipIf(!existsSync(XVFB))('npm start with a display (Xvfb)', () => {
  let xvfb: ChildProcess;
  let demo: StartedDemo;
  beforeAll(async () => {
    // -displayfd: Xvfb picks a free display number and writes it once it accepts clients.
    xvfb = spawn(XVFB, ['-displayfd', '1', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], { stdio: ['ignore', 'pipe', 'ignore'] });
    const display = await new Promise<string>((resolve, reject) => {
      let text = '';
      xvfb.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
        text += chunk;
        if (text.includes('\n')) resolve(`:${text.trim()}`);
      });
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    });
    demo = await startScript({ ...withoutDisplay(), DISPLAY: display });
  }, 600_000);
  afterAll(async () => {
    await cleanUp(demo);
    xvfb?.kill('SIGTERM');
  });

  it('opens Chromium with the extension, which synced the demo feed, and closes it on Ctrl+C', async () => {
    const output = demo.output();
    expect(output).toContain('Öppnar Chromium med tillägget');
    // The figures the options page shows once the feed's address is set and the sync is done.
    const manifest = (await (await fetch(`${demo.origin}/feed/manifest.json`)).json()) as { counts: { cases: number; entries: number } };
    expect(output).toContain(`Tillägget har läst ${manifest.counts.cases} ärenden och ${manifest.counts.entries} beslut från historikflödet.`);
    expect(output).not.toContain('Läs in okomprimerat');
    demo.child.kill('SIGINT');
    expect(await demo.exited(30_000)).toBe(0);
    expect(demo.output()).toContain('Demon är stoppad.');
  });
});
