import { CaseNumberConfig, DEFAULT_CASE_NUMBER_CONFIG } from '../casenumber/config.ts';
import type { CaseNumberFormat } from '../casenumber/formats.ts';

/**
 * The case-number formats of several feeds, each of which learned its own organisation's shapes
 * (a region's `RS 2215-2024`, a municipality's `KS-2023-00841`): a feed's own numbers are read with
 * its formats, and a page that cites several organisations is scanned with all of them.
 */

/** Every feed's learned formats, in feed order, each once: what a page is scanned with when nobody set formats. */
export function unionOfLearnedFormats(perFeed: readonly (readonly CaseNumberFormat[] | undefined)[]): CaseNumberFormat[] {
  return [...new Set(perFeed.flatMap((formats) => formats ?? []))];
}

/** The formats one feed's case numbers are read with: the administrator's, else those the feed learned, else the default. */
export function feedCaseNumberConfig(configured: CaseNumberConfig | null, learned: readonly CaseNumberFormat[] | undefined): CaseNumberConfig {
  if (configured) return configured;
  return learned?.length ? CaseNumberConfig.parse({ formats: learned, prefixes: [] }) : DEFAULT_CASE_NUMBER_CONFIG;
}
