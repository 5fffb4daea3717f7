import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../../harness/chromium.ts';

/**
 * Draws the add-in's ribbon and store icons (a white "§" on a page in Word's blue) by rendering one
 * SVG in Chromium at every size Office asks for, into word-addin/public/assets/. Run again after
 * changing the drawing: `node word-addin/scripts/icons.ts`.
 */
const SIZES = [16, 32, 64, 80, 128];
const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../public/assets');

const svg = (size: number) => `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 64 64">
  <path d="M12 4h30l12 12v42a2 2 0 0 1-2 2H12a2 2 0 0 1-2-2V6a2 2 0 0 1 2-2z" fill="#0F6CBD"/>
  <path d="M42 4v10a2 2 0 0 0 2 2h10z" fill="#8BB5E3"/>
  <text x="32" y="50" text-anchor="middle" font-family="DejaVu Sans, Arial, sans-serif" font-weight="bold" font-size="40" fill="#FFFFFF">§</text>
</svg>`;

const browser = await launchChromium();
try {
  await mkdir(out, { recursive: true });
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg(size)}</body></html>`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    await writeFile(path.join(out, `icon-${size}.png`), png);
  }
  process.stdout.write(`Skrev ${SIZES.map((s) => `icon-${s}.png`).join(', ')} i ${path.relative(process.cwd(), out)}\n`);
} finally {
  await browser.close();
}
