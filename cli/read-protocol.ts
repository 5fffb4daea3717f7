import path from 'node:path';
import type { CaseNumberConfig } from '../core/casenumber/index.ts';
import type { Protocol } from '../core/model/protocol.ts';
import { parseProtocol } from '../core/parse/parse.ts';
import { InputError } from './command.ts';
import { readProtocolFile } from './read-file.ts';

/**
 * Reads and parses one protocol file for a command that needs exactly that file: an unreadable
 * file, or a text with no § entries, is an input error naming the file (exit code 2).
 */
export async function readProtocolOrFail(
  file: string,
  cwd: string,
  caseNumbers?: CaseNumberConfig,
): Promise<{ text: string; protocol: Protocol }> {
  const read = await readProtocolFile(path.resolve(cwd, file));
  if (!read.ok) throw new InputError(`${file}: ${read.reason}`);
  const protocol = parseProtocol(read.text, { caseNumbers, regions: read.regions });
  if (!protocol.paragraphs.length) throw new InputError(`${file}: hittade inga paragrafer (rader som börjar med "§ 12 Rubrik")`);
  return { text: read.text, protocol };
}
