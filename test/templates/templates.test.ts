import { describe, expect, it } from 'vitest';
import { TEMPLATES, TEMPLATE_IDS, getTemplate, SECTION_HEADINGS } from '../../core/templates/index.ts';
import { SECTION_KINDS } from '../../core/model/protocol.ts';

describe('template catalogue', () => {
  it('lists every template id once, in the menu order', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual([...TEMPLATE_IDS]);
  });

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s has Swedish label, a Beslut and sections in protocol order', (id, t) => {
    expect(getTemplate(id)).toBe(t);
    expect(t.label).toMatch(/^\p{Lu}/u);
    expect(t.sections.some((s) => s.kind === 'beslut' && s.presence === 'always')).toBe(true);
    const order = t.sections.map((s) => SECTION_KINDS.indexOf(s.kind));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const s of t.sections) if (s.kind !== 'other') expect(s.heading).toBe(SECTION_HEADINGS[s.kind]);
  });

  it('items without a decision need no case number and no Beslut, matters need both', () => {
    const needs = Object.fromEntries(TEMPLATES.map((t) => [t.id, [t.needsCaseNumber, t.needsBeslut]]));
    expect(needs).toEqual({
      foredragningslista: [false, false],
      'val-av-justerare': [false, false],
      informationsarende: [false, false],
      beslutsarende: [true, true],
      beredningsarende: [true, true],
      yrkanden: [true, true],
      omrostning: [true, true],
      aterremiss: [true, true],
      delegationsbeslut: [false, false],
    });
  });
});
