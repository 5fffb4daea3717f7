import type { Command } from '../command.ts';
import { historyCommand } from './history.ts';
import { exportCommand } from './export.ts';

/** Every CLI command, in the order `protokoll --help` lists them. One file per command. */
export const commands: Command[] = [historyCommand, exportCommand];
