import { describe, expect, it } from 'vitest';
import { readText } from '../../core/read/text.ts';

const ok = (bytes: Uint8Array) => {
  const result = readText(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result;
};

describe('readText', () => {
  const text = '§ 12 Fastställande av föredragningslista\r\nBeslut – Föredragningslistan fastställs.';

  it('reads UTF-8, with or without a byte-order mark', () => {
    expect(ok(Buffer.from(text, 'utf8')).text).toBe(text);
    expect(ok(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])).text).toBe(text);
  });

  it('reads UTF-16 with a byte-order mark', () => {
    expect(ok(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])).text).toBe(text);
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(ok(Buffer.concat([Buffer.from([0xfe, 0xff]), be])).text).toBe(text);
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    // "Å" 0xC5, "ö" 0xF6, "–" 0x96, "€" 0x80 in Windows-1252.
    const bytes = Uint8Array.from([0xc5, 0x72, 0x65, 0x6e, 0x64, 0x65, 0x20, 0x96, 0x20, 0x66, 0xf6, 0x72, 0x20, 0x35, 0x20, 0x80]);
    expect(ok(bytes).text).toBe('Årende – för 5 €');
  });

  it('splits pages at form feeds and keeps the text as it is', () => {
    const result = ok(Buffer.from('sida ett\n\fsida två\n\fsida tre\n'));
    expect(result.pages).toEqual(['sida ett\n', 'sida två\n', 'sida tre\n']);
    expect(result.text).toBe('sida ett\n\fsida två\n\fsida tre\n');
  });

  it('refuses binary data', () => {
    expect(readText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toMatchObject({ ok: false, kind: 'notText', reason: expect.stringContaining('inte en textfil') });
  });
});
