import { describe, expect, it } from 'vitest';
import { meetingProfile } from '../../core/check/meeting-profile.ts';

describe('meetingProfile', () => {
  it.each([
    ['Kommunfullmäktige', 'Kommunfullmäktige är fullmäktige enligt kommunallagen'],
    ['Kommunstyrelsen', 'Kommunstyrelsen är en nämnd enligt kommunallagen'],
    ['Regionstyrelsens arbetsutskott', 'Regionstyrelsens arbetsutskott är ett utskott enligt kommunallagen'],
    ['Byggnadsnämndens arbetsutskott', 'Byggnadsnämndens arbetsutskott är ett utskott enligt kommunallagen'],
    ['Nämnden för Vård & Omsorg', 'Nämnden för Vård & Omsorg är en nämnd enligt kommunallagen'],
    ['Barn- och utbildningsnämnden', 'Barn- och utbildningsnämnden är en nämnd enligt kommunallagen'],
    ['Demokratiberedningen', 'Demokratiberedningen är en beredning enligt kommunallagen'],
    ['Förbundsdirektionen', 'Förbundsdirektionen är en förbundsdirektion enligt kommunallagen'],
  ])('%s: a body under Kommunallagen', (body, reason) => {
    expect(meetingProfile(body)).toEqual({ id: 'kommunallagen', reason });
  });

  it.each([
    ['Styrgruppen för e-arkiv', 'Styrgruppen för e-arkiv är en styrgrupp: inte ett organ enligt kommunallagen, bara strukturreglerna'],
    ['Styrgrupp Cosmic', 'Styrgrupp Cosmic är en styrgrupp: inte ett organ enligt kommunallagen, bara strukturreglerna'],
    ['Arbetsgruppen för lokalförsörjning', 'Arbetsgruppen för lokalförsörjning är en arbetsgrupp: inte ett organ enligt kommunallagen, bara strukturreglerna'],
    ['Kommunala pensionärsrådet (KPR)', 'Kommunala pensionärsrådet (KPR) är ett pensionärsråd: inte ett organ enligt kommunallagen, bara strukturreglerna'],
    ['Rådet för funktionshinderfrågor', 'Rådet för funktionshinderfrågor är ett råd: inte ett organ enligt kommunallagen, bara strukturreglerna'],
    ['Kommunstyrelsens presidium', 'Kommunstyrelsens presidium är ett presidium: inte ett organ enligt kommunallagen, bara strukturreglerna'],
    ['Presidiet i kommunfullmäktige', 'Presidiet i kommunfullmäktige är ett presidium: inte ett organ enligt kommunallagen, bara strukturreglerna'],
    ['Samråd med föreningslivet', 'Samråd med föreningslivet är ett samråd: inte ett organ enligt kommunallagen, bara strukturreglerna'],
  ])('%s: the structure rules only', (body, reason) => {
    expect(meetingProfile(body)).toEqual({ id: 'struktur', reason });
  });

  it('takes a body it cannot tell for one under Kommunallagen, and says why', () => {
    expect(meetingProfile('BUN')).toEqual({ id: 'kommunallagen', reason: 'BUN är en förkortning: granskas som ett organ enligt kommunallagen' });
    expect(meetingProfile('KS AU').id).toBe('kommunallagen');
    expect(meetingProfile(null)).toEqual({ id: 'kommunallagen', reason: 'organet framgår inte av texten: granskas som ett organ enligt kommunallagen' });
    expect(meetingProfile('  ')).toEqual(meetingProfile(null));
    expect(meetingProfile('Region Norrfjäll')).toEqual({
      id: 'kommunallagen',
      reason: '”Region Norrfjäll” går inte att känna igen som ett slags organ: granskas som ett organ enligt kommunallagen',
    });
  });

  it('follows the configuration when it names a profile', () => {
    expect(meetingProfile('Kommunstyrelsen', 'struktur')).toEqual({ id: 'struktur', reason: 'profilen struktur är vald i konfigurationen' });
    expect(meetingProfile('Styrgruppen för e-arkiv', 'kommunallagen').id).toBe('kommunallagen');
  });
});
