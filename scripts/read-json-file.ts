import { readFileSync } from 'node:fs';

/** A JSON settings file's content; a missing file or a typo is thrown in Swedish, naming the file. */
export function readJsonFile(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code) throw new Error(`${file} kan inte läsas (${code})`);
    // V8's message is English; where it gives the place, the place is what helps.
    const place = /line (\d+) column (\d+)/.exec((error as Error).message);
    throw new Error(`${file} är inte giltig JSON${place ? ` (rad ${place[1]}, kolumn ${place[2]})` : ''}: kontrollera citattecken, kommatecken och klamrar där`);
  }
}
