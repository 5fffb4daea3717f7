import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../support/shared.ts';

/**
 * An invented organisation as an administrator sets one up by docs/deployment.md: a key pair made
 * with openssl, and the example organisation file with its own name, version and hosting.
 */
export interface InventedOrganisation {
  dir: string;
  file: string;
  privateKey: string;
  /** The Chromium id, computed from the public key with openssl as the docs show. */
  openSslId: string;
}

export const EXAMPLE_FILE = path.join(projectRoot, 'deploy/org.example.json');

export function inventOrganisation(changes: Record<string, unknown> = {}): InventedOrganisation {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'org-'));
  const privateKey = path.join(dir, 'org.pem');
  const sh = (script: string) => execFileSync('sh', ['-c', script], { cwd: dir, encoding: 'utf8' }).trim();
  sh('openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out org.pem 2>/dev/null && openssl pkey -in org.pem -pubout -out org-public.pem');
  const openSslId = sh('openssl pkey -pubin -in org-public.pem -outform DER | openssl dgst -sha256 -r | cut -c1-32 | tr 0-9a-f a-p');
  const example = JSON.parse(readFileSync(EXAMPLE_FILE, 'utf8')) as Record<string, unknown>;
  const file = path.join(dir, 'org.json');
  writeFileSync(file, JSON.stringify({ ...example, ...changes }, null, 2));
  return { dir, file, privateKey, openSslId };
}
