import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file: migrations run through
// lib/db/migrations.ts (the schema engine as WebAssembly), which reads
// the same schema and migrations folder.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
