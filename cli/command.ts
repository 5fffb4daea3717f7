/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Whether stdout is a terminal (progress bars, colours). */
  isTTY: boolean;
  cwd: string;
}

export interface Command {
  usage: string;
  /** Resolves to the process exit code. */
  run(args: string[], io: Io): Promise<number>;
}

/**
 * A command as `protokoll --help` lists it. The command itself is loaded only when it runs, so
 * that the help, `--version` and every other command start without loading all of them.
 */
export interface CommandEntry {
  name: string;
  summary: string;
  load(): Promise<Command>;
}

/** Bad usage: the message is shown with the command's usage, and the exit code is 2. */
export class UsageError extends Error {}

/** Input that cannot be read: one line to the user, exit code 2. */
export class InputError extends Error {}
