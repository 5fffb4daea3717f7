import path from 'node:path';
import { describe } from 'vitest';
import { projectRoot } from '../support/shared.ts';
import { testAgainstTruth } from '../support/truth.ts';

// Invented protocols, one per layout of the real ones in ../shared/corpus (see the folder's README).
describe('invented protocol layouts read as their TRUTH.tsv says', () => {
  testAgainstTruth(path.join(projectRoot, 'test/fixtures/layouts'));
});
