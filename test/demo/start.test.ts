import { spawn, type ChildProcess } from 'node:child_process';
import { createConnection } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../support/shared.ts';

// `npm start` as a newcomer without a display runs it: the real script, every part built, one
// server on 127.0.0.1, the instructions to load the extension by hand, a clean stop on SIGTERM.

let child: ChildProcess;
let output = '';
let origin = '';

/** Resolves with the exit code, or null when it has not exited within `ms`. */
function exited(ms: number): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
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

beforeAll(async () => {
  const env: NodeJS.ProcessEnv = { ...process.env, PORT: '0' };
  delete env.DISPLAY;
  delete env.WAYLAND_DISPLAY;
  child = spawn(process.execPath, [path.join(projectRoot, 'scripts/start.ts')], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  origin = await new Promise<string>((resolve, reject) => {
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
}, 600_000);

afterAll(async () => {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

describe('npm start without a display', () => {
  it('serves the demo intranet page full of case numbers', async () => {
    const res = await fetch(`${origin}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    expect(html).toContain('Region Norrfjäll');
    expect(html.match(/\b(RS|HSN|RUN) \d+-20\d\d\b/g)!.length).toBeGreaterThanOrEqual(10);
    expect((await fetch(`${origin}/demo.css`)).status).toBe(200);
  });

  it('serves the feed protokoll index built from the example protocols, its source links on the same server', async () => {
    const manifest = (await (await fetch(`${origin}/feed/manifest.json`)).json()) as { format: string; counts: { protocols: number; cases: number }; shards: { path: string }[] };
    expect(manifest.format).toBe('protokoll-beslutshistorik');
    expect(manifest.counts.protocols).toBe(3);
    expect(manifest.counts.cases).toBeGreaterThan(10);
    const shard = await fetch(`${origin}/feed/${manifest.shards[0]!.path}`);
    expect(shard.status).toBe(200);
    const sources = [...(await shard.text()).matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
    expect(sources.length).toBeGreaterThan(0);
    for (const url of sources) {
      expect(url.startsWith(`${origin}/protokoll/`)).toBe(true);
      expect((await fetch(url)).status).toBe(200);
    }
  });

  it('serves the task pane over the memory gateway, with its scripts', async () => {
    const res = await fetch(`${origin}/uppgiftsfonster/demo.html`);
    expect(res.status).toBe(200);
    const html = await res.text();
    const scripts = [...html.matchAll(/src="([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect((await fetch(new URL(src, `${origin}/uppgiftsfonster/demo.html`))).status).toBe(200);
  });

  it('answers 404 for what is not there and never serves outside its folders', async () => {
    expect((await fetch(`${origin}/finns-inte.html`)).status).toBe(404);
    expect((await fetch(`${origin}/feed/..%2f..%2fpackage.json`)).status).toBe(404);
  });

  it('says what was built, where each part is, how to load the extension and how to stop', () => {
    expect(output).toContain('.output/chrome-mv3');
    expect(output).toContain('.demo/uppgiftsfonster');
    expect(output).toContain('.demo/feed');
    expect(output).toContain(`${origin}/feed/manifest.json`);
    expect(output).toContain(`${origin}/uppgiftsfonster/demo.html`);
    expect(output).toContain('chrome://extensions');
    expect(output).toContain('Läs in okomprimerat');
    expect(output).toContain('Ctrl+C');
  });

  it('stops on SIGTERM and frees the port', async () => {
    child.kill('SIGTERM');
    expect(await exited(15_000)).toBe(0);
    expect(output).toContain('Demon är stoppad.');
    expect(await portOpen(Number(new URL(origin).port))).toBe(false);
  });
});
