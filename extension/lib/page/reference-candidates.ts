import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';

const cache = new WeakMap<CaseNumberConfig, RegExp>();

/**
 * Whether a text node's text may hold (the start of) a case number: it contains a configured
 * prefix (any two to five capitals when none are configured, as the finder then accepts). Every
 * case number begins with its prefix, and a prefix is one word that markup does not split, so the
 * text node holding it is where a run worth handing to the finder is built; the digits may sit
 * in the next node (`<b>RS</b>&nbsp;2215-2024`), which the run takes in. Prefixes are capitals and
 * digits only (the config's schema says so), so they need no escaping. Not global: `test` then
 * keeps no state between nodes.
 */
export function candidatePattern(config: CaseNumberConfig): RegExp {
  let pattern = cache.get(config);
  if (pattern) return pattern;
  pattern = new RegExp(config.prefixes.length ? config.prefixes.join('|') : '[A-ZÅÄÖ]{2,5}');
  cache.set(config, pattern);
  return pattern;
}
