import type { Protocol } from '../../core/model/protocol.ts';

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** What an extract must carry of each §: number, title, case numbers, sections (kind, heading, text). */
export const shape = (p: Protocol, numbers?: readonly number[]) =>
  p.paragrafer
    .filter((x) => !numbers || numbers.includes(x.number))
    .map((x) => ({
      number: x.number,
      title: squash(x.title),
      caseNumbers: x.caseNumbers,
      sections: x.sections.map((s) => ({ kind: s.kind, heading: squash(s.heading), text: squash(s.text) })),
    }));
