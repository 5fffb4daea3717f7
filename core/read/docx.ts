import { unzipSync } from 'fflate';
import { parseTag } from '../addin/tags.ts';
import { fromPages, readFailure, type EntryRegion, type ReadResult } from './result.ts';
import { DocxNumbering, type NumberingRef } from './docx-numbering.ts';
import { xmlTokens } from './xml-tokens.ts';
import { byteSize } from './byte-size.ts';

const DOCUMENT = 'word/document.xml';
const NUMBERING = 'word/numbering.xml';
const STYLES = 'word/styles.xml';
/**
 * Unpacked sizes beyond any protocol: a 300-page protocol is a few MB of text and some 10–20 MB of
 * WordprocessingML. Beyond them a file is a zip bomb (1.5 MB that unpack to 500 MB) and is refused
 * before anything is unpacked: the sizes come from the zip's directory, and fflate unpacks a part
 * into a buffer of its stated size, never more.
 */
export const DOCX_LIMITS = { partBytes: 64 * 1024 * 1024, fileBytes: 96 * 1024 * 1024 };
/** Text that is in the file but not in the document: the fallback copy of a text box, text moved away. */
const SKIPPED = new Set(['mc:Fallback', 'w:moveFrom']);

interface Line {
  text: string;
  pageStart: boolean;
  /** Begun by a hard page break inside the paragraph. */
  afterBreak?: boolean;
}

interface OpenControl {
  tag: string | null;
  /** Wraps whole paragraphs (an entry), as opposed to a run inside one (a reference). */
  block: boolean;
  startLine: number;
}

const isOn = (attributes: Record<string, string>) => !['0', 'false', 'off'].includes(attributes['w:val'] ?? 'true');

/**
 * The text of a .docx: one line per Word paragraph (a line break inside a paragraph starts a new
 * line), tabs kept, deleted text of tracked changes and field codes left out, text boxes read once.
 * Pages come from the page breaks Word recorded when it last laid the document out
 * (`w:lastRenderedPageBreak`); a document saved without them (LibreOffice, generators) is paged
 * by its hard page breaks only. The § entries our add-in wrapped in content controls are returned
 * as regions.
 */
export function readDocx(bytes: Uint8Array, limits = DOCX_LIMITS): ReadResult {
  let files: Record<string, Uint8Array>;
  let tooLarge: string | null = null;
  let unpacked = 0;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        if (tooLarge || (f.name !== DOCUMENT && f.name !== NUMBERING && f.name !== STYLES)) return false;
        unpacked += f.originalSize;
        if (f.originalSize > limits.partBytes) tooLarge = `${f.name} blir ${byteSize(f.originalSize)} uppackad, gränsen är ${byteSize(limits.partBytes)}`;
        else if (unpacked > limits.fileBytes) tooLarge = `dokumentets delar blir ${byteSize(unpacked)} uppackade, gränsen är ${byteSize(limits.fileBytes)}`;
        return !tooLarge;
      },
    });
  } catch (error) {
    return readFailure('corruptDocx', (error as Error)?.message);
  }
  if (tooLarge) return readFailure('tooLarge', tooLarge);
  const part = files[DOCUMENT];
  if (!part) return readFailure('notWord', `zip-filen saknar ${DOCUMENT}`);
  let xml: string;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    xml = decoder.decode(part);
  } catch {
    return readFailure('corruptDocx', `${DOCUMENT} är inte UTF-8`);
  }
  if (!/<w:body[\s>]/.test(xml)) return readFailure('notWord', `${DOCUMENT} saknar w:body`);
  // Numbering and styles only add § numbers; a part that cannot be decoded is read as absent.
  const optional = (name: string) => {
    try {
      return files[name] ? decoder.decode(files[name]) : null;
    } catch {
      return null;
    }
  };
  return documentText(xml, new DocxNumbering(optional(NUMBERING), optional(STYLES)));
}

