// Files tsc does not emit but the built code reads at run time: the store's SQL migrations.
import { cpSync } from "node:fs";

cpSync("src/store/migrations", "dist/src/store/migrations", { recursive: true });
