import type { TemplatePart } from './template.ts';

/** Spaces a PDF or a web page may put where a template has a space, including one line break. */
const SPACE = '[ \\t\\u00A0\\u2007\\u202F]';
export const GAP_REQUIRED = `(?:${SPACE}+(?:\\r?\\n${SPACE}*)?|\\r?\\n${SPACE}*)`;
const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2212]';
const YEAR4 = '(?:19|20)\\d{2}';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A prefix where the configuration names none: any two to five capitals. */
export const ANY_PREFIX = '[A-ZÅÄÖ]{2,5}';

/** The prefixes a configuration allows; none means any prefix. */
function prefixPattern(prefixes: readonly string[]): string {
  if (!prefixes.length) return ANY_PREFIX;
  return [...prefixes]
    .sort((a, b) => b.length - a.length)
    .map((p) => p.split(' ').map(escapeRegExp).join(`${SPACE}+`))
    .join('|');
}

function literalPattern(text: string): string {
  let out = '';
  for (const c of text) out += c === ' ' ? GAP_REQUIRED : c === '-' ? DASH : escapeRegExp(c);
  return out;
}

/**
 * The regular expression of a template, with a named group per field (`prefix`, `year`,
 * `serial`, `sub`, `class`). `prefixes` serve a `{prefix}` that names none of its own.
 */
export function templatePattern(parts: readonly TemplatePart[], prefixes: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'literal') out += literalPattern(part.text);
    else if (part.kind === 'optional') out += `(?:${templatePattern(part.parts, prefixes)})?`;
    else if (part.name === 'prefix') out += `(?<prefix>${prefixPattern(part.prefixes ?? prefixes)})`;
    else if (part.name === 'year') out += `(?<year>${part.digits === 4 ? YEAR4 : '\\d{2}'})`;
    else if (part.name === 'serial') out += `(?<serial>${part.padded ? `\\d{${part.min},${part.max}}` : '[1-9]\\d{0,5}'})`;
    else if (part.name === 'sub') out += '(?<sub>\\d{1,4})';
    else out += '(?<class>\\d{3})';
  }
  return out;
}

/**
 * A matched case number written in its format's canonical form: every separator as the template
 * writes it (a space, a hyphen), an optional part only where it was matched, no classification code.
 */
export function canonicalText(parts: readonly TemplatePart[], groups: Record<string, string | undefined>): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'literal') out += part.text;
    else if (part.kind === 'optional') {
      const fields = part.parts.filter((p) => p.kind === 'field');
      if (fields.some((f) => f.kind === 'field' && f.name === 'class')) continue;
      if (!fields.length || fields.some((f) => f.kind === 'field' && groups[f.name] !== undefined)) out += canonicalText(part.parts, groups);
    } else if (part.name === 'class') out = out.replace(/[-/.: ]+$/, '');
    else if (part.name === 'prefix') out += groups.prefix!.replace(/\s+/g, ' ');
    else out += groups[part.name] ?? '';
  }
  return out;
}
