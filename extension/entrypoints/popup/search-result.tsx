import { currentStatus, latestEntry } from '../../../core/history/status.ts';
import type { MergedCaseHistory } from '../../../core/history/merge-feeds.ts';
import { diariumUrl } from '../../lib/extension-settings.ts';
import { SafeLink } from '../../components/safe-link.tsx';

/**
 * One case found by the popup's search: number, title, the organisations whose feeds have it, and
 * current status, with links only to http(s).
 */
export function SearchResult({ history, diariumTemplate }: { history: MergedCaseHistory; diariumTemplate: string }) {
  const latest = latestEntry(history);
  const diarium = diariumUrl(diariumTemplate, history.caseNumber);
  const organisations = [...new Set(history.entries.flatMap((e) => e.organisation ?? []))];
  return (
    <li>
      <div class="case-number">{history.caseNumber}</div>
      <div>{history.title}</div>
      {organisations.length > 0 && <div class="organisations">{organisations.join(', ')}</div>}
      <div>{currentStatus(history)}</div>
      <div>
        <SafeLink url={latest.source.url} label={`Protokollet ${latest.date}, § ${latest.paragraph}`} />
        {diarium && (
          <>
            {' · '}
            <SafeLink url={diarium} label="Öppna i diariet" />
          </>
        )}
      </div>
    </li>
  );
}
