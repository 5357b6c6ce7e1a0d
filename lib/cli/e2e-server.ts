import { rmSync } from "node:fs";
import { readEnv } from "@/lib/env";
import { runServe } from "./serve";

// The browser tests' server, on a fresh embedded database with the demo data: the production
// build by default, or `npm run dev` itself with the argument "dev".
rmSync(readEnv().EMBEDDED_PG_DIR, { recursive: true, force: true });
// A dev server starts from nothing, as on a newcomer's first run: a dev cache left by another
// version of the code made the pages reload in a loop.
if (process.argv[2] === "dev" && process.env.NEXT_DIST_DIR) rmSync(process.env.NEXT_DIST_DIR, { recursive: true, force: true });
runServe(process.argv[2] === "dev" ? "dev" : "start", { seed: true });
