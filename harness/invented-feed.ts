import type { CaseHistory, HistoryEntry, Outcome } from '../core/history/model.ts';
import { writeFeed, type FeedFile, type WriteFeedOptions } from '../core/history/write-feed.ts';

/**
 * Invented case histories (bodies, titles and decisions made up for the tests) and the feed files
 * core writes for them. Deterministic: the same arguments give the same cases.
 */

const BODIES = ['Regionstyrelsens arbetsutskott', 'Regionstyrelsen', 'Hälso- och sjukvårdsnämnden', 'Regionfullmäktige'];
const SUBJECTS = [
  'Upphandling av ambulanstjänster',
  'Investering i ny vårdbyggnad',
  'Uppföljning av budget',
  'Plan för kompetensförsörjning',
  'Ändring av reglemente',
  'Medborgarförslag om cykelparkering',
  'Motion om länstrafikens taxor',
  'Riktlinjer för informationssäkerhet',
];
const PLACES = ['Skellefteå', 'Lycksele', 'Umeå', 'Vilhelmina', 'Storuman', 'Dorotea'];
const OUTCOME_CYCLE: Outcome[] = ['proposed', 'decided', 'referredBack', 'informationNoted', 'tabled', 'rejected'];

export interface InventedOptions {
  /** Entries per case cycle through 1..maxEntries. */
  maxEntries?: number;
  prefix?: string;
  firstNumber?: number;
}

export function inventedCase(n: number, entries: number, prefix = 'RS'): CaseHistory {
  const title = `${SUBJECTS[n % SUBJECTS.length]} i ${PLACES[n % PLACES.length]} (${n})`;
  const year = 2015 + (n % 10);
  const list: HistoryEntry[] = [];
  for (let e = 0; e < entries; e++) {
    const outcome = e === entries - 1 ? OUTCOME_CYCLE[n % OUTCOME_CYCLE.length]! : 'proposed';
    const month = String(1 + ((n + e) % 12)).padStart(2, '0');
    list.push({
      body: BODIES[e % BODIES.length]!,
      date: `${year + Math.floor(e / 2)}-${month}-${String(1 + (e * 7) % 28).padStart(2, '0')}`,
      paragraph: 1 + ((n * 7 + e * 13) % 300),
      title,
      decision:
        outcome === 'proposed'
          ? `Arbetsutskottet föreslår att ${BODIES[(e + 1) % BODIES.length]!.toLowerCase()} beslutar att godkänna förslaget om ${title.toLowerCase()} och ge regiondirektören i uppdrag att verkställa beslutet.`
          : `Regionstyrelsen beslutar att godkänna ${title.toLowerCase()} enligt förvaltningens förslag, med de ändringar som framgår av beslutsunderlaget.`,
      outcome,
      proposedTo: outcome === 'proposed' ? BODIES[(e + 1) % BODIES.length]! : null,
      reservations: n % 5 === 0 ? ['Ledamot Exempelsson (X) reserverar sig till förmån för eget förslag.'] : [],
      source: { file: `protokoll-${year}-${month}.pdf`, url: `https://intranat.example.se/protokoll/${year}-${month}.pdf#page=${1 + (n % 40)}`, page: 1 + (n % 40) },
    });
  }
  return { caseNumber: `${prefix} ${n}-${year}`, title, entries: list };
}

/** `count` cases numbered from `firstNumber`, entries cycling 1..maxEntries (average (max+1)/2). */
export function inventedCases(count: number, options: InventedOptions = {}): CaseHistory[] {
  const { maxEntries = 4, prefix = 'RS', firstNumber = 1 } = options;
  return Array.from({ length: count }, (_, i) => inventedCase(firstNumber + i, 1 + (i % maxEntries), prefix));
}

/**
 * The feed files of `cases`, by path relative to the feed folder (`manifest.json`, `shards/007-3f2a9c0b1d4e.json`),
 * with the organisation and the learned formats of `manifest` in the manifest.
 */
export function feedFiles(
  cases: readonly CaseHistory[],
  shardCount = 16,
  generatedAt = '2026-01-15T02:00:00.000Z',
  manifest: Pick<WriteFeedOptions, 'organisation' | 'caseNumberFormats'> = {},
): Map<string, string> {
  const entries = cases.reduce((n, c) => n + c.entries.length, 0);
  const feed = writeFeed(cases, { protocols: 0, paragraphs: entries, cases: cases.length, entries }, { generatedAt, shardCount, ...manifest });
  return new Map<string, string>([[feed.manifest.path, feed.manifest.content], ...feed.shards.map((f: FeedFile) => [f.path, f.content] as [string, string])]);
}
