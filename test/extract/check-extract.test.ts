import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProtocol } from '../../core/check/check.ts';
import { buildExtract } from '../../core/extract/index.ts';
import { parseProtocol } from '../../core/parse/parse.ts';
import { readDocx } from '../../core/read/docx.ts';
import { projectRoot } from '../support/shared.ts';

/** Rules that look for what a whole protocol holds: an extract leaves it out on purpose. */
const WHOLE_PROTOCOL = new Set(['continuous-numbering', 'numbering-follows-feed', 'toc-matches-body', 'val-av-justerare-missing', 'justering-date-missing', 'dangling-references']);

/** The text of an extract of every other § of an example protocol, as `protokoll utdrag` writes it and `protokoll check` reads it. */
function extractOf(file: string): string {
  const protocol = parseProtocol(readFileSync(path.join(projectRoot, 'examples/protocols', file), 'utf8'));
  const result = buildExtract(protocol, { paragrafer: protocol.paragrafer.filter((_, i) => i % 2 === 0).map((p) => p.number) });
  if (!result.ok) throw new Error(result.message);
  const read = readDocx(result.docx);
  if (!read.ok) throw new Error(read.reason);
  return read.text;
}

const wholeProtocolFindings = (text: string) =>
  checkProtocol(parseProtocol(text), { sourceText: text })
    .filter((f) => WHOLE_PROTOCOL.has(f.rule))
    .map((f) => `${f.rule} § ${f.paragraph ?? '–'}`);

describe('protokoll check on an extract', () => {
  it.each(['regionstyrelsens-arbetsutskott-2025-03-11.txt', 'regionstyrelsen-2025-04-01.txt', 'styrgrupp-2025-02-03.txt'])(
    'says nothing of the §§ an extract of %s leaves out',
    (file) => {
      const text = extractOf(file);
      expect(parseProtocol(text).extract).toBe(true);
      expect(wholeProtocolFindings(text)).toEqual([]);
    },
  );

  it('still finds the gap when the same text is headed as a whole protocol', () => {
    const text = extractOf('regionstyrelsens-arbetsutskott-2025-03-11.txt').replace('Protokollsutdrag', 'Sammanträdesprotokoll');
    expect(wholeProtocolFindings(text)).toContain('continuous-numbering § 43');
  });
});
