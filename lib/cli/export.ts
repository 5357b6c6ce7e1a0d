import { createWriteStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { createPrismaClient, type Db } from "@/lib/db/client";
import { ExportFormat } from "@/lib/db/generated/enums";
import type { Actor } from "@/lib/server/actor";
import { AppError, NotFoundError } from "@/lib/server/errors";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { filtersOrThrow } from "@/lib/server/export/export-request";
import { importDataset } from "@/lib/server/export/import-dataset";
import { exportFilterParamsSchema } from "@/lib/export/filters";
import { exitWithReason, migrateDatabase, resolveDatabase } from "./database";

const usage = `Export a project's dataset, or import a JSON Lines export into an empty project.

  npm run export -- --project <slug> [--format zip|jsonl|csv|webannotation|prov] [--status approved[,submitted…]]
                    [--sources <ids>] [--properties <keys>] [--entities <ids>] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
                    [--out <file>] [--as <email>]
  npm run export -- --project <slug> --import <file.jsonl> [--as <email>]

Without --out the export goes to standard output. --as names the member acting (default: the project's first owner);
the export is a dataset version, as from the web app: the latest one with these filters when the data have not changed,
else the project's next.`;

const optionsSchema = exportFilterParamsSchema.extend({
  project: z.string().min(1, "--project <slug> is required"),
  format: z.enum(ExportFormat).default("zip"),
  out: z.string().min(1).optional(),
  import: z.string().min(1).optional(),
  as: z.email().optional(),
});

function readOptions() {
  const text = { type: "string" } as const;
  const { values } = parseArgs({
    options: {
      help: { type: "boolean" },
      project: text,
      format: text,
      status: text,
      sources: text,
      properties: text,
      entities: text,
      from: text,
      to: text,
      out: text,
      import: text,
      as: text,
    },
    strict: true,
  });
  const { help: isHelp, ...options } = values;
  if (isHelp || !options.project) {
    console.error(usage);
    process.exit(isHelp ? 0 : 1);
  }
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    console.error(parsed.error.issues.map((issue) => `--${issue.path.join(".")}: ${issue.message}`).join("\n"));
    process.exit(1);
  }
  return parsed.data;
}

/** The member the CLI acts as: the one named, or the project's first owner. */
async function resolveActor(db: Db, projectId: string, email: string | undefined): Promise<Actor> {
  const membership = await db.membership.findFirst({
    where: { projectId, ...(email ? { user: { email } } : { role: "owner" }) },
    orderBy: { createdAt: "asc" },
    include: { user: true },
  });
  if (!membership) throw new NotFoundError(email ? `A member of this project with the email ${email}` : "An owner of this project to act as (pass --as <email>)");
  return { userId: membership.user.id, email: membership.user.email, name: membership.user.name };
}

async function main() {
  const options = readOptions();
  const log = (line: string) => console.error(line);
  const database = await resolveDatabase(log);
  await migrateDatabase(database, log);
  const db = createPrismaClient(database.appUrl);
  const pool = new pg.Pool({ connectionString: database.appUrl, max: 2 });
  try {
    const project = await db.project.findUnique({ where: { slug: options.project } });
    if (!project) throw new NotFoundError(`The project "${options.project}"`);
    const actor = await resolveActor(db, project.id, options.as);

    if (options.import) {
      const report = await importDataset(db, actor, project.id, await readFile(options.import, "utf8"));
      console.error(`Imported into ${project.slug}: ${JSON.stringify(report)}`);
      return;
    }
    const exported = await exportDataset(db, actor, project.id, { format: options.format, filters: filtersOrThrow(options, "option") }, pool);
    // pipeline() waits for the file (or stdout) to drain, so a large file to a slow pipe is written whole.
    await pipeline(Readable.fromWeb(exported.body as NodeReadableStream<Uint8Array>), options.out ? createWriteStream(options.out) : process.stdout);
    const run = await db.exportRun.findUniqueOrThrow({
      where: { projectId_datasetVersion: { projectId: project.id, datasetVersion: exported.datasetVersion } },
    });
    const where = options.out ? ` to ${options.out}` : "";
    const recorded = exported.isNewVersion ? "recorded as a new version" : "the data had not changed since that version";
    console.error(`Exported ${project.slug} v${run.datasetVersion} as ${options.format}${where}; ${recorded} (zip sha256 ${run.sha256}).`);
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error(`✖ ${error.message}`);
    const lines = (error.details as { lines?: { line: number; reason: string }[] } | undefined)?.lines;
    for (const { line, reason } of lines ?? []) console.error(`  line ${line}: ${reason}`);
    process.exitCode = 1;
  } finally {
    await pool.end();
    await db.$disconnect();
    await database.stop();
  }
}

main().catch(exitWithReason);
