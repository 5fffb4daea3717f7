import type { Paragraf } from '../model/protocol.ts';
import { sectionText, sentences } from './support.ts';
import { words } from '../text/words.ts';

/** A sentence that makes a yrkande: "yrkar", "yrkas", or a yrkande named ("har ett ändringsyrkande"). */
const YRKANDE_VERB = words('<yrk(?:ar|as|ade)>');
const YRKANDE_NOUN = words('yrkande(?:t|n|na)?>');
/** Under the yrkanden's own heading, also a proposal made in other words: "Karin Ek (M) föreslår att …". */
const PROPOSES = words('<(?:föreslår|föreslog)>');
/** "Karin Ek (M) instämmer i Anna Bergs yrkande": support for a yrkande already made, not a new one. */
const SUPPORT = words('<instämm');
const NONE = words('<(?:inga|inget|inte\\s+några)\\s+(?:yrkanden?|förslag)>');

/** Whose proposal it is when the body or the office that prepared the matter made it. */
const PREPARER =
  '[\\p{L}-]*(?:förvaltningens|kontorets|utskottets|styrelsens|nämndens|ordförandens|presidiets|beredningens|fullmäktiges|direktörens|chefens)';
/**
 * A yrkande for the proposal the meeting has before it: "bifall till förvaltningens förslag",
 * "bifall till förslaget", a bare "yrkar bifall.", "besluta i enlighet med arbetsutskottets förslag".
 */
const FOR_THE_PROPOSAL = words(
  [
    `<bifall\\s+till\\s+(?:det\\s+)?(?:(${PREPARER})\\s+|(?:liggande|föreliggande|ursprungliga|upprättade|framlagda)\\s+)?(?:förslag(?:et)?|beslutsförslag(?:et)?|tjänsteskrivelsen|ärendet)>(?!\\s+(?:med\\s+följande|och\\s+att)\\s)`,
    '<bifall\\s*(?:[.,]|$)',
    `<(?:i\\s+enlighet\\s+med|enligt)\\s+(?:(${PREPARER})|liggande|föreliggande)\\s+förslag>`,
  ].join('|'),
);
/** What makes a yrkande a proposal of its own, even where it also says "bifall". */
const CHANGE = words('<(?:avslag|avslå|ändring|ändra|tillägg|återremi|remittera|bordlägg|motförslag)');

/** Outcomes a Beslut shares with the yrkande that asked for them. */
const SHARED_OUTCOMES = ['återremi', 'bordlägg', 'avsl'];
/** The mover's surname: the word before the party, "Thomas Eneström (S)". */
const MOVER = /(\p{Lu}[\p{L}-]+)\s*\(\p{Lu}{1,4}\)/u;

function yrkandeStatements(p: Paragraf): string[] {
  const yrkanden = sentences(sectionText(p, 'yrkanden')).filter(
    (s) => !NONE.test(s) && (YRKANDE_VERB.test(s) || ((YRKANDE_NOUN.test(s) || PROPOSES.test(s)) && !SUPPORT.test(s))),
  );
  // Organisations that write the yrkanden under the proposal's heading: only the sentences that move one.
  return [...yrkanden, ...sentences(sectionText(p, 'forslagTillBeslut')).filter((s) => YRKANDE_VERB.test(s))];
}

/** Whether the Beslut takes up the yrkande: names it or its mover, or decides what it asked for. */
function adopted(yrkande: string, beslut: string): boolean {
  if (YRKANDE_NOUN.test(beslut)) return true;
  const mover = MOVER.exec(yrkande)?.[1];
  if (mover && beslut.includes(mover)) return true;
  const lower = [yrkande.toLowerCase(), beslut.toLowerCase()];
  return SHARED_OUTCOMES.some((stem) => lower.every((t) => t.includes(stem)));
}

/**
 * Whether the yrkanden compete, so that the chair had to put proposals against each other: one
 * against the proposal alongside others, bifall to different bodies' proposals, or a single one
 * against the proposal that the Beslut did not take up. Everybody moving the same proposal, or a
 * single yrkande the meeting followed, needs no propositionsordning.
 */
export function yrkandenCompete(p: Paragraf): boolean {
  const statements = yrkandeStatements(p);
  const preparers = new Set<string>();
  const against: string[] = [];
  for (const s of statements) {
    const m = CHANGE.test(s) ? null : FOR_THE_PROPOSAL.exec(s);
    if (!m) against.push(s);
    else if (m[1] ?? m[2]) preparers.add((m[1] ?? m[2])!.toLowerCase());
  }
  if (preparers.size > 1) return true;
  if (against.length === 0) return false;
  if (statements.length > 1) return true;
  return !adopted(against[0]!, sectionText(p, 'beslut'));
}
