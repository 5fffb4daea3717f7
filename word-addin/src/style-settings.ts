/**
 * The organisation's style names for the entries the pane writes: set at build time
 * (PROTOKOLL_ENTRY_STYLES=styles.json, e.g. `{ "entryHeading": "Paragrafrubrik" }`) and per user in
 * the pane's settings, where a name overrides the organisation's. What is set only applies in a
 * document that uses the style (see `resolveEntryStyles`).
 */
import { EntryStyleNames } from '../../core/ooxml/styles.ts';
import { storage } from './settings.ts';

/** The administrator's style names (PROTOKOLL_ENTRY_STYLES at build time), or undefined. */
declare const __PROTOKOLL_ENTRY_STYLES__: unknown;

export const BUILT_IN_STYLE_NAMES: EntryStyleNames =
  typeof __PROTOKOLL_ENTRY_STYLES__ === 'undefined' ? {} : (EntryStyleNames.safeParse(__PROTOKOLL_ENTRY_STYLES__).data ?? {});

const KEY = 'protokoll.styles';

/** The clerk's own names, as saved; a broken or foreign value reads as none. */
export function loadSavedStyleNames(): EntryStyleNames {
  try {
    const raw = storage()?.getItem(KEY);
    return (raw ? EntryStyleNames.safeParse(JSON.parse(raw)).data : undefined) ?? {};
  } catch {
    return {};
  }
}

export function saveStyleNames(names: EntryStyleNames): void {
  try {
    storage()?.setItem(KEY, JSON.stringify(names));
  } catch {
    // Not saved; the names still apply until the pane closes.
  }
}

/** The names to write with: the clerk's where set, else the organisation's. */
export function styleNames(saved: EntryStyleNames = loadSavedStyleNames()): EntryStyleNames {
  return { ...BUILT_IN_STYLE_NAMES, ...Object.fromEntries(Object.entries(saved).filter(([, name]) => name)) };
}
