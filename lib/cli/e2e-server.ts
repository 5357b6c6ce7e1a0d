import { rmSync } from "node:fs";
import { readEnv } from "@/lib/env";
import { runServe } from "./serve";

// The browser tests' server, on a fresh embedded database with the demo data: the production
// build by default, or `npm run dev` itself with the argument "dev".
rmSync(readEnv().EMBEDDED_PG_DIR, { recursive: true, force: true });
runServe(process.argv[2] === "dev" ? "dev" : "start", { seed: true });
