import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import path from 'node:path';
import { caseKey } from '../core/casenumber/case-key.ts';
import { FeedManifest, FeedShard, MANIFEST_FILE, shardOf } from '../core/history/feed.ts';
import { sha256Hex } from '../core/history/hash.ts';
import type { CaseHistory } from '../core/history/model.ts';
import { InputError } from './command.ts';

const isUrl = (location: string) => /^https?:\/\//i.test(location);

async function fetchText(location: string, relative: string, cwd: string): Promise<string> {
  if (isUrl(location)) {
    const url = new URL(relative, location.endsWith('/') ? location : `${location}/`);
    let response: Response;
    try {
      response = await fetch(url);
    } catch (error) {
      throw new InputError(`kunde inte hämta ${url.href}: ${(error as Error).message}`);
    }
    if (!response.ok) throw new InputError(`kunde inte hämta ${url.href}: HTTP ${response.status}`);
    return response.text();
  }
  const file = path.resolve(cwd, location, relative);
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${file} finns inte (kör protokoll index först?)` : `kunde inte läsa ${file}: ${(error as Error).message}`);
  }
}

function parseJson<T>(text: string, schema: z.ZodType<T>, what: string): T {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InputError(`${what} är inte giltig JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`${what} följer inte flödesformatet (${issue ? `${issue.path.join('.')}: ${issue.message}` : 'okänt fel'})`);
  }
  return parsed.data;
}

export interface FeedLookup {
  manifest: FeedManifest;
  history: CaseHistory | null;
}

/**
 * One case, written any way (its case key finds it), from a feed in a folder or at a URL: the
 * manifest, then only the shard that can hold the case, checked against the manifest's hash before
 * it is trusted.
 */
export async function lookUpCase(location: string, caseNumber: string, cwd: string): Promise<FeedLookup> {
  const manifest = parseJson(await fetchText(location, MANIFEST_FILE, cwd), FeedManifest, `${MANIFEST_FILE} i ${location}`);
  const ref = manifest.shards.find((s) => s.id === shardOf(caseNumber, manifest.shardCount));
  if (!ref) return { manifest, history: null };
  const text = await fetchText(location, ref.path, cwd);
  if (sha256Hex(text) !== ref.sha256) throw new InputError(`${ref.path} i ${location} stämmer inte med manifestet (flödet skrivs om just nu? försök igen)`);
  const shard = parseJson(text, FeedShard, `${ref.path} i ${location}`);
  const key = caseKey(caseNumber);
  return { manifest, history: shard.cases.find((c) => caseKey(c.caseNumber) === key) ?? null };
}
