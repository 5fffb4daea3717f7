import { commands } from './commands/index.ts';
import { InputError, UsageError, type Io } from './command.ts';
import { terminalText } from './terminal-text.ts';
import { PROTOKOLL_VERSION } from './version.ts';

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'protokoll – mallar, granskning och beslutshistorik för protokoll',
    '',
    'Användning: protokoll <kommando> [argument]',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Skriv `protokoll <kommando> --help` för ett kommandos flaggor, `protokoll --version` för versionen.',
  ].join('\n');
}

export const nodeIo = (): Io => ({
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  isTTY: Boolean(process.stdout.isTTY),
  cwd: process.cwd(),
});

export async function main(argv: string[], io: Io = nodeIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(help() + '\n');
    return name ? 0 : 2;
  }
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(`protokoll ${PROTOKOLL_VERSION}\n`);
    return 0;
  }
  const entry = commands.find((c) => c.name === name);
  if (!entry) {
    io.stderr(`protokoll: okänt kommando "${name}"\n\n${help()}\n`);
    return 2;
  }
  const command = await entry.load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`protokoll ${name}: ${terminalText(error.message, { multiline: true })}\n${command.usage}\n`);
      return 2;
    }
    if (error instanceof InputError) {
      io.stderr(`protokoll ${name}: ${terminalText(error.message, { multiline: true })}\n`);
      return 2;
    }
    // An unexpected failure still gets one line, never a stack trace, unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`protokoll ${name}: oväntat fel: ${terminalText(message, { multiline: true })}\n`);
    if (process.env.PROTOKOLL_DEBUG) io.stderr(`${(error as Error)?.stack ?? ''}\n`);
    return 2;
  }
}
