/**
 * Content-control tags the add-in writes. Tags carry stable ids (they survive renumbering and
 * reopening the document); Word's own control ids only live for one session.
 *
 *   protokoll:entry:<id>          a whole § entry (block control)
 *   protokoll:num:<id>            the "§ 225" of that entry's heading (inline control)
 *   protokoll:ref:<id>[,<id>…]    a reference written through the add-in, text "§ 225" or "§§ 223-224"
 */
export const TAG_PREFIX = 'protokoll:';

/** Stable ids are short, tag-safe tokens: letters, digits, `_` and `-`. */
export const ENTRY_ID = /^[A-Za-z0-9_-]{1,40}$/;

export type ParsedTag =
  | { kind: 'entry'; id: string }
  | { kind: 'num'; id: string }
  | { kind: 'ref'; ids: string[] };

export const entryTag = (id: string): string => `${TAG_PREFIX}entry:${checkedId(id)}`;
export const numberTag = (id: string): string => `${TAG_PREFIX}num:${checkedId(id)}`;
export const referenceTag = (ids: readonly string[]): string => {
  if (ids.length === 0) throw new Error('En hänvisning måste peka på minst en paragraf');
  return `${TAG_PREFIX}ref:${ids.map(checkedId).join(',')}`;
};

function checkedId(id: string): string {
  if (!ENTRY_ID.test(id)) throw new Error(`Ogiltigt id i innehållskontroll: "${id}"`);
  return id;
}

/** Reads a tag; anything that is not one of ours (or is malformed) is null and left alone. */
export function parseTag(tag: string): ParsedTag | null {
  const m = /^protokoll:(entry|num|ref):(.+)$/.exec(tag.trim());
  if (!m) return null;
  const [, kind, rest] = m as unknown as [string, 'entry' | 'num' | 'ref', string];
  if (kind === 'ref') {
    const ids = rest.split(',').map((s) => s.trim());
    return ids.every((id) => ENTRY_ID.test(id)) ? { kind, ids } : null;
  }
  return ENTRY_ID.test(rest) ? { kind, id: rest } : null;
}

/** A new stable id. `random` is injectable so that tests get the same ids every run. */
export function newEntryId(random: () => number = Math.random): string {
  let id = '';
  for (let i = 0; i < 10; i++) id += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)];
  return id;
}
