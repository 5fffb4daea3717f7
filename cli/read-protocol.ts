import path from 'node:path';
import type { CaseNumberConfig } from '../core/casenumber/index.ts';
import type { Protocol } from '../core/model/protocol.ts';
import { parseProtocol } from '../core/parse/parse.ts';
import { InputError } from './command.ts';
import { readProtocolFile } from './read-file.ts';

export type ReadProtocol = { ok: true; text: string; protocol: Protocol } | { ok: false; reason: string };

/** Reads and parses one protocol file; an unreadable file, or a text with no § entries, says why in Swedish. */
export async function readProtocol(file: string, cwd: string, caseNumbers?: CaseNumberConfig): Promise<ReadProtocol> {
  const read = await readProtocolFile(path.resolve(cwd, file));
  if (!read.ok) return read;
  const protocol = parseProtocol(read.text, { caseNumbers, regions: read.regions });
  if (!protocol.paragrafer.length) return { ok: false, reason: 'hittade inga paragrafer (rader som börjar med "§ 12 Rubrik")' };
  return { ok: true, text: read.text, protocol };
}

/**
 * For a command that needs exactly that file: an unreadable file is an input error naming the
 * file (exit code 2).
 */
export async function readProtocolOrFail(
  file: string,
  cwd: string,
  caseNumbers?: CaseNumberConfig,
): Promise<{ text: string; protocol: Protocol }> {
  const read = await readProtocol(file, cwd, caseNumbers);
  if (!read.ok) throw new InputError(`${file}: ${read.reason}`);
  return read;
}
