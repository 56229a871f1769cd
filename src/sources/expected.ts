import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { BadInputError } from "../core/errors.js";
import type { Expected, Label } from "../core/eval.js";
import { SIGNAL_IDS, type SignalId } from "../core/signals/types.js";
import { parseWeek } from "../core/week.js";

const SCOPE = /^(org|team:.+)$/;

/** Reads a labelled scenario's `expected.json`, or null when the folder has none. */
export async function readExpected(dir: string): Promise<Expected | null> {
  const file = join(dir, "expected.json");
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch {
    return null;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new BadInputError(file, null, `invalid JSON (${(e as Error).message})`);
  }
  return parseExpected(raw, file);
}

export function parseExpected(raw: unknown, file: string): Expected {
  if (!raw || typeof raw !== "object") throw new BadInputError(file, null, "expected a JSON object");
  const o = raw as Record<string, unknown>;
  const weeks = o.weeks;
  if (!Array.isArray(weeks) || weeks.length !== 2 || !weeks.every(isWeek)) {
    throw new BadInputError(file, "weeks", `expected ["YYYY-Www", "YYYY-Www"], got ${JSON.stringify(weeks)}`);
  }
  if (!Array.isArray(o.signals)) throw new BadInputError(file, "signals", "expected an array");
  const signals = o.signals.map((s, i) => parseLabel(s, `signals[${i}]`, file));
  return { weeks: [weeks[0] as string, weeks[1] as string], signals };
}

function parseLabel(raw: unknown, path: string, file: string): Label {
  const o = (raw ?? {}) as Record<string, unknown>;
  if (!SIGNAL_IDS.includes(o.signal as SignalId)) {
    throw new BadInputError(
      file,
      `${path}.signal`,
      `expected one of ${SIGNAL_IDS.join(", ")}, got ${JSON.stringify(o.signal)}`,
    );
  }
  if (typeof o.scope !== "string" || !SCOPE.test(o.scope)) {
    throw new BadInputError(
      file,
      `${path}.scope`,
      `expected "org" or "team:<department>", got ${JSON.stringify(o.scope)}`,
    );
  }
  for (const k of ["from", "to"] as const) {
    if (!isWeek(o[k]))
      throw new BadInputError(file, `${path}.${k}`, `expected "YYYY-Www", got ${JSON.stringify(o[k])}`);
  }
  return { signal: o.signal as SignalId, scope: o.scope, from: o.from as string, to: o.to as string };
}

function isWeek(x: unknown): x is string {
  return typeof x === "string" && parseWeek(x, "UTC") !== null;
}
