import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { builtAddon } from "./world.js";

const ROOT = join(import.meta.dirname, "../..");
const run = promisify(execFile);

describe("clasp and the built project", () => {
  it("would push exactly the manifest, the script and the sidebar from the repository's rootDir", async () => {
    const clasp = JSON.parse(await readFile(join(ROOT, ".clasp.json"), "utf8")) as { rootDir: string };
    expect(clasp.rootDir).toBe("appsscript/dist");
    const build = await builtAddon();
    const project = await mkdtemp(join(tmpdir(), "vigie-clasp-"));
    await cp(build.dir, join(project, clasp.rootDir), { recursive: true });
    // A script id of the right shape: show-file-status needs one, not a login (HOME is empty).
    const settings = { ...clasp, scriptId: "1abcDEFghiJKLmnoPQRstuVWXyz0123456789abcdefghijklmnop" };
    await writeFile(join(project, ".clasp.json"), JSON.stringify(settings));
    const { stdout } = await run(join(ROOT, "node_modules/.bin/clasp"), ["show-file-status", "--json"], {
      cwd: project,
      env: { ...process.env, HOME: project },
    });
    const status = JSON.parse(stdout) as { filesToPush: string[]; untrackedFiles: string[] };
    expect(status.filesToPush.sort()).toEqual(
      ["appsscript.json", "Code.js", "Sidebar.html"].map((f) => `${clasp.rootDir}/${f}`).sort(),
    );
    expect(status.untrackedFiles).toEqual([]);
  }, 60_000);
});
