import { z } from 'zod';
import { CaseNumberFormat, FORMAT_PRESETS, isFormatPreset, type FormatPresetId } from './formats.ts';
import { formatExample } from './format-example.ts';
import { PREFIX, parseTemplate, type TemplatePart } from './template.ts';

/** A registry prefix (see `PREFIX`). */
export const CaseNumberPrefix = z
  .string({ error: 'ett prefix skrivs som text, t.ex. "RS"' })
  .trim()
  .regex(PREFIX, 'prefixet ska skrivas som i diariet, med versaler först: RS, KS KF, Bun');

export const CaseNumberConfig = z.strictObject({
  /** Formats tried in order: preset ids or templates (see template.ts). */
  formats: z
    .array(CaseNumberFormat, { error: 'formats ska vara en lista av format, t.ex. ["prefix-number-year"]' })
    .min(1, 'ange minst ett format, t.ex. ["prefix-number-year"]'),
  /**
   * The registry prefixes in use (`RS`, `HSN` …), for formats whose `{prefix}` names none of its
   * own. An empty list accepts any two to five capitals, which finds more but also finds
   * look-alikes such as `Q1-2025`.
   */
  prefixes: z.array(CaseNumberPrefix, { error: 'prefixes ska vara en lista, t.ex. ["RS", "HSN"]' }).default([]),
});
export type CaseNumberConfig = z.infer<typeof CaseNumberConfig>;
export type CaseNumberConfigInput = z.input<typeof CaseNumberConfig>;

/**
 * A preset as an organisation names it (the extension's `caseNumberPreset`): the name of a format
 * preset, the same names the CLI's `formats` take. Where a format is in common use, the preset
 * brings the registry prefixes that go with it (and a second shape seen beside it); any other
 * format preset is that format with any prefix.
 */
const PRESET_SETS: Partial<Record<FormatPresetId, CaseNumberConfigInput>> = {
  'prefix-number-year': { formats: ['prefix-number-year'], prefixes: ['RS', 'HSN', 'RUN', 'RF', 'PN', 'RSAU'] },
  'prefix-year-number': { formats: ['prefix-year-number'], prefixes: ['RS', 'LS', 'HSN', 'RF'] },
  'prefix-year-slash-number': {
    formats: ['prefix-year-slash-number'],
    prefixes: ['KS', 'KF', 'BN', 'SN', 'UN', 'MBN', 'TN', 'KFN', 'VN', 'ON', 'RJL'],
  },
  'prefix-dash-year-number': { formats: ['prefix-dash-year-number', 'year-number'], prefixes: [] },
  'prefix-year-colon-number': {
    formats: ['prefix-year-colon-number'],
    prefixes: ['KS KF', 'KS', 'KF', 'BUN', 'Bun', 'KFN', 'SBN', 'MBN', 'SN', 'TN'],
  },
};

/** The names the extension's presets had before they shared the format presets' names; still read. */
export const CASE_NUMBER_PRESET_ALIASES = {
  'region-vasterbotten': 'prefix-number-year',
  'ar-lopnummer': 'prefix-year-number',
  'kommun-ar-snedstreck': 'prefix-year-slash-number',
  'kommun-ar-lopnummer': 'prefix-dash-year-number',
  'kommun-ar-kolon': 'prefix-year-colon-number',
} as const satisfies Record<string, FormatPresetId>;

/** The formats and prefixes a preset stands for. */
export function presetConfig(preset: FormatPresetId): CaseNumberConfigInput {
  return PRESET_SETS[preset] ?? { formats: [preset], prefixes: [] };
}

export const DEFAULT_CASE_NUMBER_CONFIG: CaseNumberConfig = CaseNumberConfig.parse(presetConfig('prefix-number-year'));

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
