import type { Paragraf, Protocol } from '../../core/model/protocol.ts';

/** Hand-built protocols for the history tests: only what the builder reads is filled in. */
export function paragraph(number: number, title: string, caseNumbers: string[], beslut: string | null, extra: Partial<Paragraf> = {}): Paragraf {
  const sections: Paragraf['sections'] = [{ kind: 'sammanfattning', heading: 'Sammanfattning', text: 'Bakgrund.', line: 3 }];
  if (beslut !== null) sections.push({ kind: 'beslut', heading: 'Beslut', text: beslut, line: 7 });
  return { number, title, caseNumbers, sections, line: 1, ...extra };
}

export function protocol(body: string | null, date: string | null, paragraphs: Paragraf[]): Protocol {
  return { body, date, place: null, attendance: null, justerare: [], justeringDate: null, toc: null, paragrafer: paragraphs };
}
