import { z } from 'zod';
import { CaseNumberFormat, FORMAT_PRESETS, isFormatPreset } from './formats.ts';
import { formatExample } from './format-example.ts';
import { PREFIX, parseTemplate, type TemplatePart } from './template.ts';

/** A registry prefix (see `PREFIX`). */
export const CaseNumberPrefix = z
  .string({ error: 'ett prefix skrivs som text, t.ex. "RS"' })
  .trim()
  .regex(PREFIX, 'prefixet ska skrivas som i diariet, med versaler först: RS, KS KF, Bun');

export const CaseNumberConfig = z.object({
  /** Formats tried in order: preset ids or templates (see template.ts). */
  formats: z
    .array(CaseNumberFormat, { error: 'formats ska vara en lista av format, t.ex. ["prefix-number-year"]' })
    .min(1, 'ange minst ett format, t.ex. ["prefix-number-year"]'),
  /**
   * The registry prefixes in use (`RS`, `HSN` …), for formats whose `{prefix}` names none of its
   * own. An empty list accepts any two to five capitals, which finds more but also finds
   * look-alikes such as `Q1-2025`.
   */
  prefixes: z.array(CaseNumberPrefix, { error: 'prefixes ska vara en lista, t.ex. ["RS", "HSN"]' }),
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
  'kommun-ar-lopnummer': {
    label: 'Kommun, prefix-år-löpnummer (KS-2023-00841)',
    config: { formats: ['prefix-dash-year-number', 'year-number'], prefixes: [] },
  },
  'kommun-ar-kolon': {
    label: 'Kommun, prefix/år:nummer (KS KF/2023:325)',
    config: { formats: ['prefix-year-colon-number'], prefixes: ['KS KF', 'KS', 'KF', 'BUN', 'Bun', 'KFN', 'SBN', 'MBN', 'SN', 'TN'] },
  },
} as const satisfies Record<string, { label: string; config: CaseNumberConfigInput }>;
export type CaseNumberPresetId = keyof typeof CASE_NUMBER_PRESETS;

export const DEFAULT_CASE_NUMBER_CONFIG: CaseNumberConfig = CaseNumberConfig.parse(
  CASE_NUMBER_PRESETS['region-vasterbotten'].config,
);

/** A format ready to use: its id (the preset id or the template), a label and an example. */
export interface ResolvedFormat {
  id: string;
  label: string;
  example: string;
  template: string;
  parts: TemplatePart[];
}

export function resolveFormat(format: string, prefixes: readonly string[]): ResolvedFormat {
  const preset = isFormatPreset(format) ? FORMAT_PRESETS[format] : null;
  const template = preset?.template ?? format;
  const parsed = parseTemplate(template);
  if (!parsed.ok) throw new Error(`formatet ”${format}”: ${parsed.error}`);
  return {
    id: format,
    label: preset?.label ?? template,
    example: preset?.example ?? formatExample(parsed.parts, prefixes),
    template,
    parts: parsed.parts,
  };
}

export function resolveFormats(config: CaseNumberConfig): ResolvedFormat[] {
  return config.formats.map((f) => resolveFormat(f, config.prefixes));
}
