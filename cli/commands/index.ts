import type { Command } from '../command.ts';
import { historyCommand } from './history.ts';

/** Every CLI command, in the order `protokoll --help` lists them. One file per command. */
export const commands: Command[] = [historyCommand];
