/**
 * `npm run build:addon`: bundles the add-on into the clasp rootDir (appsscript/dist, see
 * .clasp.json) as Apps Script wants it: one classic script (no ES modules) whose callable
 * functions are top-level declarations, one HTML file with the sidebar's script and style
 * inlined (HtmlService serves a single file), and the manifest.
 */
import { copyFile, mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runInNewContext } from "node:vm";
import { build } from "esbuild";

const ROOT = join(import.meta.dirname, "..");
const SRC = join(ROOT, "appsscript");
export const ADDON_DIST = join(ROOT, "appsscript/dist");
const GLOBAL = "VigieAddon";

export interface AddonBuild {
  dir: string;
  files: string[];
  /** The functions Apps Script and google.script.run can call. */
  functions: string[];
}

export async function buildAddon(outDir: string = ADDON_DIST): Promise<AddonBuild> {
  await mkdir(outDir, { recursive: true });
  const server = await bundle(join(SRC, "src/server/main.ts"), GLOBAL);
  const functions = exportedNames(server);
  const stubs = functions
    .map((f) => `function ${f}() {\n  return ${GLOBAL}.${f}.apply(this, arguments);\n}`)
    .join("\n");
  await writeFile(join(outDir, "Code.js"), `${server}\n${stubs}\n`);
  const client = await bundle(join(SRC, "src/client/sidebar.ts"));
  const html = await readFile(join(SRC, "src/sidebar.html"), "utf8");
  const css = await readFile(join(SRC, "src/sidebar.css"), "utf8");
  // An inline script ends at the first "</script": the bundle must not contain one.
  const page = html
    .replace("/*STYLE*/", () => css)
    .replace("/*SCRIPT*/", () => client.replaceAll("</script", "<\\/script"));
  await writeFile(join(outDir, "Sidebar.html"), page);
  await copyFile(join(SRC, "appsscript.json"), join(outDir, "appsscript.json"));
  return { dir: outDir, files: ["Code.js", "Sidebar.html", "appsscript.json"], functions };
}

async function bundle(entry: string, globalName?: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: "iife",
    ...(globalName ? { globalName } : {}),
    // Apps Script V8 and the sidebar's browsers both run ES2020.
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    minify: !globalName,
    legalComments: "none",
    write: false,
    logLevel: "silent",
  });
  const out = result.outputFiles[0];
  if (!out) throw new Error(`esbuild wrote nothing for ${entry}`);
  return out.text;
}

/** Runs the bundle with no Apps Script service around: it only defines functions. */
function exportedNames(code: string): string[] {
  const names = runInNewContext(`${code}\nObject.keys(${GLOBAL})`, {}) as string[];
  return [...names].sort();
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\//, ""))) {
  const done = await buildAddon();
  console.log(
    `add-on built in ${done.dir}: ${done.files.join(", ")}; functions ${done.functions.join(", ")}`,
  );
}
