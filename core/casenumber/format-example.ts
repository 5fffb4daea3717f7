import type { TemplatePart } from './template.ts';

/** A made-up case number in a template's shape, for messages ("skriv det som till exempel …"). */
export function formatExample(parts: readonly TemplatePart[], prefixes: readonly string[]): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'literal') out += part.text;
    else if (part.kind === 'optional') out += part.parts.some((p) => p.kind === 'field') ? '' : formatExample(part.parts, prefixes);
    else if (part.name === 'prefix') out += part.prefixes?.[0] ?? prefixes[0] ?? 'KS';
    else if (part.name === 'year') out += part.digits === 4 ? '2024' : '24';
    else if (part.name === 'serial') out += part.padded ? '123'.padStart(part.min, '0').slice(-part.max) : '123';
    else out += part.name === 'sub' ? '1' : '041';
  }
  return out;
}
