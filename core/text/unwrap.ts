/**
 * Joins the lines a PDF or a narrow column wrapped, keeping paragraph breaks (blank lines) and
 * list items (lines that start with a bullet, a dash, a number or "Att"/"att") on lines of their own,
 * so a decision reads as the clerk wrote it wherever it is shown again.
 */
const STARTS_ITEM = /^(?:[•\-–*]|\d{1,2}[.)]\s|att\s|[a-zåäö][.)]\s)/i;

export function unwrapLines(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n').map((l) => l.trim()).filter(Boolean);
      let out = '';
      for (const line of lines) out += out ? (STARTS_ITEM.test(line) ? '\n' : ' ') + line : line;
      return out.replace(/ {2,}/g, ' ');
    })
    .filter(Boolean)
    .join('\n\n');
}
