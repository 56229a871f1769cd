// Worker threads do not go through vitest's transform: tsx loads the TypeScript of addon-thread.ts.
import { register } from "tsx/esm/api";

register();
await import("./addon-thread.ts");
