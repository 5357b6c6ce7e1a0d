import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

type EngineModule = typeof import("@prisma/schema-engine-wasm");

let engineModule: Promise<EngineModule> | undefined;

/**
 * Prisma's schema engine compiled to WebAssembly. Its package imports the
 * .wasm file as an ES module, which Node 20 only allows behind a flag, so we
 * instantiate the module ourselves against its JS glue.
 */
function loadEngineModule(): Promise<EngineModule> {
  engineModule ??= (async () => {
    const require = createRequire(import.meta.url);
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const glue = (await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href)) as EngineModule & {
      __wbg_set_wasm(exports: WebAssembly.Exports): void;
    };
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": withUnrefTimers(glue) });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue;
  })();
  return engineModule;
}

/**
 * The engine arms a timer (about 10 s) that outlives its work; left referenced it kept every
 * process that had migrated alive that long after its last task. Its timers must not hold
 * the process open.
 */
function withUnrefTimers<T extends object>(glue: T): T {
  const imports: Record<string, unknown> = { ...(glue as Record<string, unknown>) };
  for (const name of Object.keys(imports).filter((key) => key.startsWith("__wbg_setTimeout_"))) {
    imports[name] = (callback: () => void, ms: number) => setTimeout(callback, ms >>> 0).unref();
  }
  return imports as T;
}

export const SCHEMA_PATH = path.resolve(process.cwd(), "prisma/schema.prisma");

export async function readSchema(): Promise<{ path: string; content: string }> {
  return { path: "schema.prisma", content: await readFile(SCHEMA_PATH, "utf8") };
}

/** Runs `work` with an engine connected to `databaseUrl`, and always frees it. */
export async function withSchemaEngine<T>(databaseUrl: string, work: (engine: SchemaEngine) => Promise<T>): Promise<T> {
  const { SchemaEngine } = await loadEngineModule();
  const schema = await readSchema();
  // Our own pool, so its connections are closed when we are done (freeing the engine does not).
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg(pool));
  try {
    const engine = await SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, adapter);
    try {
      return await work(engine);
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
