import { useEffect, useState } from 'preact/hooks';
import { TextField } from './fields.tsx';
import type { CaseLookup, LookupResult } from '../history/case-lookup.ts';
import { currentStatus, describeEntry } from '../../../core/history/status.ts';
import { resolveFormats } from '../../../core/casenumber/index.ts';
import { useCaseNumbers } from '../history/use-case-numbers.ts';

/** How long typing pauses before the feed is asked. */
const DEBOUNCE_MS = 300;

/**
 * The case-number field: as the clerk types, the first case number is looked up in the
 * decision-history feed and its history shown, with the title offered for the entry.
 */
export function CaseNumberField({
  value,
  onInput,
  error,
  lookup,
  onUseTitle,
}: {
  value: string;
  onInput: (value: string) => void;
  error?: string | undefined;
  lookup: CaseLookup;
  onUseTitle: (title: string) => void;
}) {
  const [result, setResult] = useState<LookupResult | null>(null);
  const example = resolveFormats(useCaseNumbers(lookup))[0]!.example;
  const first = value.split(/[,;\n]/)[0]?.trim() ?? '';

  useEffect(() => {
    setResult(null);
    if (!first) return;
    const abort = new AbortController();
    const timer = setTimeout(() => {
      lookup.lookup(first, abort.signal).then(
        (r) => {
          if (!abort.signal.aborted) setResult(r);
        },
        () => undefined,
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      abort.abort();
    };
  }, [first, lookup]);

  return (
    <div>
      <TextField
        id="np-case"
        label="Diarienummer"
        hint={`Till exempel ${example}. Flera skiljs med kommatecken.`}
        value={value}
        error={error}
        onInput={onInput}
      />
      <div aria-live="polite" id="np-case-lookup">
        {result?.kind === 'found' && (
          <div class="case-card">
            <p>
              <strong>{result.history.caseNumber}</strong>: {result.history.title}
            </p>
            <p>{currentStatus(result.history)}</p>
            {result.history.entries.length > 1 && (
              <ol aria-label="Tidigare behandling">
                {result.history.entries.slice(-3).map((e, i) => (
                  <li key={i}>
                    {describeEntry(e)}, § {e.paragraph}
                    {e.organisation ? ` (${e.organisation})` : ''}
                  </li>
                ))}
              </ol>
            )}
            <button type="button" class="btn" onClick={() => onUseTitle(result.history.title)}>
              Använd rubriken
            </button>
          </div>
        )}
        {result?.kind === 'notFound' && <p class="field-hint">{result.caseNumber} finns inte i beslutshistoriken: ett nytt ärende.</p>}
        {result?.kind === 'invalid' && <p class="field-hint">”{first}” är inget diarienummer i organisationens format, som {example}.</p>}
        {result?.kind === 'unavailable' && <p class="field-hint">{result.message}</p>}
      </div>
    </div>
  );
}
