import { rmSync } from "node:fs";
import { readEnv } from "@/lib/env";
import { runServe } from "./serve";

// The browser tests' server: a production build on a fresh embedded database with the demo data.
rmSync(readEnv().EMBEDDED_PG_DIR, { recursive: true, force: true });
runServe("start", { seed: true });
