import { z } from 'zod';
import { FIELD_HELP, parseTemplate } from './template.ts';

/**
 * Named formats for the common shapes, written in the notation of template.ts. A configuration
 * names a preset by its id or writes a template of its own.
 */
export const FORMAT_PRESETS = {
  'prefix-number-year': { label: 'Prefix nummer-år (RS 2215-2024, RS 269:1-2020)', example: 'RS 2215-2024', template: '{prefix} {serial}[:{sub}]-{year}' },
  'prefix-year-number': { label: 'Prefix år-nummer (RS 2018-06226)', example: 'RS 2018-06226', template: '{prefix} {year}-{serial:3-6}' },
  'prefix-year-slash-number': { label: 'Prefix år/nummer (KS 2023/456, RJL 2016/1288)', example: 'KS 2023/456', template: '{prefix}[ ]{year}/{serial:1-6}[:{sub}]' },
  'prefix-dash-year-number': { label: 'Prefix-år-nummer (KS-2023-00841, ABC-2024-00009:3)', example: 'KS-2023-00841', template: '{prefix}-{year}-{serial:4-5}[:{sub}]' },
  'prefix-dot-year-number': { label: 'Prefix.år.nummer (KU.2017.91)', example: 'KU.2017.91', template: '{prefix}.{year}.{serial}' },
  'prefix-year-colon-number': { label: 'Prefix/år:nummer (Bun/2022:269 041, KS KF/2023:325)', example: 'KS KF/2023:325', template: '{prefix}/{year}:{serial}[ {class}]' },
  'year-prefix-number': { label: 'År/prefix nummer (2011/KS 0206 001)', example: '2011/KS 0206', template: '{year}/{prefix} {serial:4}[ {class}]' },
  'year-number-prefix': { label: 'År/nummer prefix (2018/0219 KS-5)', example: '2018/0219 KS-5', template: '{year}/{serial:4} {prefix}[-{sub}]' },
  'number-year': { label: 'Nummer-år utan prefix (941-2011)', example: '941-2011', template: '{serial}-{year}' },
  'number-slash-short-year': { label: 'Nummer/år med två siffror (1435/22)', example: '1435/22', template: '{serial}/{year:2}' },
  'number-slash-year': { label: 'Nummer/år (00322/2024)', example: '00322/2024', template: '{serial:1-6}/{year}' },
  'year-number': { label: 'År-nummer utan prefix (2024-00013)', example: '2024-00013', template: '{year}-{serial:5}' },
  'short-year-prefix-number': { label: 'Kompakt årprefixnummer (23RS12809)', example: '23RS12809', template: '{year:2}{prefix}{serial:5}' },
} as const satisfies Record<string, { label: string; example: string; template: string }>;
export type FormatPresetId = keyof typeof FORMAT_PRESETS;
export const FORMAT_PRESET_IDS = Object.keys(FORMAT_PRESETS) as FormatPresetId[];

const ALLOWED = `ett förval (${FORMAT_PRESET_IDS.join(', ')}) eller en mall med fälten ${FIELD_HELP}, t.ex. "{prefix} {serial}-{year}"`;

/** Whether a string names a preset. */
export function isFormatPreset(format: string): format is FormatPresetId {
  return Object.hasOwn(FORMAT_PRESETS, format);
}

/**
 * One case-number format as configuration writes it: a preset id or a template. The one schema
 * of a format for the CLI's config file, the add-in, the extension's settings and the feed.
 */
export const CaseNumberFormat = z
  .string({ error: `ett diarienummerformat skrivs som ${ALLOWED}` })
  .trim()
  .min(1, `formatet är tomt; skriv ${ALLOWED}`)
  .superRefine((format, ctx) => {
    if (isFormatPreset(format)) return;
    if (!format.includes('{')) {
      ctx.addIssue({ code: 'custom', message: `”${format}” är inget känt förval; skriv ${ALLOWED}` });
      return;
    }
    const parsed = parseTemplate(format);
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: `formatet ”${format}”: ${parsed.error}` });
  });
export type CaseNumberFormat = z.infer<typeof CaseNumberFormat>;
