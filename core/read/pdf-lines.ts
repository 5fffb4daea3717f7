/** A text item of a PDF page, as pdf.js gives it: the string and its transform `[a, b, c, d, x, y]`. */
export interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
}

interface Placed {
  str: string;
  x: number;
  y: number;
  right: number;
  size: number;
}

/**
 * Rebuilds a page's lines from its text items: items whose baselines lie within half a font size
 * of each other form one line, read left to right, with a space where the gap between two items is
 * wider than a fifth of the font size. A vertical gap of more than 1.6 line heights becomes a blank
 * line, as in a text export. Rotated text (a signature service's margin note) is kept, after the
 * page's other lines, so that it neither breaks the lines it crosses nor gets lost.
 */
export function pageLines(items: readonly PdfTextItem[]): string[] {
  const upright: Placed[] = [];
  const rotated: string[] = [];
  for (const item of items) {
    if (!item.str) continue;
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    if (Math.abs(b) > 1e-3 || Math.abs(c) > 1e-3 || a <= 0) {
      if (item.str.trim()) rotated.push(item.str.trim());
      continue;
    }
    const size = Math.abs(d) || a;
    upright.push({ str: item.str, x, y, right: x + item.width, size });
  }
  upright.sort((p, q) => q.y - p.y || p.x - q.x);

  const rows: Placed[][] = [];
  for (const item of upright) {
    const row = rows[rows.length - 1];
    if (row && Math.abs(row[0]!.y - item.y) < 0.5 * Math.max(row[0]!.size, item.size)) row.push(item);
    else rows.push([item]);
  }

  const lines: string[] = [];
  let previous: { y: number; size: number } | null = null;
  for (const row of rows) {
    row.sort((p, q) => p.x - q.x);
    let line = '';
    let right = -Infinity;
    for (const item of row) {
      const gap = item.x - right;
      if (line && gap > 0.2 * item.size && !/\s$/.test(line) && !/^\s/.test(item.str)) line += ' ';
      line += item.str;
      right = Math.max(right, item.right);
    }
    const head = row[0]!;
    if (previous && previous.y - head.y > 1.6 * 1.2 * Math.max(previous.size, head.size)) lines.push('');
    if (line.trim()) lines.push(line.trimEnd());
    previous = { y: head.y, size: head.size };
  }
  return [...lines, ...rotated];
}
