import { z } from 'zod';
import { PersonInput } from './entry-input.ts';
import { formatPeople } from './person-phrases.ts';

/** Who declares jäv in a §: one person or several, each `{ person, party }`. */
export const JavLineInput = z.array(PersonInput, { error: 'Ange de jäviga som en lista av { person, party }' }).min(1, 'Ange minst en person som anmält jäv');
export type JavLineInput = z.infer<typeof JavLineInput>;

/**
 * The line a protocol records jäv with, as the add-in writes it into a §:
 * "Erik Lund (S) deltar inte i handläggningen på grund av jäv." The jäv rules read it back.
 */
export function javLine(people: JavLineInput): string {
  return `${formatPeople(people)} deltar inte i handläggningen på grund av jäv.`;
}

/** The same from unchecked input (the task pane's form): the line, or a Swedish message of what is wrong. */
export function javLineFrom(input: unknown): { ok: true; text: string } | { ok: false; message: string } {
  const parsed = JavLineInput.safeParse(input);
  return parsed.success ? { ok: true, text: javLine(parsed.data) } : { ok: false, message: parsed.error.issues[0]?.message ?? 'Ogiltig uppgift om jäv' };
}
