/**
 * Labelled note-line corpora: JSON Lines files of `{"id", "locale", "register", "date",
 * "ceo"?, "context"?, "text", "kind", "owner", "due"}`, one line of a meeting note each
 * (see fixtures/notes/README.md). Validated with zod so that a typo in a hand-written
 * label stops the evaluation with the file, the line and the field, instead of skewing it.
 */
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { DateTime } from "luxon";
import { z } from "zod";
import { BadInputError } from "../core/errors.js";
import { type LabelledLine, LINE_KINDS } from "../core/text/line-scores.js";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected "YYYY-MM-DD"')
  .refine((s) => DateTime.fromISO(s, { zone: "utc" }).isValid, "expected a real calendar date");

const RECORD = z.strictObject({
  id: z.string().min(1),
  locale: z.enum(["fr", "en"]),
  register: z.string().min(1),
  date: isoDate,
  ceo: z.string().min(1).nullish(),
  context: z.array(z.string()).optional(),
  text: z.string().min(1),
  kind: z.enum(LINE_KINDS as [string, ...string[]]),
  owner: z.string().min(1).nullable(),
  due: isoDate.nullable(),
});

/** One split of a corpus: the lines of one `.jsonl` file. */
export interface CorpusSplit {
  /** The file's name without `.jsonl`: "dev", "held-out". */
  name: string;
  lines: LabelledLine[];
}

/** Every `*.jsonl` file of `dir`, sorted by name; an empty list when the folder is absent. */
export async function readNoteCorpus(dir: string): Promise<CorpusSplit[]> {
  const names = await readdir(dir).catch(() => [] as string[]);
  const files = names.filter((n) => n.endsWith(".jsonl")).sort();
  const splits: CorpusSplit[] = [];
  for (const f of files) {
    const file = join(dir, f);
    splits.push({ name: basename(f, ".jsonl"), lines: parseCorpus(await readFile(file, "utf8"), file) });
  }
  return splits;
}

/** Parses one corpus file; throws BadInputError naming the 1-based line and the field. */
export function parseCorpus(text: string, file: string): LabelledLine[] {
  const out: LabelledLine[] = [];
  const ids = new Set<string>();
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim().length === 0) return;
    const where = `line ${i + 1}`;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (e) {
      throw new BadInputError(file, where, `invalid JSON (${(e as Error).message})`);
    }
    const parsed = RECORD.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = issue?.path.join(".") || "record";
      throw new BadInputError(file, `${where}: ${field}`, issue?.message ?? "invalid record");
    }
    const r = parsed.data;
    if (ids.has(r.id)) throw new BadInputError(file, `${where}: id`, `duplicate id ${JSON.stringify(r.id)}`);
    ids.add(r.id);
    out.push({
      ...r,
      ceo: r.ceo ?? null,
      context: r.context ?? [],
      kind: r.kind as LabelledLine["kind"],
    });
  });
  return out;
}
