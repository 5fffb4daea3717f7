import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_CASE_NUMBER_CONFIG, type CaseNumberConfig } from '../../../core/casenumber/index.ts';
import type { CaseLookup } from './case-lookup.ts';

/**
 * The organisation's case-number formats for a view (see `CaseLookup.caseNumberConfig`): the
 * default until the feed has answered, then the administrator's or the learned ones.
 */
export function useCaseNumbers(lookup: CaseLookup): CaseNumberConfig {
  const [config, setConfig] = useState<CaseNumberConfig>(DEFAULT_CASE_NUMBER_CONFIG);
  useEffect(() => {
    const abort = new AbortController();
    lookup.caseNumberConfig(abort.signal).then((c) => {
      if (!abort.signal.aborted) setConfig(c);
    }, () => undefined);
    return () => abort.abort();
  }, [lookup]);
  return config;
}