function documentText(xml: string, numbering: DocxNumbering): ReadResult {
  const rendered = xml.includes('<w:lastRenderedPageBreak');
  const lines: Line[] = [];
  const regions: EntryRegion[] = [];
  const controls: OpenControl[] = [];
  // Paragraphs nest through text boxes; each open paragraph collects its own lines.
  const paragraphs: Line[][] = [];
  let inText = false;
  let inProperties = 0;
  let skipDepth = 0;
  let pendingPageStart = false;
  // The paragraph properties being read: style and numbering, applied when they close.
  let inParagraphProperties = false;
  let style: string | null = null;
  let numbered: Partial<NumberingRef> = {};

  const current = () => paragraphs[paragraphs.length - 1];
  const append = (text: string) => {
    const p = current();
    if (p) p[p.length - 1]!.text += text;
  };
  /** The label Word draws before a numbered paragraph ("§ 12\t"), from its own numbering or its style's. */
  const applyNumbering = () => {
    const fromStyle = style ? numbering.styleNumbering(style) : null;
    const ref = numbered.numId !== undefined ? { numId: numbered.numId, ilvl: numbered.ilvl ?? fromStyle?.ilvl ?? 0 } : fromStyle;
    if (!ref || ref.numId === '0') return;
    const label = numbering.next(ref);
    if (label) append(label);
  };

  /**
   * A hard page break: what follows it in the paragraph starts the page (a paragraph with text so
   * far is split there); when nothing follows it, the next paragraph does (see the `w:p` close).
   */
  const breakHere = () => {
    const p = current();
    if (!p) pendingPageStart = true;
    else if (p[p.length - 1]!.text) p.push({ text: '', pageStart: true, afterBreak: true });
    else Object.assign(p[p.length - 1]!, { pageStart: true, afterBreak: true });
  };
  /** A page starts with this paragraph if it is still empty, else with the next one (Word's rendered break in mid-paragraph). */
  const breakAtParagraph = () => {
    const p = current();
    if (p && p.length === 1 && !p[0]!.text) p[0]!.pageStart = true;
    else pendingPageStart = true;
  };

  for (const token of xmlTokens(xml)) {
    if (skipDepth) {
      if (token.type === 'open' && SKIPPED.has(token.name) && !token.selfClosing) skipDepth++;
      else if (token.type === 'close' && SKIPPED.has(token.name)) skipDepth--;
      continue;
    }
    if (token.type === 'text') {
      if (inText) append(token.text);
      continue;
    }
    if (token.type === 'close') {
      switch (token.name) {
        case 'w:t':
          inText = false;
          break;
        case 'w:pPr':
          if (inParagraphProperties) {
            inParagraphProperties = false;
            applyNumbering();
          }
          inProperties--;
          break;
        case 'w:rPr':
        case 'w:sdtPr':
          inProperties--;
          break;
        case 'w:p': {
          const done = paragraphs.pop() ?? [];
          const last = done[done.length - 1];
          if (last?.afterBreak && !last.text) {
            if (done.length > 1) done.pop();
            else last.pageStart = false;
            pendingPageStart = true;
          }
          lines.push(...done);
          break;
        }
        case 'w:sdt': {
          const control = controls.pop();
          const tag = control?.block && control.tag ? parseTag(control.tag) : null;
          if (tag?.kind === 'entry' && lines.length >= control!.startLine) {
            regions.push({ entryId: tag.id, startLine: control!.startLine, endLine: lines.length });
          }
          break;
        }
      }
      continue;
    }
    const { name, attributes, selfClosing } = token;
    switch (name) {
      case 'mc:Fallback':
      case 'w:moveFrom':
        if (!selfClosing) skipDepth = 1;
        break;
      case 'w:p':
        paragraphs.push([{ text: '', pageStart: pendingPageStart }]);
        pendingPageStart = false;
        if (selfClosing) lines.push(...paragraphs.pop()!);
        break;
      case 'w:pPr':
        if (!selfClosing && current()) {
          inParagraphProperties = true;
          style = null;
          numbered = {};
        }
        if (!selfClosing) inProperties++;
        break;
      case 'w:rPr':
      case 'w:sdtPr':
        if (!selfClosing) inProperties++;
        break;
      case 'w:pStyle':
        if (inParagraphProperties) style = attributes['w:val'] ?? null;
        break;
      case 'w:numId':
        if (inParagraphProperties) numbered.numId = attributes['w:val'];
        break;
      case 'w:ilvl':
        if (inParagraphProperties) numbered.ilvl = Number(attributes['w:val']) || 0;
        break;
      case 'w:pageBreakBefore':
        if (!rendered && isOn(attributes)) breakAtParagraph();
        break;
      case 'w:t':
        inText = !selfClosing;
        break;
      case 'w:tab':
        if (!inProperties) append('\t');
        break;
      case 'w:noBreakHyphen':
        append('-');
        break;
      case 'w:cr':
        current()?.push({ text: '', pageStart: false });
        break;
      case 'w:br':
        if (attributes['w:type'] === 'page') {
          if (!rendered) breakHere();
        } else if (attributes['w:type'] !== 'column') current()?.push({ text: '', pageStart: false });
        break;
      case 'w:lastRenderedPageBreak':
        breakAtParagraph();
        break;
      case 'w:sdt':
        controls.push({ tag: null, block: paragraphs.length === 0, startLine: lines.length + 1 });
        break;
      case 'w:tag': {
        const control = controls[controls.length - 1];
        if (control && inProperties) control.tag = attributes['w:val'] ?? null;
        break;
      }
    }
  }

  const pages: string[] = [];
  let page: string[] = [];
  for (const [i, line] of lines.entries()) {
    if (line.pageStart && i > 0) {
      pages.push(page.join('\n'));
      page = [];
    }
    page.push(line.text);
  }
  pages.push(page.join('\n'));
  return fromPages(pages, regions);
}
