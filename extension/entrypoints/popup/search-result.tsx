import { currentStatus, latestEntry } from '../../../core/history/status.ts';
import type { CaseHistory } from '../../../core/history/model.ts';
import { diariumUrl } from '../../lib/extension-settings.ts';
import { SafeLink } from '../../components/safe-link.tsx';

/** One case found by the popup's search: number, title and current status, with links only to http(s). */
export function SearchResult({ history, diariumTemplate }: { history: CaseHistory; diariumTemplate: string }) {
  const latest = latestEntry(history);
  const diarium = diariumUrl(diariumTemplate, history.caseNumber);
  return (
    <li>
      <div class="case-number">{history.caseNumber}</div>
      <div>{history.title}</div>
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
