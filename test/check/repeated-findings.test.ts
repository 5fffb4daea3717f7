import { describe, expect, it } from 'vitest';
import { checkProtocol } from '../../core/check/check.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { danglingReferences } from '../../core/rules/dangling-references.ts';
import { entry, protocolText } from '../rules/protocol-text.ts';

/** § 12–13, where § 12's Sammanfattning holds `text`. */
const withText = (text: string) => protocolText([entry(12, { sections: [['Sammanfattning', text], ['Beslut', 'Informationen noteras.']] }), entry(13)]);

describe('repeated findings', () => {
  it('reports the same finding once, with how many times it occurred', () => {
    const text = withText('Ärendet, se § 2.\n'.repeat(1000));
    const findings = checkProtocol(parseProtocol(text), { sourceText: text, rules: [danglingReferences] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'dangling-references', paragraph: 12, count: 1000 });
  });

  it('leaves out the count of a finding that occurred once', () => {
    const text = withText('Ärendet, se § 2.');
    const [finding] = checkProtocol(parseProtocol(text), { sourceText: text, rules: [danglingReferences] });
    expect(finding).toBeDefined();
    expect(finding).not.toHaveProperty('count');
  });
});
