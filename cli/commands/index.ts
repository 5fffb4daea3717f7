import type { CommandEntry } from '../command.ts';

/** Every CLI command, in the order `protokoll --help` lists them. One file per command, loaded when it runs. */
export const commands: CommandEntry[] = [
  { name: 'check', summary: 'granska protokollutkast före justering', load: async () => (await import('./check.ts')).checkCommand },
  { name: 'rules', summary: 'lista granskningsreglerna', load: async () => (await import('./rules.ts')).rulesCommand },
  { name: 'index', summary: 'läs protokollarkiv och skriv beslutshistoriken som flöde', load: async () => (await import('./index-command.ts')).indexCommand },
  { name: 'history', summary: 'visa ett ärendes beslutshistorik', load: async () => (await import('./history.ts')).historyCommand },
  { name: 'export', summary: 'skriv ett protokoll som Word-dokument (.docx)', load: async () => (await import('./export.ts')).exportCommand },
  { name: 'anslag', summary: 'skriv justeringens tillkännagivande för anslagstavlan', load: async () => (await import('./anslag.ts')).anslagCommand },
  { name: 'utdrag', summary: 'skriv protokollsutdrag av valda paragrafer (.docx)', load: async () => (await import('./utdrag.ts')).utdragCommand },
];
