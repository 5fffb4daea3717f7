import type { Paragraf, Section, SectionKind } from '../model/protocol.ts';
import { DEFAULT_CASE_NUMBER_CONFIG, type CaseNumberConfig } from '../casenumber/index.ts';
import { caseNumberLine } from '../parse/case-number-line.ts';
import { sectionHeadingKind } from '../parse/section-headings.ts';
import type { DocumentEntry } from './document-structure.ts';
import { findSectionMentions } from './references.ts';

/** Paragraph styles a section heading is written in: the built-in heading levels below the entry's own. */
const SECTION_HEADING_STYLES = new Set(['Heading3', 'Heading4']);

/** A section of an entry in the document, by its paragraphs (indexes among the entry's own paragraphs). */
export interface SectionLayout {
  kind: SectionKind;
  /** As written, without a trailing colon; "" for text before the first section heading. */
  heading: string;
  /** The heading's paragraph; null for text before the first section heading. */
  headingIndex: number | null;
  /** The section's text paragraphs: `start` up to `end` (exclusive), blank ones included. */
  start: number;
  end: number;
  text: string;
}

/** How an entry the add-in wrote lies in its paragraphs: heading, case-number line, sections. */
export interface EntryLayout {
  /** The heading paragraph (index 0 among the entry's paragraphs, unless paragraphs before it are empty). */
  headingIndex: number;
  title: string;
  /** The paragraph with the case numbers, null when the entry has none. */
  caseLineIndex: number | null;
  caseNumbers: string[];
  sections: SectionLayout[];
}

/**
 * An entry the add-in wrote, paragraph by paragraph. The structure is known from the controls and
 * styles, so nothing is guessed from line breaks: the heading is the first paragraph with text,
 * section headings are paragraphs in a section-heading style or with a heading's words. Text before
 * the first section heading that is not a case number is kept in an untitled section.
 */
export function entryLayout(entry: DocumentEntry, config: CaseNumberConfig = DEFAULT_CASE_NUMBER_CONFIG): EntryLayout {
  const paragraphs = entry.paragraphs;
  const headingIndex = Math.max(0, paragraphs.findIndex((p) => p.text.trim() !== ''));
  const headText = (paragraphs[headingIndex]?.text ?? '').trim();
  const mention = findSectionMentions(headText)[0];
  const title = mention && mention.start === 0 ? headText.slice(mention.end).trim() : headText;
  const caseNumbers: string[] = [];
  let caseLineIndex: number | null = null;
  const sections: SectionLayout[] = [];
  let current: SectionLayout | null = null;
  const lines: string[] = [];
  const close = (end: number) => {
    if (!current) return;
    // Trailing blank paragraphs belong to the section but not to its text.
    current.end = end;
    current.text = lines.join('\n').trim();
    sections.push(current);
    lines.length = 0;
  };
  for (let k = headingIndex + 1; k < paragraphs.length; k++) {
    const p = paragraphs[k]!;
    const text = p.text.trim();
    const kind = sectionHeadingKind(text);
    if (text && (kind !== null || SECTION_HEADING_STYLES.has(p.styleBuiltIn))) {
      close(k);
      current = { kind: kind ?? 'other', heading: text.replace(/\s*:$/, ''), headingIndex: k, start: k + 1, end: k + 1, text: '' };
      continue;
    }
    if (!current) {
      const cases = text ? caseNumberLine(text, config)?.numbers : null;
      if (cases) {
        caseLineIndex ??= k;
        caseNumbers.push(...cases.filter((c) => !caseNumbers.includes(c)));
        continue;
      }
      if (!text) continue;
      current = { kind: 'other', heading: '', headingIndex: null, start: k, end: k, text: '' };
    }
    lines.push(p.text);
  }
  close(paragraphs.length);
  return { headingIndex, title, caseLineIndex, caseNumbers, sections };
}

/** An entry the add-in wrote, read back as a `Paragraf` of the model. */
export function entryParagraph(entry: DocumentEntry, config: CaseNumberConfig = DEFAULT_CASE_NUMBER_CONFIG): Paragraf {
  const line = entry.firstParagraph >= 0 ? entry.firstParagraph + 1 : 1;
  const layout = entryLayout(entry, config);
  const sections: Section[] = layout.sections.map((s) => ({ kind: s.kind, heading: s.heading, text: s.text, line: line + (s.headingIndex ?? s.start) }));
  return { number: entry.number ?? 0, title: layout.title, caseNumbers: layout.caseNumbers, sections, line: line + layout.headingIndex };
}
