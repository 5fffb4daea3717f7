import { describe, expect, it } from 'vitest';
import { parseAgenda, agendaSkeleton } from '../../core/addin/agenda.ts';
import { applyPlan, memoryDocumentOf, memoryParagraph, memoryParagraphAt, snapshotOf, type MemoryDocument } from '../../word-addin/src/gateway/memory-document.ts';
import { planInsertEntries, planInsertEntry, planInsertReference, planRenumber, planReplaceEntry } from '../../core/addin/renumber.ts';
import { readStructure } from '../../core/addin/document-structure.ts';
import { snapshotToProtocol } from '../../core/addin/snapshot-to-protocol.ts';
import { protocolDocx } from '../../core/ooxml/docx.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { checkProtocol } from '../../core/check/index.ts';
import { EntryInput, fillTemplate, findPlaceholders, type EntryInputRaw } from '../../core/templates/index.ts';
import type { EditPlan } from '../../core/addin/edit-plan.ts';
import { libreOfficeText } from '../ooxml/support/libreoffice.ts';
import { ok } from './support.ts';

/**
 * The "as a new user would", at the pure level (the UI engineer does the same through the
 * task pane in Chromium): a 30-item protocol from an agenda, three items with yrkanden, a vote and
 * a reservation, an item inserted in the middle, the check, the export that LibreOffice opens.
 * The meeting, people and cases are invented.
 */
const BODY = 'Regionstyrelsen';
const MEMBERS = ['Karin Sjöberg (S)', 'Jonas Ek (M)', 'Sofia Nyberg (S)', 'Anders Nilsson (V)', 'Lisa Rönn (C)', 'Petra Lindh (M)', 'Göran Wikström (S)'];

const TOPICS = [
  'Fastställande av föredragningslista',
  'Val av justerare samt tid för justering',
  'Delårsrapport januari–april 2025',
  'Investeringsplan för fastigheter 2026–2030',
  'Ny vårdcentral i Norrbyn',
  'Taxor för sjukresor 2026',
  'Revidering av delegationsordning',
  'Arvoden för förtroendevalda',
  'Upphandling av patienttransporter',
  'Regional kulturplan 2026–2029',
  'Medfinansiering av cykelled längs kusten',
  'Svar på motion om fria mensskydd',
  'Svar på motion om nattöppen akutmottagning',
  'Riktlinjer för representation',
  'Bredbandsstrategi för länet',
  'Internkontrollplan 2026',
  'Avtal om samverkan kring ambulanshelikopter',
  'Lokalförsörjningsplan',
  'Program för folkhälsa',
  'Klimatstrategi, uppföljning',
  'Policy för informationssäkerhet',
  'Försäljning av fastigheten Hagen 3',
  'Bidrag till civilsamhällets organisationer 2026',
  'Avgifter i tandvården 2026',
  'Plan för krisberedskap',
  'Digitaliseringsstrategi',
  'Finansrapport per april 2025',
  'Anmälan av delegationsbeslut',
  'Information om arbetsmiljöarbetet',
  'Rapport från regiondirektören',
];

const agendaText = [
  'Föredragningslista',
  `${BODY} 2025-05-06`,
  '',
  ...TOPICS.flatMap((t, i) => (i < 2 ? [`${i + 1}. ${t}`] : [`${i + 1}. ${t}`, `   RS ${100 + i}-2025`])),
].join('\n');

const COVER = [
  memoryParagraph('Protokoll', 'Title'),
  memoryParagraph('Sammanträdesdatum', 'Heading3'),
  memoryParagraph(`${BODY} 2025-05-06`),
  memoryParagraph('Plats och tid', 'Heading3'),
  memoryParagraph('Regionens hus, sessionssalen, kl. 09.00-15.00'),
  memoryParagraph('Beslutande ledamöter', 'Heading3'),
  ...MEMBERS.map((m) => memoryParagraph(m)),
  memoryParagraph('Justerare', 'Heading3'),
  memoryParagraph('Petra Lindh (M) och Göran Wikström (S)'),
  memoryParagraph('Justeringens plats och tid', 'Heading3'),
  memoryParagraph('Digital justering, 2025-05-12'),
];

