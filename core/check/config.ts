import { z } from 'zod';
import { CaseNumberConfig, DEFAULT_CASE_NUMBER_CONFIG } from '../casenumber/index.ts';
import { RULES } from '../rules/index.ts';
import { PROFILE_SETTINGS } from './meeting-profile.ts';
import { Severity, type Rule } from './rule.ts';

/** What every rule may read: the organisation's case-number formats, per-rule severities and the profile. */
const SharedConfigSchema = z.object({
  caseNumbers: CaseNumberConfig.default(DEFAULT_CASE_NUMBER_CONFIG),
  /** Severity overrides per rule id; "off" turns a rule off. */
  severities: z.partialRecord(z.enum(RULES.map((r) => r.id)), z.enum([...Severity.options, 'off'])).default({}),
  /** Which rules apply: decided from the body that met (`auto`), or set. */
  profile: z.enum(PROFILE_SETTINGS).default('auto'),
});
export type SharedConfig = z.infer<typeof SharedConfigSchema>;

/** The rules' own options, each declared beside its rule (e.g. `justeringDays` in justering-deadline.ts). */
type OptionsOf<Rules extends readonly unknown[]> = Rules extends readonly [Rule<infer Options>, ...infer Rest]
  ? Options & OptionsOf<Rest>
  : unknown;
type RuleOptions = OptionsOf<typeof RULES>;

export type CheckConfig = SharedConfig & RuleOptions;

const { caseNumbers, ...selection } = SharedConfigSchema.shape;
/**
 * All configuration of a check in one file: the shared settings above and every rule's options,
 * in the order the configuration is documented in (and errors are listed in).
 * A deployment writes it as JSON (`protokoll.config.json`); missing fields take their defaults, and an
 * unknown field is an error, so that a misspelt setting is not silently ignored.
 */
export const CheckConfigSchema = z.strictObject({
  caseNumbers,
  ...Object.assign({}, ...RULES.map((rule) => rule.options?.shape)),
  ...selection,
}) as unknown as z.ZodType<CheckConfig, unknown>;

export function parseCheckConfig(input: unknown): CheckConfig {
  return CheckConfigSchema.parse(input ?? {});
}

export const DEFAULT_CHECK_CONFIG: CheckConfig = parseCheckConfig({});
