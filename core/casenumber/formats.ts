import { z } from 'zod';

/**
 * A case-number format is data, not code, so that a deployment can switch grammar
 * through configuration. `body` is a regular expression for what follows the prefix;
 * its named groups `number`, `year` and optionally `doc` are read; `canonical` is the
 * template the normalised form is written with.
 */
export const CaseNumberFormat = z.object({
  id: z.string().min(1),
  label: z.string(),
  example: z.string(),
  body: z.string().min(1),
  /** Whether prefix and body may be written together (`KS2019/198`). */
  prefixMayTouch: z.boolean().default(false),
  canonical: z.string().min(1),
});
export type CaseNumberFormat = z.infer<typeof CaseNumberFormat>;

const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]';
const YEAR = '(?:19|20)\\d{2}';

export const FORMAT_PRESETS = {
  'prefix-number-year': {
    id: 'prefix-number-year',
    label: 'Prefix nummer-år (RS 2215-2024)',
    example: 'RS 2215-2024',
    body: `(?<number>[1-9]\\d{0,5})(?::(?<doc>\\d{1,4}))?${DASH}(?<year>${YEAR})`,
    prefixMayTouch: false,
    canonical: '{prefix} {number}{:doc}-{year}',
  },
  'prefix-year-number': {
    id: 'prefix-year-number',
    label: 'Prefix år-nummer (RS 2018-06226)',
    example: 'RS 2018-06226',
    body: `(?<year>${YEAR})${DASH}(?<number>\\d{3,6})`,
    prefixMayTouch: false,
    canonical: '{prefix} {year}-{number}',
  },
  'prefix-year-slash-number': {
    id: 'prefix-year-slash-number',
    label: 'Prefix år/nummer (KS 2023/456)',
    example: 'KS 2023/456',
    body: `(?<year>${YEAR})\\/(?<number>\\d{1,6})(?::(?<doc>\\d{1,4}))?`,
    prefixMayTouch: true,
    canonical: '{prefix} {year}/{number}{:doc}',
  },
} as const satisfies Record<string, CaseNumberFormat>;
export type FormatPresetId = keyof typeof FORMAT_PRESETS;
export const FORMAT_PRESET_IDS = Object.keys(FORMAT_PRESETS) as FormatPresetId[];
