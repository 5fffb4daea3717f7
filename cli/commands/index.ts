import type { Command } from '../command.ts';
import { checkCommand } from './check.ts';
import { rulesCommand } from './rules.ts';
import { historyCommand } from './history.ts';
import { indexCommand } from './index-command.ts';
import { exportCommand } from './export.ts';

/** Every CLI command, in the order `protokoll --help` lists them. One file per command. */
export const commands: Command[] = [checkCommand, rulesCommand, indexCommand, historyCommand, exportCommand];
