import { accessSync, constants, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Debian's Chromium reads an administrator's policies from JSON files in this folder, the way an
 * organisation's Linux machines get them. Tests write one file each, named for the extension id it
 * configures, so that no other test's browser is touched, and remove it afterwards.
 */
export const CHROMIUM_POLICY_DIR = '/etc/chromium/policies/managed';

export function chromiumPolicyWritable(): boolean {
  try {
    mkdirSync(CHROMIUM_POLICY_DIR, { recursive: true });
    accessSync(CHROMIUM_POLICY_DIR, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Writes `policy` for the extension `id`; returns a function that removes it. */
export function writeChromiumPolicy(id: string, policy: unknown): () => void {
  const file = path.join(CHROMIUM_POLICY_DIR, `protokoll-test-${id}.json`);
  writeFileSync(file, JSON.stringify(policy));
  return () => rmSync(file, { force: true });
}
