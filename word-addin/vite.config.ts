import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig, type ServerOptions } from 'vite';
import type { z } from 'zod';
import { CaseNumberConfig } from '../core/casenumber/config.ts';
import { DEFAULT_FETCH_LIMITS, FetchLimits } from '../core/history/bounded-fetch.ts';
import { EntryStyleNames } from '../core/ooxml/styles.ts';
import { describeIssues, swedishErrors } from '../core/swedish-issues.ts';

const root = path.dirname(fileURLToPath(import.meta.url));
const DEV_PORT = 3000;

/**
 * Word only loads a task pane over HTTPS. For `npm run dev:addin` a self-signed certificate for
 * localhost is made once with openssl into word-addin/.cert/ (git-ignored). Never during build or
 * tests, and never with sudo: trust it by opening https://localhost:3000 once, or import
 * .cert/localhost.crt into the OS store yourself.
 */
function devCertificate(): ServerOptions['https'] {
  const dir = path.join(root, '.cert');
  const key = path.join(dir, 'localhost.key');
  const cert = path.join(dir, 'localhost.crt');
  if (!existsSync(key) || !existsSync(cert)) {
    mkdirSync(dir, { recursive: true });
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '365',
      '-subj', '/CN=localhost',
      '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1',
      '-keyout', key, '-out', cert,
    ], { stdio: 'inherit' });
  }
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** A setting the administrator gives at build time as a JSON file named by an environment variable. */
function fromFile<T>(variable: string, schema: z.ZodType<T>): T | null {
  const file = process.env[variable];
  if (!file) return null;
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')), { error: swedishErrors });
  if (!parsed.success) throw new Error(`${variable} (${file}): ${describeIssues(parsed.error, 10)}`);
  return parsed.data;
}

export default defineConfig(({ command, isPreview }) => ({
  root,
  base: './',
  plugins: [preact()],
  // The URL of the decision-history feed is set per organisation at build time (PROTOKOLL_FEED_URL);
  // the clerk can change it in the task pane.
  define: {
    __PROTOKOLL_FEED_URL__: JSON.stringify(process.env.PROTOKOLL_FEED_URL ?? ''),
    // The organisation's own case-number formats (PROTOKOLL_CASE_NUMBERS=formats.json, the `caseNumbers`
    // object of the CLI's config file); without them the pane uses the formats the feed learned.
    __PROTOKOLL_CASE_NUMBERS__: JSON.stringify(fromFile('PROTOKOLL_CASE_NUMBERS', CaseNumberConfig)),
    // How long and how much each fetch of the feed may take (PROTOKOLL_FEED_LIMITS=limits.json,
    // e.g. `{ "totalSeconds": 30 }`); the rest are the defaults.
    __PROTOKOLL_FEED_LIMITS__: JSON.stringify({ ...DEFAULT_FETCH_LIMITS, ...fromFile('PROTOKOLL_FEED_LIMITS', FetchLimits.partial().strict()) }),
    // The template's style names for entries (PROTOKOLL_ENTRY_STYLES=styles.json,
    // e.g. `{ "entryHeading": "Paragrafrubrik" }`); see word-addin/src/style-settings.ts.
    __PROTOKOLL_ENTRY_STYLES__: JSON.stringify(fromFile('PROTOKOLL_ENTRY_STYLES', EntryStyleNames) ?? {}),
  },
  build: {
    outDir: path.join(root, 'dist'),
    emptyOutDir: true,
    target: 'es2022',
    rollupOptions: {
      input: {
        taskpane: path.join(root, 'taskpane.html'),
        demo: path.join(root, 'demo.html'),
      },
    },
  },
  server: {
    host: 'localhost',
    port: DEV_PORT,
    strictPort: true,
    ...(command === 'serve' && !isPreview ? { https: devCertificate() } : {}),
  },
  preview: { host: '127.0.0.1', port: DEV_PORT },
}));
