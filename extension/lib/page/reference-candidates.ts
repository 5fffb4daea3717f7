import type { CaseNumberConfig } from '../../../core/casenumber/index.ts';

const cache = new WeakMap<CaseNumberConfig, RegExp>();

/**
 * Where a case number may start in a subtree's text: every occurrence of a configured prefix
 * (any two to five capitals when none are configured, as the finder then accepts). Every case
 * number begins with its prefix, so this never misses one whatever the format; it only picks the
 * few places worth handing to the finder, in one pass of the regex engine over the whole text
 * instead of script work per text node. Prefixes are capitals and digits only (the config's
 * schema says so), so they need no escaping, and their order does not matter for a start position.
 */
export function candidatePattern(config: CaseNumberConfig): RegExp {
  let pattern = cache.get(config);
  if (pattern) return pattern;
  pattern = new RegExp(config.prefixes.length ? config.prefixes.join('|') : '[A-ZÅÄÖ]{2,5}', 'g');
  cache.set(config, pattern);
  return pattern;
}
