/** C0, DEL, C1 and the bidi overrides and isolates that reorder what is shown. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const UNSAFE_EXCEPT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
/** What JSON.stringify leaves raw: it escapes C0 itself, and its own line breaks are layout. */
const UNSAFE_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

const hex = (char: string, digits: number) => char.charCodeAt(0).toString(16).padStart(digits, '0');

/**
 * Text that did not come from the program itself (file names, a feed's strings, a protocol's
 * titles), made safe to print on a terminal: every unsafe character is written out as `\x1b` or
 * `\u202e`, so an escape sequence in a file name or a feed can neither set the window title, clear
 * the screen, write the clipboard nor hide what follows. Line breaks and tabs stay when
 * `multiline` is set (a decision's text); in a one-line label (a file name) they are escaped too,
 * so the label cannot fake a line of its own.
 */
export function terminalText(text: string, { multiline = false }: { multiline?: boolean } = {}): string {
  return text.replace(multiline ? UNSAFE_EXCEPT_LINES : UNSAFE, (char) => (char.charCodeAt(0) <= 0xff ? `\\x${hex(char, 2)}` : `\\u${hex(char, 4)}`));
}

/**
 * `value` as indented JSON that is safe on a terminal: the unsafe characters JSON.stringify leaves
 * raw can only stand inside strings, where `\u009b` is the same character to a JSON reader.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(UNSAFE_IN_JSON, (char) => `\\u${hex(char, 4)}`);
}
