import path from 'node:path';
import { describe } from 'vitest';
import { sharedFile } from '../support/shared.ts';
import { testAgainstTruth } from '../support/truth.ts';

const truth = sharedFile('corpus/TRUTH.tsv');

describe.skipIf(!truth)('real protocols in ../shared/corpus read as their TRUTH.tsv says', () => {
  testAgainstTruth(path.dirname(truth ?? ''), [
    // A true defect of the published text: the cover says "Justering:  Digital justering, 2024-03-31"
    // for the meeting of 2025-03-24, a justering before the meeting.
    { file: '11-lomma-kfn.txt', rule: 'justering-deadline' },
  ]);
});
