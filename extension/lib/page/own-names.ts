/**
 * The names our additions to a page carry: the element that hosts the card's shadow root and the
 * highlight that marks references. The page sees both (its own `document` and `CSS.highlights`),
 * so they are drawn at random for each page (each run of the content script): nothing in them
 * names the extension, and no fixed name lets a page look it up.
 */

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function randomLetters(count: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(count)), (b) => LETTERS[b % LETTERS.length]).join('');
}

/** A custom element name (lower-case letters, one hyphen), so the page's type selectors never match it. */
function randomName(): string {
  return `${randomLetters(5)}-${randomLetters(6)}`;
}

/** The tag name of our shadow host, so we never scan our own card. */
export const OWN_HOST_TAG = randomName();

/** The name our highlight is registered under and styled with (`::highlight(name)`). */
export const HIGHLIGHT_NAME = randomName();
