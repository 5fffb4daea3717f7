/** One piece of an XML document: an element's start or end, or text between tags (entities decoded). */
export type XmlToken =
  | { type: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, named: string | undefined) =>
    named ? NAMED[named]! : String.fromCodePoint(Number.parseInt(hex ?? dec!, hex ? 16 : 10)),
  );
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;

const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
/** `[A-Za-z_]`: what an element name starts with. */
const isNameStart = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
/** `[\w.:-]`: what an element name goes on with. */
const isNameChar = (c: number) => isNameStart(c) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x3a || c === 0x2d;
/** What ends an attribute name; `<` too, which no attribute holds. */
const endsAttributeName = (c: number) => isSpace(c) || c === EQUALS || c === GT || c === SLASH || c === LT || Number.isNaN(c);

/**
 * `indexOf` that remembers its last answer for each needle. The scan only moves forward, so an
 * answer at or after the new start is still the first one, and a needle once missing stays
 * missing: each needle is searched for across the text at most once, however many unclosed
 * comments or CDATA sections ask.
 */
function forwardFinder(xml: string): (needle: string, from: number) => number {
  const last = new Map<string, { from: number; at: number }>();
  return (needle, from) => {
    const known = last.get(needle);
    if (known && known.from <= from && (known.at === -1 || known.at >= from)) return known.at;
    const at = xml.indexOf(needle, from);
    last.set(needle, { from, at });
    return at;
  };
}

/**
 * The element tag at `start` (a `<` followed by a name character or `/`), or null when it is not a
 * well-formed tag. Never reads past the next `<`, which is why the whole tokenizer is linear.
 */
function tagAt(xml: string, start: number): { token: XmlToken; end: number } | null {
  let i = start + 1;
  const closing = xml.charCodeAt(i) === SLASH;
  if (closing) i++;
  if (!isNameStart(xml.charCodeAt(i))) return null;
  const nameStart = i;
  while (isNameChar(xml.charCodeAt(i))) i++;
  const name = xml.slice(nameStart, i);
  const attributes: Record<string, string> = {};
  for (;;) {
    const spaceStart = i;
    while (isSpace(xml.charCodeAt(i))) i++;
    const c = xml.charCodeAt(i);
    if (c === GT) return { token: closing ? { type: 'close', name } : { type: 'open', name, attributes, selfClosing: false }, end: i + 1 };
    if (c === SLASH) {
      if (xml.charCodeAt(i + 1) !== GT) return null;
      return { token: closing ? { type: 'close', name } : { type: 'open', name, attributes, selfClosing: true }, end: i + 2 };
    }
    // An attribute: after a space, `name = "value"` or `name = 'value'`; a value holds no `<`.
    if (i === spaceStart) return null;
    const attributeStart = i;
    while (!endsAttributeName(xml.charCodeAt(i))) i++;
    if (i === attributeStart) return null;
    const attribute = xml.slice(attributeStart, i);
    while (isSpace(xml.charCodeAt(i))) i++;
    if (xml.charCodeAt(i) !== EQUALS) return null;
    i++;
    while (isSpace(xml.charCodeAt(i))) i++;
    const quote = xml.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27) return null;
    const valueStart = ++i;
    for (let v = xml.charCodeAt(i); v !== quote; v = xml.charCodeAt(++i)) if (v === LT || Number.isNaN(v)) return null;
    attributes[attribute] = decode(xml.slice(valueStart, i));
    i++;
  }
}

/**
 * A small, forgiving XML tokenizer: enough for WordprocessingML, with no DOM (core runs without
 * one). It does not check well-formedness; a stray `<` that starts no tag is skipped, and an
 * unclosed comment or CDATA section is read as a declaration up to the next `>`.
 *
 * Linear in the length of the text, whatever it holds: a tag is read no further than the next `<`,
 * and the ends of comments, CDATA sections and declarations are found with `forwardFinder`.
 */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  const find = forwardFinder(xml);
  let i = 0;
  while (i < xml.length) {
    if (xml.charCodeAt(i) !== LT) {
      const next = xml.indexOf('<', i);
      const end = next === -1 ? xml.length : next;
      yield { type: 'text', text: decode(xml.slice(i, end)) };
      i = end;
      continue;
    }
    const c = xml.charCodeAt(i + 1);
    if (c === 0x21 /* ! */ || c === 0x3f /* ? */) {
      if (xml.startsWith('<!--', i)) {
        const end = find('-->', i + 4);
        if (end !== -1) {
          i = end + 3;
          continue;
        }
      } else if (xml.startsWith('<![CDATA[', i)) {
        const end = find(']]>', i + 9);
        if (end !== -1) {
          yield { type: 'text', text: xml.slice(i + 9, end) };
          i = end + 3;
          continue;
        }
      }
      const end = find('>', i + 2);
      if (end !== -1) {
        i = end + 1;
        continue;
      }
      i++;
      continue;
    }
    const tag = tagAt(xml, i);
    if (tag) {
      yield tag.token;
      i = tag.end;
    } else i++;
  }
}
