/** What a command may touch of the outside world: passed in, so commands are testable. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  /** Whether stderr is a terminal (progress bars, colours). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
}

export function processIo(): CliIo {
  return {
    stdout: (t) => process.stdout.write(t),
    stderr: (t) => process.stderr.write(t),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    isTTY: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  };
}

export interface MemoryIo extends CliIo {
  /** Everything written to stdout / stderr so far. */
  readonly out: string;
  readonly err: string;
}

/**
 * An in-process CliIo that keeps what the command prints: for running `main()` from the
 * sandbox and from tests. `onStderr` also sees stderr as it comes (progress, warnings).
 */
export function memoryIo(o: {
  cwd: string;
  env?: Record<string, string | undefined>;
  stdin?: string;
  onStderr?: (text: string) => void;
}): MemoryIo {
  let out = "";
  let err = "";
  return {
    get out() {
      return out;
    },
    get err() {
      return err;
    },
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
      o.onStderr?.(t);
    },
    readStdin: async () => o.stdin ?? "",
    isTTY: false,
    env: o.env ?? {},
    cwd: o.cwd,
  };
}
