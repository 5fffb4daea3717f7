import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CheckConfigSchema, parseCheckConfig, type CheckConfig } from '../core/check/config.ts';
import { describeIssues, swedishErrors } from '../core/swedish-issues.ts';
import { InputError } from './command.ts';

/** Reads `--config FILE` (JSON); without it the defaults apply. Errors name the field, in Swedish. */
export async function loadCheckConfig(file: string | undefined, cwd: string): Promise<CheckConfig> {
  if (!file) return parseCheckConfig({});
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path.resolve(cwd, file), 'utf8'));
  } catch (error) {
    throw new InputError(`konfigurationen ${file} kunde inte läsas: ${(error as Error).message}`);
  }
  const parsed = CheckConfigSchema.safeParse(json ?? {}, { error: swedishErrors });
  if (!parsed.success) throw new InputError(`konfigurationen ${file} är ogiltig: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
