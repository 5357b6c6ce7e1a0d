import "server-only";
import type { Prisma } from "@/lib/db/generated/client";

/**
 * One column of a bulk insert: its name, the array type its values travel
 * as, and the expression that turns one element (`v`) into the column's
 * type (an enum, jsonb, a tsvector).
 */
export interface BulkColumn {
  name: string;
  array: "text[]" | "int[]" | "float8[]" | "bool[]";
  cast?: (v: string) => string;
}

/** Rows per statement: each column travels as one array parameter, so a statement's size is bounded only by memory. */
const ROWS_PER_STATEMENT = 5_000;

export const jsonb = (v: string) => `${v}::jsonb`;
export const timestamp = (v: string) => `${v}::timestamp(3)`;
export const enumOf = (type: string) => (v: string) => `${v}::"${type}"`;

/**
 * Inserts rows with one multi-row statement per few thousand rows: every
 * column is one array parameter, unnested side by side. An import writes
 * tens of thousands of claims, chains and evidence links; one INSERT per row
 * (or Prisma's createMany, which binds every value separately) spent most of
 * the import's time on round trips. Table and column names come from this
 * code, never from input, and every value is a bound parameter.
 */
export async function insertRows(tx: Prisma.TransactionClient, table: string, columns: readonly BulkColumn[], rows: readonly (readonly unknown[])[]): Promise<void> {
  const names = columns.map((column) => `"${column.name}"`).join(", ");
  const arrays = columns.map((column, i) => `$${i + 1}::${column.array}`).join(", ");
  const values = columns.map((column, i) => (column.cast ? column.cast(`v.c${i}`) : `v.c${i}`)).join(", ");
  const aliases = columns.map((_, i) => `c${i}`).join(", ");
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${values} FROM unnest(${arrays}) AS v(${aliases})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const batch = rows.slice(start, start + ROWS_PER_STATEMENT);
    await tx.$executeRawUnsafe(sql, ...columns.map((_, i) => batch.map((row) => row[i] ?? null)));
  }
}
