import { z } from 'zod';
import { CaseNumberFormat, FORMAT_PRESETS, type FormatPresetId } from './formats.ts';

const PresetId = z.enum(Object.keys(FORMAT_PRESETS) as [FormatPresetId, ...FormatPresetId[]]);

export const CaseNumberConfig = z.object({
  /** Formats tried in order; a preset id or a format of the organisation's own. */
  formats: z.array(z.union([PresetId, CaseNumberFormat])).min(1),
  /**
   * The registry prefixes in use (`RS`, `HSN` …). An empty list accepts any two to
   * five capital letters, which finds more but also finds look-alikes such as `Q1-2025`.
   */
  prefixes: z.array(z.string().regex(/^[A-ZÅÄÖ][A-ZÅÄÖ0-9]{0,9}$/, 'prefix ska skrivas med versaler')),
});
export type CaseNumberConfig = z.infer<typeof CaseNumberConfig>;
export type CaseNumberConfigInput = z.input<typeof CaseNumberConfig>;

/** Organisation presets: a format set and its prefixes, switchable in configuration. */
export const CASE_NUMBER_PRESETS = {
  'region-vasterbotten': {
    label: 'Region Västerbotten (RS 2215-2024)',
    config: { formats: ['prefix-number-year'], prefixes: ['RS', 'HSN', 'RUN', 'RF', 'PN', 'RSAU'] },
  },
  'ar-lopnummer': {
    label: 'År-löpnummer (RS 2018-06226)',
    config: { formats: ['prefix-year-number'], prefixes: ['RS', 'LS', 'HSN', 'RF'] },
  },
  'kommun-ar-snedstreck': {
    label: 'Kommun, år/nummer (KS 2023/456)',
    config: {
      formats: ['prefix-year-slash-number'],
      prefixes: ['KS', 'KF', 'BN', 'SN', 'UN', 'MBN', 'TN', 'KFN', 'VN', 'ON', 'RJL'],
    },
  },
} as const satisfies Record<string, { label: string; config: CaseNumberConfig }>;
export type CaseNumberPresetId = keyof typeof CASE_NUMBER_PRESETS;

export const DEFAULT_CASE_NUMBER_CONFIG: CaseNumberConfig = CaseNumberConfig.parse(
  CASE_NUMBER_PRESETS['region-vasterbotten'].config,
);

export function resolveFormats(config: CaseNumberConfig): CaseNumberFormat[] {
  return config.formats.map((f) => (typeof f === 'string' ? FORMAT_PRESETS[f] : f));
}
