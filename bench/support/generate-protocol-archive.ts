/**
 * An invented protocol archive for the index benchmark: protocols of a dozen bodies over the
 * years, 30 § entries each, shaped like real ones (cover, running headers and page numbers between
 * pages, Sammanfattning / Förslag till beslut / Beslut / Reservationer / Beslutsunderlag). Cases
 * recur: an arbetsutskott proposes, its board decides a few weeks later, so histories have several
 * entries. Deterministic: protocol `i` is always the same text.
 */

const BODIES = [
  ['Regionstyrelsens arbetsutskott', 'Regionstyrelsen', 'RS'],
  ['Hälso- och sjukvårdsnämndens arbetsutskott', 'Hälso- och sjukvårdsnämnden', 'HSN'],
  ['Regionala utvecklingsnämndens arbetsutskott', 'Regionala utvecklingsnämnden', 'RUN'],
  ['Personalnämndens arbetsutskott', 'Personalnämnden', 'PN'],
] as const;

const TOPICS = ['upphandling av tjänster', 'investering i lokaler', 'riktlinje för arbetsmiljö', 'bidrag till föreningar', 'uppföljning av budget', 'yttrande över remiss'];
const DECISIONS = [
  'Förslaget godkänns.',
  'Informationen noteras till protokollet.',
  'Ärendet återremitteras till förvaltningen för komplettering.',
  'Ansökan avslås.',
  'Ärendet bordläggs till nästa sammanträde.',
  'Redovisningen noteras och läggs till handlingarna.',
];

function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 0x100000000;
  };
}

export interface GeneratedProtocol {
  name: string;
  text: string;
}

/** Protocol `i` of the archive: even `i` is an arbetsutskott, the next odd `i` its board, which handles the same cases. */
export function generateProtocol(i: number, paragraphsPerProtocol = 30): GeneratedProtocol {
  const pair = Math.floor(i / 2);
  const [utskott, board, prefix] = BODIES[pair % BODIES.length]!;
  const isBoard = i % 2 === 1;
  const body = isBoard ? board : utskott;
  const round = Math.floor(pair / BODIES.length);
  const year = 2005 + Math.floor(round / 20);
  const day = new Date(Date.UTC(year, (round % 20) % 12, 3 + (round % 20) + (isBoard ? 6 : 0)));
  const date = day.toISOString().slice(0, 10);
  const first = 1 + (round % 20) * paragraphsPerProtocol;
  const rnd = random(i * 7919 + 17);

  const pages: string[] = [];
  let page: string[] = [
    'Protokoll',
    '',
    body,
    '',
    `Sammanträdesdatum: ${date}`,
    'Plats och tid: Regionens hus, kl. 09.00–12.00',
    '',
    'Beslutande ledamöter',
    'Anna Ek (S), ordförande',
    'Per Lund (M)',
    'Eva Björk (C)',
    '',
    'Justerare: Per Lund (M)',
    `Paragrafer: §§ ${first}–${first + paragraphsPerProtocol - 1}`,
  ];
  const header = [' Protokoll', '', 'Sammanträdesdatum', `${body} ${date}`, '', 'Utdragsbestyrkande', ''];
  const endPage = () => {
    page.push(`${pages.length + 1} (${Math.ceil(paragraphsPerProtocol / 3) + 1})`, '', 'Comfact Signature Referensnummer: 100200SE');
    pages.push(page.join('\n'));
    page = [...header];
  };
  endPage();

  for (let p = 0; p < paragraphsPerProtocol; p++) {
    const number = first + p;
    // The board handles the cases its arbetsutskott prepared: the same numbers, one round later in the year.
    const caseNo = `${prefix} ${100 + ((round % 20) * paragraphsPerProtocol + p)}-${year}`;
    const topic = TOPICS[Math.floor(rnd() * TOPICS.length)]!;
    const decision = isBoard ? DECISIONS[Math.floor(rnd() * DECISIONS.length)]! : DECISIONS[0]!;
    page.push(
      `§ ${number} Beslut om ${topic} ${p + 1}`,
      caseNo + (rnd() < 0.1 ? `\n${prefix} ${900 + p}-${year}` : ''),
      '',
      'Sammanfattning',
      '',
      `Förvaltningen har utrett frågan om ${topic} och redovisar ett förslag. Underlaget har tagits fram i `,
      'samverkan med berörda verksamheter och beskriver kostnader, konsekvenser och tidplan för genomförandet. ',
      'Förslaget bedöms rymmas inom beslutad budget för innevarande år.',
      '',
      'Förslag till beslut',
      '',
      isBoard ? decision : `Arbetsutskottet föreslår att ${board.toLowerCase()} beslutar`,
      '',
      'Beslut',
      '',
      ...(isBoard ? [decision] : [`Arbetsutskottet föreslår att ${board.toLowerCase()} beslutar`, '', 'Förslaget godkänns.']),
      '',
      ...(rnd() < 0.2 ? ['Reservationer', '', 'Per Lund (M) reserverar sig mot beslutet till förmån för eget förslag.', ''] : []),
      'Beslutsunderlag',
      '',
      ` Tjänsteskrivelse ${topic} ${date}`,
      '',
    );
    if (p % 3 === 2) endPage();
  }
  if (page.length > header.length) endPage();
  return { name: `${body.toLowerCase().replace(/[^a-zåäö]+/g, '-')}-${date}-${i}.txt`, text: pages.join('\n\f') };
}
