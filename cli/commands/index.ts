import type { Command } from '../command.ts';

/** Every CLI command, in the order `protokoll --help` lists them. One file per command. */
export const commands: Command[] = [];
