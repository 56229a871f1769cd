/**
 * The sandbox injects faults on purpose, and each retried request makes an SDK log a warning line:
 * dozens of lines that say nothing the summaries do not. They are counted, not printed; progress and
 * errors pass through. `VIGIE_DEBUG=1` prints everything.
 */
const SDK_LINE = /^(notion (warn|info|debug):|\(node:\d+\) )/;

export function quietStderr(write: (text: string) => void, env: Record<string, string | undefined>) {
  let hidden = 0;
  let pending = "";
  return {
    write(text: string): void {
      if (env.VIGIE_DEBUG) {
        write(text);
        return;
      }
      pending += text;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) {
        if (SDK_LINE.test(line)) hidden++;
        else write(`${line}\n`);
      }
      // Progress redrawn in place (\r, no newline) must show as it comes.
      if (pending.includes("\r")) {
        write(pending);
        pending = "";
      }
    },
    /** What was held back: the last partial line, and a count of the SDK lines hidden. */
    flush(): void {
      if (pending) write(pending);
      pending = "";
      if (hidden > 0)
        write(`sandbox: ${hidden} SDK warnings about retried requests hidden (VIGIE_DEBUG=1 shows them)\n`);
    },
    get hidden() {
      return hidden;
    },
  };
}
