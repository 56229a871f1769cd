/**
 * Compares a golden file with what the code produces now. Numbers may differ by
 * `FLOAT_TOLERANCE` (a reordered floating-point sum, never a changed figure); everything else
 * must be identical. Differences come back as readable lines, at most `MAX_DIFFS` of them.
 */

/** Absolute tolerance on any number: far below the 0.01 that figures are rounded to. */
export const FLOAT_TOLERANCE = 1e-9;
const MAX_DIFFS = 20;

const closeEnough = (a: string, b: string): boolean => {
  if (a === b) return true;
  const x = Number(a);
  const y = Number(b);
  return a.trim() !== "" && b.trim() !== "" && Number.isFinite(x) && Number.isFinite(y)
    ? Math.abs(x - y) <= FLOAT_TOLERANCE
    : false;
};

/** Tab-separated week lines, cell by cell. */
export function diffLines(golden: string, actual: string): string[] {
  const g = golden.split("\n");
  const a = actual.split("\n");
  const out: string[] = [];
  for (let i = 0; i < Math.max(g.length, a.length) && out.length < MAX_DIFFS; i++) {
    const gl = g[i] ?? "";
    const al = a[i] ?? "";
    const gc = gl.split("\t");
    const ac = al.split("\t");
    const same = gc.length === ac.length && gc.every((c, j) => closeEnough(c, ac[j] ?? ""));
    if (!same) out.push(`line ${i + 1}:\n  golden: ${gl}\n  now:    ${al}`);
  }
  return out;
}

/** Two JSON documents, field by field. */
export function diffJson(golden: unknown, actual: unknown, path = "$", out: string[] = []): string[] {
  if (out.length >= MAX_DIFFS) return out;
  if (typeof golden === "number" && typeof actual === "number") {
    if (Math.abs(golden - actual) > FLOAT_TOLERANCE) out.push(`${path}: golden ${golden}, now ${actual}`);
    return out;
  }
  if (Array.isArray(golden) && Array.isArray(actual)) {
    if (golden.length !== actual.length)
      out.push(`${path}: golden has ${golden.length} items, now ${actual.length}`);
    for (let i = 0; i < Math.min(golden.length, actual.length); i++)
      diffJson(golden[i], actual[i], `${path}[${i}]`, out);
    return out;
  }
  if (isRecord(golden) && isRecord(actual)) {
    const keys = [...new Set([...Object.keys(golden), ...Object.keys(actual)])];
    for (const k of keys) {
      if (!(k in actual)) out.push(`${path}.${k}: missing now`);
      else if (!(k in golden)) out.push(`${path}.${k}: new (${JSON.stringify(actual[k]).slice(0, 80)})`);
      else diffJson(golden[k], actual[k], `${path}.${k}`, out);
    }
    return out;
  }
  if (golden !== actual) out.push(`${path}: golden ${JSON.stringify(golden)}, now ${JSON.stringify(actual)}`);
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
