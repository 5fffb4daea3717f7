import type { Paragraf, Section } from '../model/protocol.ts';
import { DEFAULT_CASE_NUMBER_CONFIG, type CaseNumberConfig } from '../casenumber/index.ts';
import { caseNumberLine } from '../parse/case-number-line.ts';
import { sectionHeadingKind } from '../parse/section-headings.ts';
import type { DocumentEntry } from './document-structure.ts';
import { findSectionMentions } from './references.ts';

/** Paragraph styles a section heading is written in: the built-in heading levels below the entry's own. */
const SECTION_HEADING_STYLES = new Set(['Heading3', 'Heading4']);

/**
 * An entry the add-in wrote, read back as a `Paragraf` of the model. The structure is known from
 * the controls and styles, so nothing is guessed from line breaks: the heading is the first
 * paragraph, section headings are paragraphs in a section-heading style or with a heading's words.
 * Text before the first section heading that is not a case number is kept in an untitled section.
 */
export function entryParagraph(entry: DocumentEntry, config: CaseNumberConfig = DEFAULT_CASE_NUMBER_CONFIG): Paragraf {
  const line = entry.firstParagraph >= 0 ? entry.firstParagraph + 1 : 1;
  const [head, ...rest] = entry.paragraphs;
  const headText = (head?.text ?? '').trim();
  const mention = findSectionMentions(headText)[0];
  const title = mention && mention.start === 0 ? headText.slice(mention.end).trim() : headText;
  const caseNumbers: string[] = [];
  const sections: Section[] = [];
  let current: { kind: Section['kind']; heading: string; lines: string[]; line: number } | null = null;
  const close = () => {
    if (current) sections.push({ kind: current.kind, heading: current.heading, text: current.lines.join('\n').trim(), line: current.line });
  };
  rest.forEach((p, k) => {
    const text = p.text.trim();
    const at = line + 1 + k;
    const kind = sectionHeadingKind(text);
    if (text && (kind !== null || SECTION_HEADING_STYLES.has(p.styleBuiltIn))) {
      close();
      current = { kind: kind ?? 'other', heading: text.replace(/\s*:$/, ''), lines: [], line: at };
      return;
    }
    if (!current) {
      const cases = text ? caseNumberLine(text, config)?.numbers : null;
      if (cases) {
        caseNumbers.push(...cases.filter((c) => !caseNumbers.includes(c)));
        return;
      }
      if (!text) return;
      current = { kind: 'other', heading: '', lines: [], line: at };
    }
    current.lines.push(p.text);
  });
  close();
  return { number: entry.number ?? 0, title, caseNumbers, sections, line };
}
