import { describe, expect, it } from 'vitest';
import { parseProtocol } from '../../core/parse/parse.ts';
import { runRules } from '../../core/check/check.ts';
import { placeholdersLeft } from '../../core/rules/placeholders-left.ts';
import { testRule } from './rule-tester.ts';
import { entry, protocolText, valAvJusterare } from './protocol-text.ts';
import { testRuleOnRealProtocols } from './real-protocols.ts';

const withBeslut = (beslut: string) => protocolText([valAvJusterare(11), entry(12, { sections: [['Beslut', beslut]] })]);

testRule(placeholdersLeft, {
  valid: [
    { name: 'every text written', text: withBeslut('Underlaget godkänns. Taxan höjs med XXL-tillägg för stora fordon enligt bilaga [1].') },
    {
      name: 'personal data masked in the published protocol (XXXX XXXX, XXXXXX-XXXX)',
      text: withBeslut('XXXX XXXX, född XXXXXX-XXXX, beviljas bistånd. Personuppgifter har tagits bort i webbversionen.'),
    },
  ],
  invalid: [
    {
      name: 'a placeholder in a pensionärsråd’s minutes: placeholders are a structure rule',
      text: protocolText([entry(12, { caseNumber: null, sections: [['Beslut', '[Skriv beslutet här]']] })], { body: 'Kommunala pensionärsrådet' }),
      findings: [{ paragraph: 12, messageId: 'placeholder-left', data: { placeholder: '[Skriv beslutet här]', where: 'i § 12' } }],
    },
    {
      name: 'a template placeholder in the Beslut',
      text: withBeslut('Underlaget godkänns.\n[Skriv beslutet här]'),
      findings: [
        {
          paragraph: 12,
          line: 20,
          messageId: 'placeholder-left', data: { placeholder: '[Skriv beslutet här]', where: 'i § 12' },
        },
      ],
    },
    {
      name: "Word's empty content control wrapped over two lines, and XX for a number",
      text: withBeslut('Klicka eller tryck här för att\nange text.\n\nBeslutet gäller från den XX april 2025.'),
      findings: [
        { paragraph: 12, line: 19, messageId: 'placeholder-left', data: { placeholder: 'Klicka eller tryck här för att ange text.', where: 'i § 12' } },
        { paragraph: 12, line: 22, messageId: 'placeholder-left', data: { placeholder: 'XX', where: 'i § 12' } },
      ],
    },
    {
      name: 'a placeholder on the cover',
      text: protocolText([valAvJusterare(11)], { cover: 'Justerare\n[Ange justerare]' }),
      findings: [{ paragraph: null, line: 7, messageId: 'placeholder-left', data: { placeholder: '[Ange justerare]', where: 'på försättsbladet' } }],
    },
  ],
});

describe('rule placeholders-left without source lines (a Word snapshot)', () => {
  it('reports the section heading line', () => {
    const text = withBeslut('Underlaget godkänns.\n[Skriv beslutet här]');
    const found = runRules(parseProtocol(text), { rules: [placeholdersLeft] });
    expect(found).toEqual([
      expect.objectContaining({ paragraph: 12, line: 17, messageId: 'placeholder-left', data: { placeholder: '[Skriv beslutet här]', where: 'under Beslut i § 12' } }),
    ]);
  });
});

testRuleOnRealProtocols(placeholdersLeft, [
  {
    name: 'the justerare in § 219 left as the template wrote it',
    edits: [['Nicklas Sandström (M) utses att justera', '[Skriv namn och parti] utses att justera']],
    findings: [{ paragraph: 219, messageId: 'placeholder-left', data: { placeholder: '[Skriv namn och parti]', where: 'i § 219' } }],
  },
]);
