import { parseEntryInput, type EntryInput, type EntryInputRaw } from '../../core/templates/index.ts';

/** Parse test input, failing loudly with the Swedish messages when it is rejected. */
export function entry(raw: EntryInputRaw): EntryInput {
  const r = parseEntryInput(raw);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return r.input;
}
