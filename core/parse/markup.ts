/** Columns of a line laid out by a PDF converter: set apart by three or more spaces. */
export const COLUMN_GAP = /\s{3,}/;

/**
 * What a line says without the marks that converters add: Markdown headings (`## `), quotes
 * (`> `), list bullets (`- `, `* `, `• `), bold and italics (`**…**`, `_…_`). PDF-to-Markdown
 * pipelines wrap § headings and section headings in them (`## **§ 26**`, `_Beslutet expedieras till:_`).
 */
export function plainLine(text: string): string {
  let t = text.trim();
  if (!t || !/^[#>\-*•_|]|[*_]$/.test(t)) return t;
  t = t.replace(/^(?:#{1,6}\s+|>\s*|[-*•]\s+)+/, '');
  t = t.replace(/\*\*|__/g, '');
  if (/^_[^_].*_$/.test(t)) t = t.slice(1, -1);
  return t.trim();
}
