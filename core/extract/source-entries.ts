import type { Paragraf } from '../model/protocol.ts';
import { parseProtocol } from '../parse/parse.ts';
import { docxPackage } from '../ooxml/docx.ts';
import { CT_NUMBERING, REL_NUMBERING, XML_DECLARATION } from '../ooxml/namespaces.ts';
import { HOUSE_STYLES_XML } from '../ooxml/house-styles.ts';
import { escapeXml } from '../ooxml/xml-escape.ts';
import { readDocx } from '../read/docx.ts';
import type { SourceDocument } from './source-document.ts';

/**
 * The § entries of a Word protocol as its own WordprocessingML, so that an extract keeps their text
 * and formatting. An entry is the run of the body's top-level blocks (paragraphs, tables, content
 * controls) from the block that opens with its heading to the block before the next entry's. Where
 * that cannot be told exactly (two entries in one block, a heading inside a table, content that
 * needs parts an extract does not carry), there is no answer and the extract is built from the model.
 */
export interface SourceEntries {
  /** Each chosen § number's body content. */
  entries: Map<number, string>;
  /** The source's `<w:document …>` start tag, which declares the namespaces the blocks use. */
  rootTag: string;
  /** What the copy left out, in Swedish (a picture, a footnote), for the clerk. */
  notes: string[];
}

/** A marker paragraph's text: it tells where each top-level block's lines begin in the reader's text. */
const MARK = '\u2060protokoll-utdrag-block\u2060';
const TAG = /<!--[\s\S]*?-->|<(\/?)([A-Za-z_][\w.:-]*)(?:"[^"]*"|'[^']*'|[^>"'])*?(\/?)>/g;

interface Block {
  xml: string;
  /** The block's lines in the reader's text, with numbering labels ("§ 12 ") and without. */
  lines: string[];
  bareLines: string[];
  /** 1-based line of the reader's text where the block begins. */
  firstLine: number;
}

/** The body's top-level blocks, each as its XML, and what follows them (the section properties). */
function topLevelBlocks(body: string): { blocks: string[]; sectPr: string } | null {
  const blocks: string[] = [];
  let depth = 0;
  let start = -1;
  let sectPr = '';
  TAG.lastIndex = 0;
  for (let m = TAG.exec(body); m; m = TAG.exec(body)) {
    if (m[0].startsWith('<!--') || m[0].startsWith('<?')) continue;
    const [whole, closing, , selfClosing] = m;
    if (closing) {
      depth--;
      if (depth < 0) return null;
      if (depth === 0) {
        const xml = body.slice(start, m.index + whole.length);
        if (xml.startsWith('<w:sectPr')) sectPr = xml;
        else blocks.push(xml);
      }
    } else if (selfClosing) {
      if (depth === 0) blocks.push(whole);
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  return depth === 0 ? { blocks, sectPr } : null;
}

/** The source's body read as the CLI reads a .docx: with its styles and numbering. */
function readSource(source: SourceDocument, documentXml: string) {
  const styles = source.stylesXml ?? XML_DECLARATION + HOUSE_STYLES_XML;
  const numbering = source.numberingXml
    ? [{ id: 'rIdNumbering', name: 'numbering.xml', contentType: CT_NUMBERING, relationshipType: REL_NUMBERING, xml: source.numberingXml }]
    : [];
  return readDocx(docxPackage(documentXml, styles, numbering));
}

const marker = (k: number) => `<w:p><w:r><w:t>${MARK}${k}</w:t></w:r></w:p>`;

/**
 * Each block's lines as the .docx reader gives them: the body is read once with a marker paragraph
 * before each block, with and without the numbering that draws "§ 12" before a heading.
 */
function readBlocks(source: SourceDocument, head: string, blocks: string[], tail: string): Block[] | null {
  const marked = head + blocks.map((b, k) => marker(k) + b).join('') + tail;
  const withLabels = readSource(source, marked);
  const bare = readDocx(docxPackage(marked, XML_DECLARATION + HOUSE_STYLES_XML));
  if (!withLabels.ok || !bare.ok) return null;
  const split = (text: string) => text.replace(/\f/g, '').split('\n');
  const [lines, bareLines] = [split(withLabels.text), split(bare.text)];
  if (lines.length !== bareLines.length) return null;
  const out: Block[] = [];
  let line = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.startsWith(MARK)) {
      out.push({ xml: blocks[out.length]!, lines: [], bareLines: [], firstLine: line + 1 });
      continue;
    }
    line++;
    const block = out[out.length - 1];
    if (block) block.lines.push(lines[i]!), block.bareLines.push(bareLines[i]!);
  }
  return out.length === blocks.length ? out : null;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether a block opens with a §'s heading: blank lines, then the heading line itself. */
function opensWith(block: Block, p: Paragraf): boolean {
  const at = p.line - block.firstLine;
  if (at < 0 || at >= block.lines.length || block.lines.slice(0, at).some((l) => l.trim())) return false;
  const heading = squash(block.lines[at]!);
  const title = squash(p.title).slice(0, 20);
  return new RegExp(`§\\s*${p.number}(?!\\d)`).test(heading) || (title !== '' && heading.includes(title));
}

/**
 * The XML without the named elements, each removed whole however deeply it nests (a drawing holds
 * text boxes that hold drawings), and how many of each were removed; null when one is not closed.
 */
function withoutElements(xml: string, names: ReadonlySet<string>): { xml: string; removed: Map<string, number> } | null {
  const removed = new Map<string, number>();
  let out = '';
  let kept = 0;
  let inside: { name: string; depth: number } | null = null;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    const [whole, closing, name = '', selfClosing] = m;
    if (inside) {
      if (name === inside.name && !selfClosing) inside.depth += closing ? -1 : 1;
      if (inside.depth === 0) (inside = null), (kept = m.index + whole.length);
      continue;
    }
    if (closing || !names.has(name)) continue;
    out += xml.slice(kept, m.index);
    removed.set(name, (removed.get(name) ?? 0) + 1);
    if (selfClosing) kept = m.index + whole.length;
    else inside = { name, depth: 1 };
  }
  return inside ? null : { xml: out + xml.slice(kept), removed };
}

