import { describe, expect, it } from 'vitest';
import { terminalJson, terminalText } from '../../cli/terminal-text.ts';

const title = '\x1b]0;pwned\x07\x1b[2J\x1b]52;c;ZWNobyBoaQ==\x07';

describe('terminalText', () => {
  it('writes out escape sequences, C1 controls and bidi overrides so the terminal sees plain characters', () => {
    const shown = terminalText(`rapport${title}\u009b31m\u202egnp.exe`);
    expect(shown).toBe('rapport\\x1b]0;pwned\\x07\\x1b[2J\\x1b]52;c;ZWNobyBoaQ==\\x07\\x9b31m\\u202egnp.exe');
    expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e]/);
  });

  it('keeps line breaks and tabs only in multi-line text; a one-line label cannot fake a line of its own', () => {
    expect(terminalText('Beslut\n\tText\r\x1b[1A', { multiline: true })).toBe('Beslut\n\tText\\x0d\\x1b[1A');
    expect(terminalText('fil.txt\n  annan.txt: ok')).toBe('fil.txt\\x0a  annan.txt: ok');
  });

  it('leaves Swedish text as it is', () => {
    const text = 'Ärendet § 12 – Åsa Öberg, ”förslag” 2025-03-04';
    expect(terminalText(text)).toBe(text);
  });
});

describe('terminalJson', () => {
  it('is the same JSON to a reader, with nothing a terminal acts on', () => {
    const value = { title: `${title}\u009b2J\u202e`, lines: 'a\nb' };
    const json = terminalJson(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(json).toBe(JSON.stringify(value, null, 2).replace('\u009b', '\\u009b').replace('\u202e', '\\u202e'));
  });
});
