import type { CliIo } from "./io.js";

/**
 * Progress on stderr: a bar redrawn in place on a terminal, one line per phase otherwise
 * (so CI logs stay short). Never writes to stdout, which belongs to results.
 */
export class Progress {
  private lastPhase = "";
  private drawn = false;

  constructor(
    private readonly io: CliIo,
    private readonly enabled = true,
  ) {}

  /** `detail` (the file, the week) is drawn on a terminal only: off one, a phase prints one line. */
  update(phase: string, done: number, total: number, detail = ""): void {
    if (!this.enabled) return;
    if (this.io.isTTY) {
      const width = 24;
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const filled = Math.round(ratio * width);
      const bar = `${"█".repeat(filled)}${"░".repeat(width - filled)}`;
      this.io.stderr(
        `\r\x1b[2K${bar} ${String(Math.round(ratio * 100)).padStart(3)}%  ${phase}${detail ? ` ${detail}` : ""}`,
      );
      this.drawn = true;
    } else if (phase !== this.lastPhase) {
      this.io.stderr(`… ${phase}\n`);
    }
    this.lastPhase = phase;
  }

  done(): void {
    if (this.enabled && this.io.isTTY && this.drawn) this.io.stderr("\r\x1b[2K");
    this.drawn = false;
  }
}
