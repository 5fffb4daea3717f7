/** One piece of an XML document: an element's start or end, or text between tags (entities decoded). */
export type XmlToken =
  | { type: 'open'; name: string; attributes: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const TOKEN = /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][\s\S]*?>|<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=>/]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const ATTRIBUTE = /([^\s=>/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, named: string | undefined) =>
    named ? NAMED[named]! : String.fromCodePoint(Number.parseInt(hex ?? dec!, hex ? 16 : 10)),
  );
}

/**
 * A small, forgiving XML tokenizer: enough for WordprocessingML, with no DOM (core runs without
 * one). It does not check well-formedness; a stray `<` that starts no tag is skipped.
 */
export function* xmlTokens(xml: string): Generator<XmlToken> {
  const re = new RegExp(TOKEN);
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const [whole, cdata, slash, name, attrs, selfClose, text] = m;
    if (text !== undefined) yield { type: 'text', text: decode(text) };
    else if (cdata !== undefined) yield { type: 'text', text: cdata };
    else if (name === undefined) continue;
    else if (slash) yield { type: 'close', name };
    else {
      const attributes: Record<string, string> = {};
      if (attrs) for (const a of attrs.matchAll(ATTRIBUTE)) attributes[a[1]!] = decode(a[2] ?? a[3] ?? '');
      yield { type: 'open', name, attributes, selfClosing: selfClose === '/' || whole.endsWith('/>') };
    }
  }
}
