import type { SectionKind } from '../model/protocol.ts';
import { splitLines } from '../text/lines.ts';
import { plainLine } from './markup.ts';
import { sectionHeadingKind } from './section-headings.ts';

/** A line of the source text with its position; page furniture is marked, not removed, so line numbers stay true. */
export interface SourceLine {
  /** 1-based line number in the source text. */
  n: number;
  /** 1-based page; a page's first line begins with a form feed (`\f`). */
  page: number;
  /** The line with control characters, odd spaces and symbol-font bullets normalised; not trimmed. */
  text: string;
  /** The text without converter marks (`## **§ 26**` → `§ 26`), trimmed: what every pass reads. */
  plain: string;
  furniture: boolean;
  /** The section heading the line is, once asked (`sectionKindOf`); several passes ask it of the same line. */
  sectionKind?: SectionKind | null;
}

/** The kind of section heading a line is, or null; asked once per line however many passes ask. */
export function sectionKindOf(line: SourceLine): SectionKind | null {
  if (line.sectionKind === undefined) line.sectionKind = sectionHeadingKind(line.text);
  return line.sectionKind;
}

// Symbol-font bullets (Wingdings/Symbol private-use code points) become a plain bullet.
const PRIVATE_BULLETS = /[\uF0A7\uF0B7\uF0D8\uF0FC\uF076\uF0A8]/g;
const ODD_SPACES = /[\u00A0\u2007\u202F\u2000-\u200A\u3000]/g;
// C0 controls other than tab and form feed, DEL, and zero-width characters.
const CONTROLS = /[\u0000-\u0008\u000B\u000E-\u001F\u007F\u200B-\u200D\uFEFF]/g;

// One test first: most lines need none of the replacements, and skipping them saves allocations.
const NEEDS_CLEANING = /[\u0000-\u001F\u007F\u00A0\u2000-\u200D\u202F\u3000\uFEFF\uF076\uF0A7\uF0A8\uF0B7\uF0D8\uF0FC]/;
/** The same, less the line breaks and form feeds that every text has and the split handles. */
const TEXT_NEEDS_CLEANING = /[\u0000-\u0009\u000B\u000E-\u001F\u007F\u00A0\u2000-\u200D\u202F\u3000\uFEFF\uF076\uF0A7\uF0A8\uF0B7\uF0D8\uF0FC]/;

export function splitSourceLines(text: string): SourceLine[] {
  const raw = splitLines(text);
  const lines: SourceLine[] = new Array(raw.length);
  let page = 1;
  // Asked once of the whole text: most texts have no page breaks or odd characters at all.
  const hasPages = text.includes('\f');
  const needsCleaning = TEXT_NEEDS_CLEANING.test(text);
  for (let i = 0; i < raw.length; i++) {
    let t = raw[i]!;
    if (hasPages && t.includes('\f')) {
      if (i > 0 && t.startsWith('\f')) page++;
      t = t.replace(/\f/g, '');
    }
    if (needsCleaning && NEEDS_CLEANING.test(t)) {
      t = t.replace(CONTROLS, '').replace(ODD_SPACES, ' ').replace(PRIVATE_BULLETS, '•').replace(/\t/g, ' ');
    }
    // Every field set here, so that all lines share one shape for the engine.
    lines[i] = { n: i + 1, page, text: t, plain: plainLine(t), furniture: false, sectionKind: undefined };
  }
  return lines;
}