/** Elements an extract cannot carry without the parts they point to, and what the clerk is told of them. */
const DROPPED = new Map<string, string>([
  // The fallback copy of a drawing is the same picture again; the reader skips it too.
  ['mc:Fallback', ''],
  ['w:drawing', 'bilder kom inte med i utdraget'],
  ['w:pict', 'bilder kom inte med i utdraget'],
  ['w:object', 'inbäddade objekt kom inte med i utdraget'],
  ['w:footnoteReference', 'fotnoter kom inte med i utdraget'],
  ['w:endnoteReference', 'slutnoter kom inte med i utdraget'],
  ['w:commentRangeStart', ''],
  ['w:commentRangeEnd', ''],
  ['w:commentReference', ''],
  // A section break inside an entry would bring the source's page setup and its headers.
  ['w:sectPr', ''],
]);
const LINK_ADDRESS = /(?<=<w:hyperlink\b[^>]*?)\sr:id="[^"]*"/g;

function portable(xml: string, number: number, notes: string[]): string | null {
  const without = withoutElements(xml, new Set(DROPPED.keys()));
  if (!without) return null;
  const { xml: kept, removed } = without;
  const told = new Set([...removed.keys()].map((name) => DROPPED.get(name)!).filter(Boolean));
  if (kept.search(LINK_ADDRESS) >= 0) told.add('länkar kom med som text, utan sina adresser');
  for (const what of told) notes.push(`§ ${number}: ${what}`);
  const out = kept.replace(LINK_ADDRESS, '');
  // Anything else that points into the source package (an embedded chunk, a linked object) makes the copy inexact.
  return /\sr:(?:id|embed|link|pict|dm|lo|qs|cs)="/.test(out) ? null : out;
}

/** Elements a paragraph's properties hold before its numbering, in schema order. */
const BEFORE_NUMBERING = /<w:(?:pStyle|keepNext|keepLines|pageBreakBefore|framePr|widowControl)\b[^>]*?(?:\/>|>[\s\S]*?<\/w:(?:pStyle|keepNext|keepLines|pageBreakBefore|framePr|widowControl)>)/g;

