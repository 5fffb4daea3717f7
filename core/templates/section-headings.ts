import type { SectionKind } from '../model/protocol.ts';
import type { TemplateSection } from './template.ts';

/** The heading each section kind is written with, as in the region's protocols. */
export const SECTION_HEADINGS: Record<Exclude<SectionKind, 'other'>, string> = {
  sammanfattning: 'Sammanfattning',
  forslagTillBeslut: 'Förslag till beslut',
  yrkanden: 'Förslag till beslut under sammanträdet',
  beslutsgang: 'Beslutsgång',
  omrostning: 'Omröstning',
  beslut: 'Beslut',
  reservationer: 'Reservationer',
  deltarEj: 'Deltar ej i beslutet',
  protokollsanteckning: 'Protokollsanteckning',
  sarskiltYttrande: 'Särskilt yttrande',
  jav: 'Jäv',
  beslutsunderlag: 'Beslutsunderlag',
};

export function always(kind: Exclude<SectionKind, 'other'>): TemplateSection {
  return { kind, heading: SECTION_HEADINGS[kind], presence: 'always' };
}

export function whenGiven(kind: Exclude<SectionKind, 'other'>): TemplateSection {
  return { kind, heading: SECTION_HEADINGS[kind], presence: 'whenGiven' };
}

/** How an item the meeting debated opens: the proposal it started from, the yrkanden and how the chair put them. */
export const DEBATED_OPENING_SECTIONS: readonly TemplateSection[] = [
  always('sammanfattning'),
  always('forslagTillBeslut'),
  always('yrkanden'),
  always('beslutsgang'),
];

/** The sections that close every decision item, written only when the meeting produced them. */
export const CLOSING_SECTIONS: readonly TemplateSection[] = [
  whenGiven('reservationer'),
  whenGiven('deltarEj'),
  whenGiven('protokollsanteckning'),
  whenGiven('jav'),
  whenGiven('beslutsunderlag'),
];
