import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, readDocx } from '../../core/read/docx.ts';
import { buildDocx } from './build-docx.ts';

const MB = 1024 * 1024;

/**
 * The zip with a part's unpacked size in the central directory set to `size`: what a zip bomb
 * states (1.5 MB that unpack to 500 MB), without building 500 MB in a test.
 */
function withStatedSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    if (new TextDecoder().decode(out.subarray(at + 46, at + 46 + nameLength)) === name) view.setUint32(at + 24, size, true);
  }
  return out;
}

const protocol = buildDocx({ blocks: [{ text: '§ 1 Val av justerare' }, { text: 'Beslut' }] });

describe('readDocx limits', () => {
  it('refuses a part that would unpack beyond the limit, saying which and how large, before unpacking it', () => {
    expect(readDocx(withStatedSize(protocol, 'word/document.xml', 500 * MB))).toEqual({
      ok: false,
      kind: 'tooLarge',
      reason: 'filen är för stor (word/document.xml blir 500 MB uppackad, gränsen är 64 MB)',
    });
  });

  it('refuses a file whose parts together unpack beyond the limit', () => {
    const zip = zipSync({ 'word/document.xml': strToU8('<w:body/>'.padEnd(4000)), 'word/styles.xml': strToU8('<w:styles/>'.padEnd(4000)) });
    expect(readDocx(zip, { partBytes: 5000, fileBytes: 6000 })).toMatchObject({
      kind: 'tooLarge',
      reason: 'filen är för stor (dokumentets delar blir 8 kB uppackade, gränsen är 6 kB)',
    });
  });

  it('reads protocols well within the limits', () => {
    expect(DOCX_LIMITS.partBytes).toBeGreaterThanOrEqual(32 * MB);
    expect(readDocx(protocol)).toMatchObject({ ok: true, text: '§ 1 Val av justerare\nBeslut' });
  });

  it('reads the text before thousands of unclosed comments and CDATA sections, and nothing of them', () => {
    const xml = (tail: string) =>
      zipSync({
        'word/document.xml': strToU8(`<w:document><w:body><w:p><w:r><w:t>§ 1 Titel</w:t></w:r></w:p>${tail}</w:body></w:document>`),
      });
    expect(readDocx(xml('<![CDATA['.repeat(20000)))).toMatchObject({ ok: true, text: '§ 1 Titel' });
    expect(readDocx(xml('<!--'.repeat(20000)))).toMatchObject({ ok: true, text: '§ 1 Titel' });
  });
});
