import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from './command.ts';

/** Node's parseArgs errors in Swedish; the option is the first quoted name in its English message. */
function swedishArgsError(error: NodeJS.ErrnoException): string {
  const option = /'(-[^' ]+|[^' -][^']*)/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `okänd flagga ${option}`;
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message) ? `${option} behöver ett värde` : `${option} tar inget värde`;
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return `oväntat argument ”${option}”`;
    default:
      return error.message;
  }
}

/** node:util parseArgs, with its errors turned into Swedish usage errors (exit code 2). */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(swedishArgsError(error as NodeJS.ErrnoException));
  }
}
/** Reads a `--format` value, accepting only the listed choices. */
export function oneOf<const C extends string>(value: string | undefined, choices: readonly C[], fallback: C, flag: string): C {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as C;
  throw new UsageError(`${flag} ska vara ${choices.join(' eller ')}, inte "${value}"`);
}
