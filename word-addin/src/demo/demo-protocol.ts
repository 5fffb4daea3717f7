import type { Paragraf, SectionKind } from '../../../core/model/protocol.ts';
import { entryOoxml } from '../../../core/ooxml/entry.ts';
import { blocksFromOoxml, memoryDocumentOf, memoryParagraph, type MemoryDocument } from '../gateway/memory-document.ts';

/**
 * The demo's protocol after the meeting (`demo.html?dokument=protokoll`): a cover with the
 * attendance list one person a line, a justering and the anslag's place, and four entries written
 * as the add-in writes them: a § justerad omedelbart, a § where a member is jävig and an ersättare
 * serves in her place, and recipients under "Beslutet skickas till". The people are invented.
 * The justering on 26 March 2025 puts the last day to appeal on långfredagen, which the law moves.
 */
const COVER = [
  ['Protokoll', 'Title'],
  ['Kulturnämndens arbetsutskott'],
  ['Sammanträdesdatum 2025-03-12'],
  ['Plats och tid: Kulturhuset, sal Lärkan, kl. 09.00–11.30'],
  [''],
  ['Beslutande ledamöter:'],
  ['Maria Holm (S), ordförande'],
  ['Per Ek (M), vice ordförande'],
  ['Lina Sjö (V)'],
  ['Omar Berg (C)'],
  ['Siv Lund (KD)'],
  [''],
  ['Tjänstgörande ersättare:'],
  ['Nils Ström (KD) ersätter Siv Lund (KD), § 14'],
  [''],
  ['Justerare: Lina Sjö (V)'],
  ['Justeringens plats och tid: Kulturförvaltningen 2025-03-26'],
  ['Förvaringsplats för protokollet: Kulturförvaltningen, Storgatan 4'],
] as const;

const section = (kind: SectionKind, heading: string, text: string) => ({ kind, heading, text, line: 1 });

const ENTRIES: Paragraf[] = [
  {
    number: 12,
    title: 'Val av justerare',
    caseNumbers: [],
    line: 1,
    sections: [section('beslut', 'Beslut', 'Lina Sjö (V) utses att justera protokollet tillsammans med ordföranden den 26 mars 2025.')],
  },
  {
    number: 13,
    title: 'Bidrag till studieförbunden 2025',
    caseNumbers: ['KN 2025/14'],
    line: 1,
    sections: [
      section('sammanfattning', 'Sammanfattning', 'Studieförbunden har ansökt om bidrag för 2025. Bidraget ska betalas ut i april.'),
      section('beslut', 'Beslut', 'Arbetsutskottet beviljar bidrag enligt förvaltningens förslag.\nParagrafen justeras omedelbart.'),
      section('other', 'Beslutet skickas till', 'Studieförbunden i kommunen\nEkonomienheten'),
    ],
  },
  {
    number: 14,
    title: 'Hyresavtal för Kulturhusets kafé',
    caseNumbers: ['KN 2025/21'],
    line: 1,
    sections: [
      section('jav', 'Jäv', 'Siv Lund (KD) deltar inte i handläggningen på grund av jäv.'),
      section('beslut', 'Beslut', 'Arbetsutskottet godkänner hyresavtalet med Café Lärkan AB.'),
      section('other', 'Beslutet skickas till', 'Fastighetsenheten\nEkonomienheten'),
    ],
  },
  {
    number: 15,
    title: 'Konstinköp 2025',
    caseNumbers: ['KN 2025/30'],
    line: 1,
    sections: [
      section('beslut', 'Beslut', 'Arbetsutskottet godkänner inköpsplanen för offentlig konst 2025.'),
      section('other', 'Beslutet skickas till', 'Konstkonsulenten'),
    ],
  },
];

export function demoProtocolDocument(): MemoryDocument {
  const doc = memoryDocumentOf(COVER.map(([text, style]) => memoryParagraph(text, style)));
  ENTRIES.forEach((p, i) => doc.blocks.push(...blocksFromOoxml(doc, `<w:body>${entryOoxml(p, `demo-${i + 1}`)}</w:body>`)));
  return doc;
}