function apply(doc: MemoryDocument, plan: EditPlan): void {
  expect(applyPlan(doc, plan)).toEqual({ ok: true });
}

/** What the clerk fills in for each item: the standard phrasing for most, real debate in three. */
function inputFor(type: EntryInput['type'], number: number, title: string, caseNumbers: string[]): EntryInputRaw {
  const base = { type, number, title, caseNumbers, sammanfattning: `Förvaltningen har berett ärendet om ${title.toLowerCase()}.` };
  switch (type) {
    case 'val-av-justerare':
      return { type, number, title, justering: { justerare: [{ person: 'Petra Lindh', party: 'M' }, { person: 'Göran Wikström', party: 'S' }], date: '2025-05-12' } };
    case 'foredragningslista':
      return { type, number, title };
    case 'informationsarende':
      return { ...base };
    case 'delegationsbeslut':
      return { ...base, forslagTillBeslut: 'Redovisningen av delegationsbeslut läggs till handlingarna.', delegationsbeslut: ['Beslut om tillförordnad regiondirektör'] };
    default:
      return { ...base, forslagTillBeslut: `${title} godkänns.` };
  }
}

describe('a new clerk builds a 30-item protocol', () => {
  it('from agenda to a checked export that LibreOffice opens, with nothing blocking signing', async () => {
    const doc = memoryDocumentOf(COVER);

    // 1. Föredragningslista: the whole skeleton in one plan.
    const agenda = parseAgenda(agendaText);
    expect(agenda.items).toHaveLength(30);
    expect(agenda.unread).toEqual([]);
    const skeleton = agendaSkeleton(agenda.items, { firstNumber: 41, body: BODY });
    const built = ok(planInsertEntries(snapshotOf(doc), skeleton.map((paragraph, i) => ({ paragraph, entryId: `a${i + 1}`, position: { at: 'end' as const } }))));
    expect(built.plan.operations).toHaveLength(1);
    apply(doc, built.plan);
    let structure = readStructure(snapshotOf(doc));
    expect(structure.entries.map((e) => e.number)).toEqual(Array.from({ length: 30 }, (_, i) => 41 + i));

    // The skeleton marks what is still to write, and reading the document back finds every item.
    const skeletonProtocol = snapshotToProtocol(snapshotOf(doc));
    expect(skeletonProtocol.paragrafer.map((x) => x.title)).toEqual(TOPICS);
    // Every item but the föredragningslista, whose standard text is complete, has something left to write.
    const unfinished = skeletonProtocol.paragrafer.filter((x) => x.sections.some((s) => findPlaceholders(s.text).length > 0));
    expect(unfinished.map((x) => x.number)).toEqual(Array.from({ length: 29 }, (_, i) => 42 + i));

    // 2. Fill in every item; three of them with yrkanden, a vote and a reservation.
    for (const [i, item] of agenda.items.entries()) {
      const entry = readStructure(snapshotOf(doc)).entries[i]!;
      let raw = inputFor(item.type, entry.number!, item.title, item.caseNumbers);
      if (i === 4) {
        raw = {
          ...raw,
          type: 'yrkanden',
          yrkanden: [
            { person: 'Jonas Ek', party: 'M', kind: 'eget', proposal: 'att vårdcentralen placeras i Söderby i stället', supportedBy: [{ person: 'Petra Lindh', party: 'M' }] },
            { person: 'Karin Sjöberg', party: 'S', kind: 'bifall' },
          ],
          beslutsgang: { winner: 'liggande' },
          reservationer: [{ person: 'Jonas Ek', party: 'M', reason: 'till förmån för eget yrkande' }, { person: 'Petra Lindh', party: 'M', reason: 'till förmån för eget yrkande' }],
        };
      }
      if (i === 5) {
        raw = {
          ...raw,
          type: 'omrostning',
          yrkanden: [{ person: 'Anders Nilsson', party: 'V', kind: 'avslag' }],
          omrostning: {
            ja: 'liggande',
            nej: 0,
            members: MEMBERS.map((m, k) => ({ name: m.replace(/ \(.*\)$/, ''), party: /\((\w+)\)/.exec(m)![1], vote: k === 3 || k === 4 ? 'nej' : 'ja' })),
          },
          reservationer: [{ person: 'Anders Nilsson', party: 'V' }],
        };
      }
      if (i === 10) {
        raw = {
          ...raw,
          type: 'aterremiss',
          yrkanden: [{ person: 'Lisa Rönn', party: 'C', kind: 'aterremiss', proposal: 'för att utreda kostnaderna för kommunerna' }],
          beslutsgang: { firstQuestion: 'aterremitteras' },
        };
      }
      const input = EntryInput.parse(raw);
      const paragraph = fillTemplate(input, { body: BODY });
      apply(doc, ok(planReplaceEntry(snapshotOf(doc), { entryId: entry.entryId, paragraph })).plan);
    }

    // A reference through the add-in from § 43 to § 60 and § 61.
    const from = snapshotOf(doc).paragraphs.findIndex((p) => p.text.startsWith('Förvaltningen har berett ärendet om delårsrapport'));
    const p = memoryParagraphAt(doc, from)!;
    p.runs.push({ text: ' Se även ' });
    doc.selection = { paragraphIndex: from, offset: p.runs.reduce((n, r) => n + r.text.length, 0) };
    apply(doc, ok(planInsertReference(snapshotOf(doc), ['a20', 'a21'])).plan);

    // 3. An item is added in the middle: after § 55.
    structure = readStructure(snapshotOf(doc));
    const after = structure.entries.find((e) => e.number === 55)!;
    const extra = fillTemplate(
      EntryInput.parse(inputFor('beslutsarende', 0, 'Extra ärende: tillfälligt stöd till räddningstjänsten', ['RS 999-2025'])),
      { body: BODY },
    );
    const inserted = ok(planInsertEntry(snapshotOf(doc), { paragraph: extra, entryId: 'extra', position: { at: 'after', controlId: after.control.id } }));
    expect(inserted.number).toBe(56);
    expect(inserted.numbers).toHaveLength(15);
    apply(doc, inserted.plan);
    structure = readStructure(snapshotOf(doc));
    expect(structure.entries.map((e) => e.number)).toEqual(Array.from({ length: 31 }, (_, i) => 41 + i));
    expect(snapshotOf(doc).paragraphs.some((x) => x.text.endsWith('Se även §§ 61–62'))).toBe(true);
    expect(ok(planRenumber(snapshotOf(doc))).plan.operations).toEqual([]);

    // 4. Granska: nothing blocks signing.
    const protocol = snapshotToProtocol(snapshotOf(doc));
    expect(protocol.paragrafer.map((x) => x.number)).toEqual(Array.from({ length: 31 }, (_, i) => 41 + i));
    expect(protocol.body).toBe(BODY);
    expect(protocol.date).toBe('2025-05-06');
    expect(protocol.paragrafer.filter((x) => x.sections.some((s) => findPlaceholders(s.text).length > 0))).toEqual([]);
    const findings = checkProtocol(protocol);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);

    // 5. Export: LibreOffice opens the .docx and the parser reads the same protocol back.
    const text = await libreOfficeText(protocolDocx(protocol), 'regionstyrelsen-2025-05-06.docx');
    const again = parseProtocol(text);
    expect(again.paragrafer.map((x) => [x.number, x.title, x.caseNumbers])).toEqual(protocol.paragrafer.map((x) => [x.number, x.title, x.caseNumbers]));
    expect(again.paragrafer.find((x) => x.number === 46)!.sections.map((s) => s.kind)).toContain('omrostning');
    expect(checkProtocol(again).filter((f) => f.severity === 'error')).toEqual([]);
  });
});
