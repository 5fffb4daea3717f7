import type { SectionKind } from '../model/protocol.ts';

/** The paragraph types a clerk writes. */
export const TEMPLATE_IDS = [
  'foredragningslista',
  'val-av-justerare',
  'informationsarende',
  'beslutsarende',
  'beredningsarende',
  'yrkanden',
  'omrostning',
  'aterremiss',
  'delegationsbeslut',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/**
 * A section of a template. `always` sections are written even when the clerk has not given their
 * text yet (a placeholder marks what is missing); `whenGiven` sections only when the input has content
 * for them (a reservation, a jäv).
 */
export interface TemplateSection {
  kind: SectionKind;
  heading: string;
  presence: 'always' | 'whenGiven';
}

/**
 * A paragraph type as data: the add-in shows `label` and `description` and fills it with
 * `fillTemplate`, for one entry and for every item of an agenda. Phrases may hold slots (`{organ}`, `{Organ}`, `{mottagare}`,
 * `{justerare}`, `{justeringsdatum}`, `{delegationsbeslut}`) that are filled from the input and the
 * meeting; an unfilled slot becomes a placeholder the checker finds.
 */
export interface EntryTemplate {
  id: TemplateId;
  /** Swedish name shown to the clerk. */
  label: string;
  /** One Swedish sentence on when to use it. */
  description: string;
  /** The title written when the clerk gives none (formal items have a fixed title). */
  defaultTitle: string | null;
  /**
   * Titles that mark an item of this type in any protocol, as a case-insensitive regular expression
   * source (kept as text so the catalogue stays plain data); null when the type is told by its sections.
   */
  titlePattern: string | null;
  /** Whether the item must carry a diarienummer; the check's default `caseNumberRequiredFor`. */
  needsCaseNumber: boolean;
  /**
   * Whether the protocol must show a Beslut for the item. Items without a decision in substance
   * (information, anmälningar, frågor, the opening) need none; the formal choices (justerare,
   * dagordning) need only say what was chosen, anywhere in the paragraph.
   */
  needsBeslut: boolean;
  /** Whether the item is prepared for another body ("Arbetsutskottet föreslår att regionstyrelsen beslutar"). */
  proposesToAnotherBody: boolean;
  /** Sections in the order they are written. */
  sections: readonly TemplateSection[];
  /** Standard text for sections the clerk does not write, by section kind. */
  phrases: Partial<Record<SectionKind, string>>;
}
