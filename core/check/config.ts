import { z } from 'zod';
import { CaseNumberConfig, DEFAULT_CASE_NUMBER_CONFIG } from '../casenumber/index.ts';
import { TEMPLATE_IDS, TEMPLATES } from '../templates/index.ts';
import { PROFILE_SETTINGS } from './meeting-profile.ts';
import { Severity, type CheckConfig } from './rule.ts';

/**
 * All configuration of a check in one place: case-number formats and prefixes, which
 * paragraph types need a case number, the justering deadline, per-rule severities and the
 * profile (which rules apply).
 * A deployment writes it as JSON (`protokoll.config.json`); missing fields take these defaults.
 */
export const CheckConfigSchema = z.object({
  caseNumbers: CaseNumberConfig.default(DEFAULT_CASE_NUMBER_CONFIG),
  caseNumberRequiredFor: z
    .array(z.enum(TEMPLATE_IDS))
    .default(TEMPLATES.filter((t) => t.needsCaseNumber).map((t) => t.id)),
  justeringDays: z.number().int().positive().default(14),
  severities: z.record(z.string(), z.union([Severity, z.literal('off')])).default({}),
  profile: z.enum(PROFILE_SETTINGS).default('auto'),
});

export const DEFAULT_CHECK_CONFIG: CheckConfig = CheckConfigSchema.parse({});

export function checkConfig(input: unknown): CheckConfig {
  return CheckConfigSchema.parse(input ?? {});
}
