export interface PublishCheck {
  /** Protocols read into the history this run. */
  protocolsRead: number;
  /** Protocol files found under the paths given. */
  filesFound: number;
  /** The feed already published: its case count and the case keys of its readable shards. Null when there is none. */
  published: { cases: number; keys: readonly string[] } | null;
  /** The case keys this run would publish. */
  current: ReadonlySet<string>;
  /** The share of the published cases a run may drop, in percent. */
  maxShrinkPercent: number;
}

/** How many published cases the new feed would no longer hold: counted by key, and at least the drop in the count. */
function droppedCases({ published, current }: Pick<PublishCheck, 'published' | 'current'>): number {
  if (!published) return 0;
  return Math.max(published.cases - current.size, published.keys.filter((k) => !current.has(k)).length);
}

/**
 * Why this run must not replace the published feed, in Swedish, or null when it may: a run that
 * read no protocol (an empty folder, a share not mounted, every file unreadable) or one that would
 * drop more than the allowed share of the published cases would make every client delete the
 * history it holds. `--allow-shrink` is the way past this for a deliberate change.
 */
export function publishRefusal(check: PublishCheck): string | null {
  if (check.protocolsRead === 0) {
    if (!check.filesFound) return 'inga protokollfiler hittades';
    return check.filesFound === 1 ? 'den enda protokollfilen kunde inte läsas' : `ingen av de ${check.filesFound} protokollfilerna kunde läsas`;
  }
  const dropped = droppedCases(check);
  const cases = check.published?.cases ?? 0;
  if (dropped === 0 || dropped * 100 <= cases * check.maxShrinkPercent) return null;
  const percent = Math.round((dropped * 100) / cases);
  return `körningen skulle ta bort ${dropped} av ${cases} publicerade ärenden (${percent} %, gränsen är ${check.maxShrinkPercent} %)`;
}
