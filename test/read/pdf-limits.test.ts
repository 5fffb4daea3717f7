import { describe, expect, it } from 'vitest';
import { PDF_LIMITS, readPdf } from '../../core/read/pdf.ts';
import { sharedStreamPdf } from './make-pdf.ts';

const MB = 1024 * 1024;
const TEXT = 'BT /F1 12 Tf 72 700 Td (Beslut om budget) Tj ET\n';

describe('readPdf limits', () => {
  it('refuses 100 pages that share one 64 MB stream before pdf.js unpacks it', async () => {
    expect(await readPdf(sharedStreamPdf(100, '0 0 m\n', 64 * MB))).toEqual({
      ok: false,
      kind: 'tooLarge',
      reason: 'filen är för stor (en dataström blir mer än 16 MB uppackad)',
    });
  });

  it('refuses streams that together unpack beyond the limit', async () => {
    const limits = { ...PDF_LIMITS, streamBytes: 2 * MB, allStreamsBytes: 1 * MB };
    expect(await readPdf(sharedStreamPdf(1, '0 0 m\n', 1.5 * MB), limits)).toMatchObject({
      reason: 'filen är för stor (dataströmmarna blir mer än 1 MB uppackade)',
    });
  });

  it('refuses more pages than the limit', async () => {
    expect(await readPdf(sharedStreamPdf(12, TEXT, 1000), { ...PDF_LIMITS, pages: 10 })).toMatchObject({
      reason: 'filen är för stor (12 sidor, gränsen är 10)',
    });
  });

  it('stops reading text beyond the character budget', async () => {
    expect(await readPdf(sharedStreamPdf(3, TEXT, 100_000), { ...PDF_LIMITS, characters: 10_000 })).toMatchObject({
      reason: 'filen är för stor (mer än 10 000 tecken text)',
    });
    expect(await readPdf(sharedStreamPdf(3, TEXT, 10_000))).toMatchObject({ ok: true });
  });
});
