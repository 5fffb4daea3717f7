import { describe, expect, it } from 'vitest';
import { unwrapLines } from '../../core/text/unwrap.ts';

describe('unwrapLines', () => {
  it('joins wrapped lines and keeps paragraphs and list items', () => {
    expect(
      unwrapLines('Arbetsutskottet föreslår att regionstyrelsen beslutar\n\natt säga upp avtalet\nutifrån paragraf 12.\natt ge regiondirektören\ni uppdrag.\n\n• En punkt\n• En till  med mellanrum'),
    ).toBe('Arbetsutskottet föreslår att regionstyrelsen beslutar\n\natt säga upp avtalet utifrån paragraf 12.\natt ge regiondirektören i uppdrag.\n\n• En punkt\n• En till med mellanrum');
  });
  it('leaves empty text empty', () => {
    expect(unwrapLines('\n \n')).toBe('');
  });
});
