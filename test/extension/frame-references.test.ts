import { describe, expect, it } from 'vitest';
import type { PageReference } from '../../extension/lib/messages.ts';
import { mergeFrameReferences } from '../../extension/entrypoints/popup/frame-references.ts';

const ref = (caseNumber: string, count = 1, known = true): PageReference => ({ caseNumber, count, known });

describe('the popup list over a tab’s frames', () => {
  it('puts the top frame first, whatever order the frames reported in', () => {
    const frames = new Map([
      [7, [ref('RS 1008-2024')]],
      [0, [ref('RS 1001-2024'), ref('HSN 1002-2024')]],
      [3, [ref('RUN 2001-2025')]],
    ]);
    expect(mergeFrameReferences(frames).map((r) => `${r.caseNumber}@${r.frameId}`)).toEqual([
      'RS 1001-2024@0',
      'HSN 1002-2024@0',
      'RS 1008-2024@7',
      'RUN 2001-2025@3',
    ]);
  });

  it('makes one row of a case found in several frames, opened in the first', () => {
    const frames = new Map([
      [0, [ref('RS 1001-2024', 2, false)]],
      [5, [ref('RS 1001-2024', 3, true), ref('RS 1009-2024')]],
    ]);
    expect(mergeFrameReferences(frames)).toEqual([
      { caseNumber: 'RS 1001-2024', count: 5, known: true, frameId: 0 },
      { caseNumber: 'RS 1009-2024', count: 1, known: true, frameId: 5 },
    ]);
  });

  it('leaves the frames’ own reports as they were', () => {
    const top = [ref('RS 1001-2024')];
    mergeFrameReferences(new Map([[0, top], [2, [ref('RS 1001-2024')]]]));
    expect(top).toEqual([ref('RS 1001-2024')]);
  });

  it('is empty when no frame found anything', () => {
    expect(mergeFrameReferences(new Map([[0, []], [4, []]]))).toEqual([]);
  });
});
