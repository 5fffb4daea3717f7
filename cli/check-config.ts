import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { checkConfig } from '../core/rules/config.ts';
import type { CheckConfig } from '../core/rules/rule.ts';
import { InputError } from './command.ts';

/** Reads `--config FILE` (JSON); without it the defaults apply. Errors name the field. */
export async function loadCheckConfig(file: string | undefined, cwd: string): Promise<CheckConfig> {
  if (!file) return checkConfig({});
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    throw new InputError(`konfigurationen ${file} kunde inte läsas: ${(error as Error).message}`);
  }
  try {
    return checkConfig(json);
  } catch (error) {
    const issue = (error as { issues?: { path: PropertyKey[]; message: string }[] }).issues?.[0];
    throw new InputError(`konfigurationen ${file} är ogiltig: ${issue ? `${issue.path.join('.')}: ${issue.message}` : (error as Error).message}`);
  }
}
