import "server-only";
import type pg from "pg";
import type { Db } from "@/lib/db/client";
import type { ExportFilters } from "@/lib/export/filters";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { refuseExportWhileBlind } from "../coding-rounds/blind-visibility";
import { readPreview } from "./dataset-reader";
import { resolveExportFilters } from "./resolve-filters";
import { exportPool, openSnapshot } from "./snapshot";

export const PREVIEW_ROWS = 10;

/** What an export with these filters would hold: its counts and its first claims, exactly as exported. */
export async function previewExport(db: Db, actor: Actor, projectId: string, filters: ExportFilters, pool: pg.Pool = exportPool()) {
  await requireProjectPermission(db, actor, projectId, "export:create");
  await refuseExportWhileBlind(db, actor, projectId);
  const filterNames = await resolveExportFilters(db, projectId, filters);
  const snapshot = await openSnapshot(pool);
  try {
    const preview = await readPreview(snapshot.client, projectId, filters, PREVIEW_ROWS);
    return { ...preview, filters, filterNames };
  } finally {
    await snapshot.close();
  }
}
