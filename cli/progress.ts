import type { Io } from './command.ts';

export interface Progress {
  /** After each file. */
  step(done: number, label: string): void;
  /** A line that must stay visible (a skipped file), printed above the bar. */
  note(line: string): void;
  end(): void;
}

const WIDTH = 30;

/**
 * A progress bar on a terminal, redrawn at most ten times a second; plain lines elsewhere (a
 * nightly job's log), one per tenth of the work, so a log shows that the run moves without a
 * line per file.
 */
export function progress(io: Io, total: number): Progress {
  if (io.isTTY) {
    let drawn = 0;
    let visible = false;
    const clear = () => {
      if (visible) io.stdout('\r\x1b[K');
      visible = false;
    };
    return {
      step(done, label) {
        const now = Date.now();
        if (done < total && now - drawn < 100) return;
        drawn = now;
        const filled = total ? Math.round((done / total) * WIDTH) : WIDTH;
        const name = label.length > 40 ? `…${label.slice(-39)}` : label;
        clear();
        io.stdout(`[${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}] ${done}/${total} ${name}`);
        visible = true;
      },
      note(line) {
        clear();
        io.stderr(`${line}\n`);
      },
      end: clear,
    };
  }
  let reported = 0;
  return {
    step(done) {
      const tenth = Math.floor((done / Math.max(total, 1)) * 10);
      if (tenth > reported || done === total) {
        reported = tenth;
        // Skipped files count as done too, so the line does not say they were read.
        io.stdout(`${done}/${total} filer genomgångna\n`);
      }
    },
    note(line) {
      io.stderr(`${line}\n`);
    },
    end() {},
  };
}
