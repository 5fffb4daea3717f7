import type { DocumentSnapshot } from './snapshot.ts';
import type { PlanResult } from './renumber.ts';
import { findSectionMentions, formatNumber } from './references.ts';
import { snapshotToProtocol } from './snapshot-to-protocol.ts';
import { quote } from './plan-check.ts';
import { plural } from '../text/plural.ts';

export type TocResult = Extract<PlanResult, { ok: false }> | (Extract<PlanResult, { ok: true }> & { lines: { from: string[]; to: string[] } });

/**
 * A table-of-contents line for a §, written as the protocol's own first line is: what comes before
 * its "§ 12" and the space or tab after it; a page number after the title is not written, since the
 * add-in cannot know the page.
 */
function lineFormat(first: string): (number: number, title: string) => string {
  const m = findSectionMentions(first)[0];
  if (!m || first.slice(0, m.start).trim() !== '') return (n, title) => `${formatNumber(n)} ${title}`;
  const sep = /^[\t ]+/.exec(first.slice(m.end))?.[0] ?? ' ';
  return (n, title) => `${first.slice(0, m.start)}${formatNumber(n)}${sep}${title}`;
}

/**
 * "Uppdatera innehållsförteckning": the protocol's list of §§ and titles (as the parser and the
 * rule toc-matches-body read it) written again from the §§ as they now read, one line per §, in the
 * lines' own formatting. Only a table of one line per § is rewritten: where other text lies among
 * its lines (a case number, a note), the clerk's text is not touched and the plan is refused.
 */
export function planTocUpdate(snapshot: DocumentSnapshot): TocResult {
  const protocol = snapshotToProtocol(snapshot);
  const toc = protocol.toc;
  if (!toc?.length) return { ok: false, message: 'Protokollet har ingen innehållsförteckning att uppdatera.' };
  const start = toc[0]!.line - 1;
  const end = toc[toc.length - 1]!.line - 1;
  const heads = new Set(toc.map((t) => t.line - 1));
  const region = snapshot.paragraphs.slice(start, end + 1);
  const inControl = region.findIndex((p) => p.controlId !== null && p.controlId !== undefined);
  if (inControl >= 0) return { ok: false, message: 'Innehållsförteckningen ligger i en innehållskontroll, som tillägget inte skriver i. Uppdatera den för hand.' };
  const other = region.findIndex((p, k) => !heads.has(start + k) && p.text.trim() !== '');
  if (other >= 0) {
    return {
      ok: false,
      message: `Innehållsförteckningen har annan text mellan raderna (${quote(region[other]!.text)}), som tillägget inte skriver över. Uppdatera den för hand.`,
    };
  }
  const format = lineFormat(region[0]!.text);
  const from = region.map((p) => p.text);
  const to = protocol.paragrafer.filter((p) => p.line - 1 > end).map((p) => format(p.number, p.title.replace(/\s+/g, ' ').trim()));
  if (to.length === 0) return { ok: false, message: 'Protokollet har inga paragrafer att ta upp i innehållsförteckningen.' };
  const same = from.length === to.length && from.every((t, k) => t === to[k]);
  const changed = to.filter((t, k) => from[k] !== t).length + Math.max(0, from.length - to.length);
  return {
    ok: true,
    plan: {
      summary: same ? 'Innehållsförteckningen stämmer redan' : `Innehållsförteckningen är uppdaterad (${plural(changed, 'rad', 'rader')} ändrade)`,
      operations: same ? [] : [{ op: 'rewriteParagraphs', start, from, to }],
      controls: [],
      paragraphs: same ? [] : from.map((text, k) => ({ index: start + k, text, what: `innehållsförteckningens rad ${quote(text)}` })),
    },
    numbers: [],
    problems: [],
    lines: { from, to },
  };
}
