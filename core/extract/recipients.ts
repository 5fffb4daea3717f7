import type { Paragraf } from '../model/protocol.ts';
import { COLUMN_GAP } from '../parse/markup.ts';

/** The section that names where the decision goes: "Beslutet skickas till", "Expedieras till", "Kopia till". */
const RECIPIENTS_HEADING = /^(?:beslutet\s+)?(?:expedieras|skickas)\s+till$|^expediering$|^kopia\s+till$/i;
/** A recipient is a name: it starts with a letter (not a page number, a table row or a link). */
const RECIPIENT = /^\p{L}/u;
/** A recipient is a name, not a sentence or a signature line. */
const MAX_RECIPIENT_LENGTH = 100;

/** The recipients a § names, one per line as protocols list them, in order, without repeats. */
export function recipientsOf(p: Paragraf): string[] {
  const out: string[] = [];
  for (const s of p.sections) {
    if (!RECIPIENTS_HEADING.test(s.heading.trim())) continue;
    // The list runs to its first blank line; what follows (a page's furniture, an appendix) is not a recipient.
    for (const line of s.text.split('\n')) {
      const name = line.replace(/^[\s\-–•*]+/, '').replace(/[\s.,;]+$/, '').trim();
      if (!name) {
        if (out.length) break;
        continue;
      }
      if (!RECIPIENT.test(name) || COLUMN_GAP.test(name) || name.length > MAX_RECIPIENT_LENGTH) break;
      if (!out.some((r) => sameRecipient(r, name))) out.push(name);
    }
  }
  return out;
}

const sameRecipient = (a: string, b: string) => a.toLocaleLowerCase('sv') === b.toLocaleLowerCase('sv');

/** One extract to send: a recipient and the chosen §§ that name it. */
export interface RecipientGroup {
  recipient: string;
  paragrafer: number[];
}

/**
 * The chosen §§ grouped by recipient, recipients in the order the §§ first name them. §§ that name
 * no recipient are in no group; the caller says so.
 */
export function recipientGroups(paragrafer: readonly Paragraf[]): RecipientGroup[] {
  const groups: RecipientGroup[] = [];
  for (const p of paragrafer) {
    for (const recipient of recipientsOf(p)) {
      const group = groups.find((g) => sameRecipient(g.recipient, recipient));
      if (group) group.paragrafer.push(p.number);
      else groups.push({ recipient, paragrafer: [p.number] });
    }
  }
  return groups;
}

/** A file name for a recipient's extract: `utdrag-kommunstyrelsen.docx`, letters folded to a–z. */
export function recipientFileName(recipient: string, taken: ReadonlySet<string> = new Set()): string {
  const slug =
    recipient
      .toLocaleLowerCase('sv')
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'mottagare';
  let name = `utdrag-${slug}.docx`;
  for (let n = 2; taken.has(name); n++) name = `utdrag-${slug}-${n}.docx`;
  return name;
}
