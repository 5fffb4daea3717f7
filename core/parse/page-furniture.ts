import type { SourceLine } from './source-lines.ts';

/**
 * Lines that belong to the page, not the protocol: page numbers, running headers, signature-service
 * lines and signature blocks. `runningHeaders` are lines found to repeat as a page header
 * (such as "Regionstyrelsens arbetsutskott 2024-12-05").
 */
const FIXED = [
  /^\d{1,4}\s*\(\s*\d{1,4}\s*\)$/, // 4 (29)
  /^(?:sida|sid\.?)\s*\d{1,4}(?:\s*(?:\(\s*\d{1,4}\s*\)|av\s+\d{1,4}|\/\s*\d{1,4}))?$/i,
  /^\d{1,4}\s*\/\s*\d{1,4}$/,
  /^(?:protokoll|sammanträdesprotokoll|sammanträdesdatum|utdragsbestyrkande|utdragsbestyrkande:?\s*\S*|paragraf)$/i,
  /^(?:justerandes?(?:\s+(?:sign(?:atur)?\.?|signaturer))?|ordförandes?\s+sign(?:atur)?\.?|sekreterarens?\s+sign(?:atur)?\.?)(?:\s*[._]{2,}.*|\s+utdragsbestyrkande)?$/i,
  /^(?:comfact signature|signerat (?:med|av)|detta dokument (?:är|har) (?:signerat|undertecknat)|verifikat|transaktion \d|assently|visma addo|scrive)\b.*$/i,
  /^(?:referensnummer|dokument-?id|document id):?\s*\S+$/i,
];

export function isFurniture(text: string, runningHeaders: ReadonlySet<string>): boolean {
  const t = text.trim();
  if (!t) return false;
  if (runningHeaders.has(t)) return true;
  return FIXED.some((re) => re.test(t));
}

const ENDS_WITH_DATE = /\d{4}-\d{2}-\d{2}$/;
const HEADER_WITH_DATE = /^(\p{Lu}[\p{L} ,.&/-]{2,80}?)\s+((?:19|20)\d{2}-\d{2}-\d{2})$/u;

/** "Body YYYY-MM-DD" lines, counted: the most frequent one is the running header that names the meeting. */
export function findRunningHeader(lines: readonly SourceLine[]): { line: string; body: string; date: string } | null {
  const counts = new Map<string, number>();
  for (const l of lines) {
    const t = l.text.trim();
    if (t.length > 100 || !ENDS_WITH_DATE.test(t) || !HEADER_WITH_DATE.test(t)) continue;
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  if (!best) return null;
  const m = HEADER_WITH_DATE.exec(best[0])!;
  return { line: best[0], body: m[1]!.trim(), date: m[2]! };
}

export function markFurniture(lines: SourceLine[], runningHeaders: ReadonlySet<string>): void {
  for (const l of lines) l.furniture = isFurniture(l.text, runningHeaders);
}
