/**
 * Which rules a protocol is held to. Kommunallagen's protocol rules bind fullmäktige, styrelsen,
 * nämnder, their utskott and beredningar; a styrgrupp, arbetsgrupp, råd, presidium or samråd keeps
 * minutes in the same shape but is bound only by the structure rules (numbering, references,
 * table of contents, placeholders).
 */
export const PROFILE_IDS = ['kommunallagen', 'struktur'] as const;
export type ProfileId = (typeof PROFILE_IDS)[number];

/** The configuration's choice: a profile, or `auto` to decide from the body that met. */
export const PROFILE_SETTINGS = ['auto', ...PROFILE_IDS] as const;
export type ProfileSetting = (typeof PROFILE_SETTINGS)[number];

export interface MeetingProfile {
  id: ProfileId;
  /** Why, in Swedish, for the person reading the check. */
  reason: string;
}

interface BodyKind {
  /** One word of the body's name, in its base or definite form; `base` is the word without the ending. */
  word: RegExp;
  profile: ProfileId;
  /** How the reason names it: the law's term for a body under Kommunallagen, else the word itself with its article. */
  name: (base: string) => string;
}

const kl = (ending: string, term: string): BodyKind => ({
  word: new RegExp(`^(\\p{L}*${ending})(?:en|et|n)?$`, 'iu'),
  profile: 'kommunallagen',
  name: () => term,
});
const other = (ending: string, article: 'en' | 'ett', tail = ''): BodyKind => ({
  word: new RegExp(`^(\\p{L}*${ending})(?:en|et|um)?$`, 'iu'),
  profile: 'struktur',
  name: (base) => `${article} ${base.toLowerCase()}${tail}`,
});

// "samråd" and "pensionärsrådet" are both a råd; "presidiet" is named "ett presidium".
const KINDS: readonly BodyKind[] = [
  kl('fullmäktige', 'fullmäktige'),
  kl('styrelse', 'en nämnd'),
  kl('nämnd', 'en nämnd'),
  kl('utskott', 'ett utskott'),
  kl('beredning', 'en beredning'),
  kl('direktion', 'en förbundsdirektion'),
  other('grupp', 'en'),
  other('råd', 'ett'),
  other('presidi', 'ett', 'um'),
];

/** Words that end the head of a name: "Nämnden för vård och omsorg", "Presidiet i kommunfullmäktige". */
const PREPOSITION = /^(?:för|i|inom|vid|med|om|till|under|kring)$/iu;
/** A name given only as an abbreviation: "BUN", "KFN", "KS AU". */
const ABBREVIATION = /^\p{Lu}{2,6}(?:[ -]\p{Lu}{1,4})?$/u;

function kindOf(word: string): { kind: BodyKind; base: string } | null {
  for (const kind of KINDS) {
    const m = kind.word.exec(word);
    if (m) return { kind, base: m[1]! };
  }
  return null;
}

/**
 * The word that says what kind of body the name is: the last one of the head (before a
 * preposition), as in "Byggnadsnämndens arbetsutskott" or "Kommunala pensionärsrådet"; failing
 * that, the first one anywhere ("Styrgrupp Cosmic").
 */
function headKind(body: string): { kind: BodyKind; base: string } | null {
  const words = body.split(/[^\p{L}-]+/u).filter(Boolean);
  const end = words.findIndex((w) => PREPOSITION.test(w));
  const head = end < 0 ? words : words.slice(0, end);
  for (const w of [...head].reverse()) {
    const found = kindOf(w);
    if (found) return found;
  }
  for (const w of words) {
    const found = kindOf(w);
    if (found) return found;
  }
  return null;
}

/**
 * The profile a protocol is checked under, and why. Where the body cannot be told (not in the
 * text, an abbreviation, an unknown name) it is taken for a body under Kommunallagen: those rules
 * are the ones a clerk of such a body must not miss.
 */
export function meetingProfile(body: string | null, setting: ProfileSetting = 'auto'): MeetingProfile {
  if (setting !== 'auto') return { id: setting, reason: `profilen ${setting} är vald i konfigurationen` };
  const name = body?.replace(/\s+/g, ' ').trim();
  if (!name) return { id: 'kommunallagen', reason: 'organet framgår inte av texten: granskas som ett organ enligt kommunallagen' };
  const found = headKind(name);
  if (found && found.kind.profile === 'kommunallagen') {
    return { id: 'kommunallagen', reason: `${name} är ${found.kind.name(found.base)} enligt kommunallagen` };
  }
  if (found) {
    return { id: 'struktur', reason: `${name} är ${found.kind.name(found.base)}: inte ett organ enligt kommunallagen, bara strukturreglerna` };
  }
  if (ABBREVIATION.test(name)) return { id: 'kommunallagen', reason: `${name} är en förkortning: granskas som ett organ enligt kommunallagen` };
  return { id: 'kommunallagen', reason: `”${name}” går inte att känna igen som ett slags organ: granskas som ett organ enligt kommunallagen` };
}
