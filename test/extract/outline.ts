import { strFromU8, unzipSync } from 'fflate';
import { xmlTokens } from '../../core/read/xml-tokens.ts';

/**
 * A Word document's text and structure, one line per paragraph, for comparing an extract with
 * its expected document: content controls by tag, a paragraph's style and whether Word numbers it,
 * bold text in `**`, tabs as `→`; then the footer the same way.
 */
export function outline(docx: Uint8Array): string {
  const files = unzipSync(docx);
  const part = (name: string) => (files[name] ? strFromU8(files[name]!) : null);
  const footer = part('word/footer1.xml');
  return [outlineOf(part('word/document.xml') ?? ''), ...(footer ? ['--- sidfot', outlineOf(footer)] : [])].join('\n') + '\n';
}

function outlineOf(xml: string): string {
  const lines: string[] = [];
  let depth = 0;
  let paragraph: { style: string; numbered: boolean; text: string } | null = null;
  let bold = false;
  let inRunProps = false;
  let inParagraphProps = false;
  let inText = false;
  let inTable = 0;
  const write = (text: string) => {
    if (!paragraph) return;
    paragraph.text += bold && text.trim() ? `**${text}**` : text;
  };
  for (const t of xmlTokens(xml)) {
    if (t.type === 'text') {
      if (inText) write(t.text);
      continue;
    }
    if (t.type === 'close') {
      if (t.name === 'w:t') inText = false;
      if (t.name === 'w:rPr') inRunProps = false;
      if (t.name === 'w:pPr') inParagraphProps = false;
      if (t.name === 'w:r') bold = false;
      if (t.name === 'w:sdt') depth--;
      if (t.name === 'w:tbl') inTable--;
      if (t.name === 'w:p' && paragraph) {
        const marks = [paragraph.style ? `[${paragraph.style}]` : '', paragraph.numbered ? '[numrerad]' : ''].join('');
        lines.push(`${'  '.repeat(depth + inTable)}¶${marks ? ` ${marks}` : ''} ${paragraph.text.replace(/\*\*\*\*/g, '')}`.trimEnd());
        paragraph = null;
      }
      continue;
    }
    switch (t.name) {
      case 'w:p':
        paragraph = { style: '', numbered: false, text: '' };
        if (t.selfClosing) lines.push(`${'  '.repeat(depth + inTable)}¶`), (paragraph = null);
        break;
      case 'w:pStyle':
        if (paragraph) paragraph.style = t.attributes['w:val'] ?? '';
        break;
      case 'w:numId':
        if (paragraph) paragraph.numbered = t.attributes['w:val'] !== '0';
        break;
      case 'w:rPr':
        inRunProps = !t.selfClosing;
        break;
      case 'w:pPr':
        inParagraphProps = !t.selfClosing;
        break;
      case 'w:b':
        if (inRunProps) bold = !['0', 'false'].includes(t.attributes['w:val'] ?? 'true');
        break;
      case 'w:t':
        inText = !t.selfClosing;
        break;
      case 'w:tab':
        if (!inRunProps && !inParagraphProps && paragraph) write('→');
        break;
      case 'w:tag':
        // A control inside a paragraph (a field) is marked where it stands; one around paragraphs on a line of its own.
        if (paragraph) paragraph.text += `[kontroll ${t.attributes['w:val']}] `;
        else lines.push(`${'  '.repeat(depth - 1 + inTable)}[kontroll ${t.attributes['w:val']}]`);
        break;
      case 'w:sdt':
        depth++;
        break;
      case 'w:tbl':
        lines.push(`${'  '.repeat(depth + inTable)}[tabell]`);
        inTable++;
        break;
    }
  }
  return lines.join('\n');
}
