/**
 * The case-number notation: a template such as `{prefix} {serial}-{year}` that says, left to
 * right, what a case number of a format is made of.
 *
 *   {prefix}          the registry prefix, from the configuration's `prefixes` (`RS`, `KS KF`, `Bun`)
 *   {prefix:KS|BN}    the prefixes this format alone takes
 *   {year}            a four-digit year (19xx or 20xx); {year:2} a two-digit one (`22`)
 *   {serial}          the serial number, 1–6 digits, not starting with 0
 *   {serial:5}        exactly five digits, leading zeros allowed; {serial:3-6} three to six
 *   {sub}             a sub-number (1–4 digits): a document of the case, not a case of its own
 *   {class}           a trailing classification code, three digits (`041`); never part of the number
 *   - / . :           written as they stand; `-` also reads an en dash and other dashes
 *   space             one or more spaces, or a line break
 *   [ … ]             an optional part: `[:{sub}]`, `[ {class}]`, `{prefix}[ ]{year}` (space or none)
 *   letters, digits   written as they stand (`KS {year}/{serial}`)
 */

export type FieldName = 'prefix' | 'year' | 'serial' | 'sub' | 'class';

export type TemplatePart =
  | { kind: 'literal'; text: string }
  | { kind: 'field'; name: 'prefix'; prefixes: string[] | null }
  | { kind: 'field'; name: 'year'; digits: 2 | 4 }
  | { kind: 'field'; name: 'serial'; min: number; max: number; padded: boolean }
  | { kind: 'field'; name: 'sub' }
  | { kind: 'field'; name: 'class' }
  | { kind: 'optional'; parts: TemplatePart[] };

export type FieldPart = Extract<TemplatePart, { kind: 'field' }>;

export type ParsedTemplate = { ok: true; parts: TemplatePart[] } | { ok: false; error: string };

export const FIELD_HELP = '{prefix}, {year}, {year:2}, {serial}, {serial:5}, {serial:3-6}, {sub} och {class}';
const LITERAL = /^[-/.: \p{L}\p{N}]$/u;
/** A registry prefix as the registry writes it: capital first, letters and digits, at most two words (`RS`, `KS KF`, `Bun`). */
export const PREFIX = /^[\p{Lu}][\p{L}\p{N}]{0,9}(?: [\p{Lu}][\p{L}\p{N}]{0,9})?$/u;

function parseField(body: string): FieldPart | string {
  const [name, arg, ...rest] = body.split(':');
  if (rest.length) return `{${body}} har mer än ett kolon`;
  switch (name) {
    case 'prefix': {
      if (arg === undefined) return { kind: 'field', name, prefixes: null };
      const prefixes = arg.split('|').map((p) => p.trim());
      const bad = prefixes.find((p) => !PREFIX.test(p));
      if (bad !== undefined) return `prefixet ”${bad}” i {${body}} ska skrivas som i diariet, med versal först (RS, KS KF, Bun)`;
      return { kind: 'field', name, prefixes };
    }
    case 'year':
      if (arg === undefined || arg === '4') return { kind: 'field', name, digits: 4 };
      if (arg === '2') return { kind: 'field', name, digits: 2 };
      return `{${body}}: året skrivs {year} (fyra siffror) eller {year:2} (två siffror)`;
    case 'serial': {
      if (arg === undefined) return { kind: 'field', name, min: 1, max: 6, padded: false };
      const m = /^(\d{1,2})(?:-(\d{1,2}))?$/.exec(arg);
      const min = Number(m?.[1]);
      const max = m?.[2] === undefined ? min : Number(m[2]);
      if (!m || min < 1 || max > 10 || min > max) return `{${body}}: antalet siffror skrivs {serial:5} eller {serial:3-6} (1–10 siffror)`;
      return { kind: 'field', name, min, max, padded: true };
    }
    case 'sub':
    case 'class':
      if (arg !== undefined) return `{${body}} tar inget värde efter kolon`;
      return { kind: 'field', name };
    default:
      return `{${body}} är inget fält; fälten är ${FIELD_HELP}`;
  }
}

function fieldsOf(parts: readonly TemplatePart[]): FieldPart[] {
  return parts.flatMap((p) => (p.kind === 'field' ? [p] : p.kind === 'optional' ? fieldsOf(p.parts) : []));
}

/** Reads a template; an error says in Swedish what is wrong and what is allowed. */
export function parseTemplate(template: string): ParsedTemplate {
  const top: TemplatePart[] = [];
  let parts = top;
  let literal = '';
  const flush = () => {
    if (literal) parts.push({ kind: 'literal', text: literal });
    literal = '';
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i]!;
    if (c === '{') {
      const end = template.indexOf('}', i);
      if (end < 0) return { ok: false, error: `”{” på plats ${i + 1} stängs aldrig med ”}”` };
      const field = parseField(template.slice(i + 1, end));
      if (typeof field === 'string') return { ok: false, error: field };
      flush();
      parts.push(field);
      i = end;
    } else if (c === '[') {
      if (parts !== top) return { ok: false, error: 'valfria delar ”[ … ]” kan inte ligga i varandra' };
      flush();
      const optional: TemplatePart = { kind: 'optional', parts: [] };
      top.push(optional);
      parts = optional.parts;
    } else if (c === ']') {
      if (parts === top) return { ok: false, error: `”]” på plats ${i + 1} saknar sitt ”[”` };
      flush();
      if (!parts.length) return { ok: false, error: 'en valfri del ”[]” är tom' };
      parts = top;
    } else if (LITERAL.test(c)) {
      literal += c === ' ' && literal.endsWith(' ') ? '' : c;
    } else {
      return { ok: false, error: `tecknet ”${c}” kan inte stå i ett format; skiljetecken är - / . : och mellanslag` };
    }
  }
  if (parts !== top) return { ok: false, error: '”[” stängs aldrig med ”]”' };
  flush();
  const fields = fieldsOf(top);
  for (const name of ['serial', 'year'] as const) {
    const n = fields.filter((f) => f.name === name).length;
    if (n !== 1) return { ok: false, error: `ett format har {${name}} exakt en gång (här ${n} gånger)` };
  }
  for (const name of ['prefix', 'sub', 'class'] as const) {
    if (fields.filter((f) => f.name === name).length > 1) return { ok: false, error: `{${name}} får stå högst en gång` };
  }
  const optionalCore = top.find((p) => p.kind === 'optional' && fieldsOf(p.parts).some((f) => f.name === 'serial' || f.name === 'year'));
  if (optionalCore) return { ok: false, error: '{serial} och {year} kan inte vara valfria' };
  return { ok: true, parts: top };
}
