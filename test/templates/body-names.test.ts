import { describe, expect, it } from 'vitest';
import { bodyName } from '../../core/templates/index.ts';

describe('bodyName', () => {
  it.each([
    ['Regionstyrelsens arbetsutskott', 'arbetsutskottet', 'regionstyrelsens arbetsutskott'],
    ['Regionstyrelsen', 'regionstyrelsen', 'regionstyrelsen'],
    ['Hälso- och sjukvårdsnämnden', 'nämnden', 'hälso- och sjukvårdsnämnden'],
    ['Regionala utvecklingsnämnden', 'nämnden', 'regionala utvecklingsnämnden'],
    ['Regionfullmäktige', 'regionfullmäktige', 'regionfullmäktige'],
    ['Styrgrupp', 'styrgruppen', 'styrgruppen'],
    ['Styrgruppen för digital vård', 'styrgruppen', 'styrgruppen för digital vård'],
    ['Beredningen för folkhälsa', 'beredningen', 'beredningen för folkhälsa'],
  ])('%s → %s / %s', (name, definite, reference) => {
    expect(bodyName(name)).toEqual({ name, definite, reference });
  });
});