/**
 * The heading whose "§ 12" Word draws from its numbering: in the extract that counter would start
 * again at the first number, so the label is written as text and the numbering turned off.
 */
function labelled(xml: string, label: string): string | null {
  const at = [...xml.matchAll(/<w:p[\s>]/g)].map((m) => m.index).find((i) => /^[\s\S]*?<w:t[\s>]/.test(xml.slice(i, xml.indexOf('</w:p>', i))));
  if (at === undefined) return null;
  const end = xml.indexOf('</w:p>', at);
  let p = xml.slice(at, end).replace(/<w:pPr\s*\/>/, '');
  const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
  const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(p);
  if (pPr) {
    const inner = pPr[1]!.replace(/<w:numPr>[\s\S]*?<\/w:numPr>/, '');
    let cut = 0;
    for (const m of inner.matchAll(BEFORE_NUMBERING)) cut = m.index + m[0].length;
    p = p.replace(pPr[0], `<w:pPr>${inner.slice(0, cut)}${off}${inner.slice(cut)}</w:pPr>`);
  } else {
    p = p.replace(/^<w:p\b[^>]*>/, (open) => `${open}<w:pPr>${off}</w:pPr>`);
  }
  const rPr = /<w:r\b[^>]*>\s*(<w:rPr>[\s\S]*?<\/w:rPr>)/.exec(p)?.[1] ?? '';
  const runs = label
    .split('\t')
    .map((text) => (text ? `<w:r>${rPr}<w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r>` : ''))
    .join(`<w:r>${rPr}<w:tab/></w:r>`);
  p = p.replace(/(<\/w:pPr>)/, `$1${runs}`);
  return xml.slice(0, at) + p + xml.slice(end);
}

/**
 * The chosen §§ of a Word protocol as its own OOXML; null when any of them cannot be told exactly.
 * The entries are found by reading the source itself, whatever text the caller parsed (the add-in's
 * snapshot joins a paragraph's line breaks, the .docx reader splits them).
 */
export function sourceEntries(source: SourceDocument, numbers: readonly number[]): SourceEntries | null {
  const xml = source.documentXml;
  const rootTag = /<w:document\b[^>]*>/.exec(xml)?.[0];
  const bodyOpen = /<w:body\s*>/.exec(xml);
  const bodyEnd = xml.lastIndexOf('</w:body>');
  if (!rootTag || !bodyOpen || bodyEnd < 0) return null;
  const bodyStart = bodyOpen.index + bodyOpen[0].length;
  const top = topLevelBlocks(xml.slice(bodyStart, bodyEnd));
  if (!top) return null;
  const blocks = readBlocks(source, xml.slice(0, bodyStart), top.blocks, top.sectPr + xml.slice(bodyEnd));
  const whole = readSource(source, xml);
  if (!blocks || !whole.ok) return null;

  const blockOf = (line: number) => {
    for (let k = blocks.length - 1; k >= 0; k--) if (blocks[k]!.firstLine <= line) return k;
    return -1;
  };
  const entries = new Map<number, string>();
  const notes: string[] = [];
  const all = parseProtocol(whole.text, { regions: whole.regions }).paragrafer;
  for (const number of numbers) {
    const i = all.findIndex((p) => p.number === number);
    const p = all[i];
    if (!p) return null;
    const first = blockOf(p.line);
    if (first < 0 || !opensWith(blocks[first]!, p)) return null;
    const next = all[i + 1];
    const end = next ? blockOf(next.line) : blocks.length;
    if (end <= first || (next && !opensWith(blocks[end]!, next))) return null;
    let content = portable(blocks.slice(first, end).map((b) => b.xml).join(''), number, notes);
    if (content === null) return null;
    const at = p.line - blocks[first]!.firstLine;
    const [line, bare] = [blocks[first]!.lines[at]!, blocks[first]!.bareLines[at]!];
    if (line !== bare) {
      if (!line.endsWith(bare)) return null;
      content = labelled(content, line.slice(0, line.length - bare.length));
      if (content === null) return null;
    }
    entries.set(number, content);
  }
  return { entries, rootTag, notes };
}
