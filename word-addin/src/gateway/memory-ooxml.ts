import { xmlTokens } from '../../../core/read/xml-tokens.ts';

/**
 * The in-memory document's reading of the WordprocessingML that `insertOoxml` receives, so the
 * memory gateway takes exactly the markup Word would take: block content controls (`w:sdt` around
 * paragraphs) become entries, inline ones (`w:sdt` inside a paragraph) stay inline, paragraph styles
 * keep their id, and custom styles their name from the package's styles part.
 */

export interface MemInlineControl {
  id: number;
  tag: string;
  title: string;
}

/** A stretch of a paragraph's text; `control` when the stretch is an inline content control. */
export interface MemSegment {
  text: string;
  control?: MemInlineControl;
}

export interface MemParagraph {
  /** The style's name as Word shows it in Swedish ("Rubrik 2"), or a custom style's own name. */
  style: string;
  /** Locale-independent built-in style name ("Heading2"), "Other" for custom styles. */
  styleBuiltIn: string;
  segments: MemSegment[];
}

export interface MemBlockControl {
  id: number;
  tag: string;
  title: string;
  paragraphs: MemParagraph[];
}

export type MemBlock = { kind: 'paragraph'; paragraph: MemParagraph } | { kind: 'control'; control: MemBlockControl };

/** Built-in style ids and the names Swedish Word shows for them. */
const BUILT_IN_SV: Record<string, string> = {
  Normal: 'Normal',
  Title: 'Rubrik',
  Subtitle: 'Underrubrik',
  Heading1: 'Rubrik 1',
  Heading2: 'Rubrik 2',
  Heading3: 'Rubrik 3',
  Heading4: 'Rubrik 4',
  ListParagraph: 'Liststycke',
  Quote: 'Citat',
  NoSpacing: 'Inget avstånd',
};

export function paragraphStyle(styleId: string | null, customNames: ReadonlyMap<string, string> = new Map()): Pick<MemParagraph, 'style' | 'styleBuiltIn'> {
  const id = styleId ?? 'Normal';
  const builtIn = BUILT_IN_SV[id];
  if (builtIn) return { style: builtIn, styleBuiltIn: id };
  return { style: customNames.get(id) ?? id, styleBuiltIn: 'Other' };
}

export function paragraphText(p: MemParagraph): string {
  return p.segments.map((s) => s.text).join('');
}

/** Custom style names declared in the package (`w:style w:styleId` → `w:name`). */
function styleNames(xml: string): Map<string, string> {
  const names = new Map<string, string>();
  let styleId: string | null = null;
  for (const t of xmlTokens(xml)) {
    if (t.type !== 'open') continue;
    if (t.name === 'w:style') styleId = t.attributes['w:styleId'] ?? null;
    else if (t.name === 'w:name' && styleId) {
      names.set(styleId, t.attributes['w:val'] ?? styleId);
      styleId = null;
    }
  }
  return names;
}

interface OpenSdt {
  tag: string;
  title: string;
  /** Opened between paragraphs (wraps paragraphs) rather than inside one. */
  block: boolean;
  paragraphs: MemParagraph[];
}

/**
 * The body blocks of a `pkg:package` (or a bare `w:document`), with new control ids from `nextId`.
 * Text of deleted revisions (`w:delText`) and field codes (`w:instrText`) is not text.
 */
export function readOoxmlBlocks(ooxml: string, nextId: () => number): MemBlock[] {
  const custom = styleNames(ooxml);
  const blocks: MemBlock[] = [];
  const sdts: OpenSdt[] = [];
  let inBody = false;
  let paragraph: MemParagraph | null = null;
  let styleId: string | null = null;
  let inText = false;
  let inSdtPr = false;
  let inPPr = false;
  let inlineControl: MemInlineControl | null = null;

  const append = (text: string) => {
    if (!paragraph) return;
    const last = paragraph.segments[paragraph.segments.length - 1];
    if (inlineControl) {
      if (last?.control === inlineControl) last.text += text;
      else paragraph.segments.push({ text, control: inlineControl });
    } else if (last && !last.control) last.text += text;
    else if (text) paragraph.segments.push({ text });
  };

  const finishParagraph = () => {
    if (!paragraph) return;
    Object.assign(paragraph, paragraphStyle(styleId, custom));
    const owner = [...sdts].reverse().find((s) => s.block);
    if (owner) owner.paragraphs.push(paragraph);
    else blocks.push({ kind: 'paragraph', paragraph });
    paragraph = null;
  };

  for (const t of xmlTokens(ooxml)) {
    if (t.type === 'text') {
      if (inText) append(t.text);
      continue;
    }
    if (t.type === 'close') {
      switch (t.name) {
        case 'w:body':
          inBody = false;
          break;
        case 'w:t':
          inText = false;
          break;
        case 'w:sdtPr':
          inSdtPr = false;
          break;
        case 'w:pPr':
          inPPr = false;
          break;
        case 'w:p':
          finishParagraph();
          break;
        case 'w:sdt': {
          const sdt = sdts.pop();
          if (!sdt) break;
          if (!sdt.block) {
            inlineControl = null;
            break;
          }
          const control: MemBlockControl = { id: nextId(), tag: sdt.tag, title: sdt.title, paragraphs: sdt.paragraphs };
          const outer = [...sdts].reverse().find((s) => s.block);
          // Word does not nest our entries; a block control inside another keeps its paragraphs in the outer one.
          if (outer) outer.paragraphs.push(...sdt.paragraphs);
          else blocks.push({ kind: 'control', control });
          break;
        }
      }
      continue;
    }
    if (t.name === 'w:body') {
      inBody = !t.selfClosing;
      continue;
    }
    if (!inBody) continue;
    switch (t.name) {
      case 'w:p':
        paragraph = { style: '', styleBuiltIn: '', segments: [] };
        styleId = null;
        if (t.selfClosing) finishParagraph();
        break;
      case 'w:pPr':
        inPPr = !t.selfClosing;
        break;
      case 'w:pStyle':
        styleId = t.attributes['w:val'] ?? null;
        break;
      case 'w:sdt':
        sdts.push({ tag: '', title: '', block: paragraph === null, paragraphs: [] });
        break;
      case 'w:sdtPr':
        inSdtPr = !t.selfClosing;
        break;
      case 'w:tag':
        if (inSdtPr && sdts.length) sdts[sdts.length - 1]!.tag = t.attributes['w:val'] ?? '';
        break;
      case 'w:alias':
        if (inSdtPr && sdts.length) sdts[sdts.length - 1]!.title = t.attributes['w:val'] ?? '';
        break;
      case 'w:sdtContent': {
        const sdt = sdts[sdts.length - 1];
        if (sdt && !sdt.block) {
          inlineControl = { id: nextId(), tag: sdt.tag, title: sdt.title };
          // An empty inline control still exists in the document.
          paragraph?.segments.push({ text: '', control: inlineControl });
        }
        break;
      }
      case 'w:t':
        inText = !t.selfClosing;
        break;
      case 'w:tab':
        if (!inPPr) append('\t');
        break;
      case 'w:br':
      case 'w:cr':
        append('\v');
        break;
    }
  }
  return blocks;
}
