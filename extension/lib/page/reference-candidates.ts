import { ANY_PREFIX, resolveFormats, type CaseNumberConfig } from '../../../core/casenumber/index.ts';

const cache = new WeakMap<CaseNumberConfig, RegExp>();

/**
 * Whether a text node's text may hold (the start of) a case number. Where every format begins with
 * its prefix, that is a node containing a prefix's first word (any two to five capitals when a
 * format takes any): a prefix is one word that markup does not split, so the text node holding it
 * is where a run worth handing to the finder is built; the digits may sit in the next node
 * (`<b>RS</b>&nbsp;2215-2024`), which the run takes in. Where a format begins with its year or
 * serial (`2011/KS 0206`, `941-2011`), it is any node with a digit, since every case number has
 * one. Prefixes are letters and digits only (the config's schema says so), so they need no
 * escaping. Not global: `test` then keeps no state between nodes.
 */
export function candidatePattern(config: CaseNumberConfig): RegExp {
  let pattern = cache.get(config);
  if (pattern) return pattern;
  const words = new Set<string>();
  let anyDigit = false;
  for (const format of resolveFormats(config)) {
    const first = format.parts[0]!;
    if (first.kind !== 'field' || first.name !== 'prefix') anyDigit = true;
    else for (const prefix of first.prefixes ?? (config.prefixes.length ? config.prefixes : [ANY_PREFIX])) words.add(prefix.split(' ')[0]!);
  }
  pattern = new RegExp(anyDigit ? '\\d' : [...words].join('|'));
  cache.set(config, pattern);
  return pattern;
}
