import type { z } from 'zod';

const TYPES: Record<string, string> = {
  string: 'text',
  number: 'ett tal',
  int: 'ett heltal',
  boolean: 'true eller false',
  array: 'en lista',
  object: 'ett objekt',
};

const quoted = (values: readonly unknown[]) => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * Zod's messages in Swedish, for a parse whose schema gives no message of its own:
 * `schema.safeParse(value, { error: swedishErrors })`. A schema's own message always wins.
 */
export const swedishErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'saknas' : `ska vara ${TYPES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return issue.values.length === 1 ? `ska vara ${quoted(issue.values)}` : `tillåtna värden är ${quoted(issue.values)}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `ange minst ${issue.minimum}`
        : issue.origin === 'string'
          ? `minst ${issue.minimum} tecken`
          : `minst ${issue.minimum}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `högst ${issue.maximum} värden`
        : issue.origin === 'string'
          ? `högst ${issue.maximum} tecken`
          : `högst ${issue.maximum}`;
    case 'unrecognized_keys':
      return `${issue.keys.length > 1 ? 'okända fält' : 'okänt fält'}: ${issue.keys.join(', ')}`;
    case 'invalid_union':
      return 'har inte någon av de tillåtna formerna';
    case 'invalid_format':
      return 'har fel form';
    default:
      return 'ogiltigt värde';
  }
};

/** A field's path as a person reads it in JSON: `caseNumbers.formats[1]`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`)).join('');
}

/**
 * The issues of a failed parse in Swedish, each naming its field: `caseNumbers.formats[1]: …; …`.
 * `under` is the path of the value parsed, when it is one field of something larger.
 */
export function describeIssues(error: z.ZodError, limit = 3, under: readonly PropertyKey[] = []): string {
  const described = error.issues.slice(0, limit).map((i) => {
    const path = [...under, ...i.path];
    return path.length ? `${fieldPath(path)}: ${i.message}` : i.message;
  });
  const more = error.issues.length > limit ? ` (och ${error.issues.length - limit} fel till)` : '';
  return `${described.join('; ')}${more}`;
}
