import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readJsonFile } from '../../scripts/read-json-file.ts';

it('names the file and the place of a typo in Swedish, and a file that is missing', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'protokoll-json-'));
  const typo = path.join(dir, 'org.json');
  writeFileSync(typo, '{"feedUrl": "https://intranat.example/flode/",}');
  expect(() => readJsonFile(typo)).toThrow(`${typo} är inte giltig JSON (rad 1, kolumn 47): kontrollera citattecken, kommatecken och klamrar där`);
  expect(() => readJsonFile(path.join(dir, 'saknas.json'))).toThrow(`${path.join(dir, 'saknas.json')} kan inte läsas (ENOENT)`);
  writeFileSync(typo, '{"feedUrl": "https://intranat.example/flode/"}');
  expect(readJsonFile(typo)).toEqual({ feedUrl: 'https://intranat.example/flode/' });
});
