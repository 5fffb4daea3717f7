import { DEFAULT_FETCH_LIMITS, FetchLimits } from '../core/history/bounded-fetch.ts';
import { describeIssues, swedishErrors } from '../core/swedish-issues.ts';
import { UsageError } from './command.ts';

/** The flags that set how long and how much a feed at a URL may take, for parseCommandArgs. */
export const FETCH_LIMIT_FLAGS = {
  'connect-timeout': { type: 'string' },
  timeout: { type: 'string' },
  'max-mb': { type: 'string' },
} as const;

const KEYS = { 'connect-timeout': 'connectSeconds', timeout: 'totalSeconds', 'max-mb': 'maxMegabytes' } as const;

export const FETCH_LIMIT_USAGE = `  --connect-timeout SEKUNDER  längsta väntan på serverns svar (standard: ${DEFAULT_FETCH_LIMITS.connectSeconds})
  --timeout SEKUNDER          längsta tid för en fil ur flödet (standard: ${DEFAULT_FETCH_LIMITS.totalSeconds})
  --max-mb MB                 största fil ur flödet (standard: ${DEFAULT_FETCH_LIMITS.maxMegabytes})`;

/** The limits the flags give, the defaults for those not given; a bad value is a usage error. */
export function fetchLimitsOf(values: Partial<Record<keyof typeof KEYS, string>>): FetchLimits {
  const limits = { ...DEFAULT_FETCH_LIMITS };
  for (const [flag, key] of Object.entries(KEYS) as [keyof typeof KEYS, (typeof KEYS)[keyof typeof KEYS]][]) {
    const value = values[flag];
    if (value === undefined) continue;
    const parsed = FetchLimits.shape[key].safeParse(/^\s*\d+\s*$/.test(value) ? Number(value) : value, { error: swedishErrors });
    if (!parsed.success) throw new UsageError(`--${flag}: ${describeIssues(parsed.error)}`);
    limits[key] = parsed.data;
  }
  return limits;
}
