import { createPrismaClient } from "@/lib/db/client";
import { DEMO_PASSWORD, demoAccounts } from "@/lib/server/seed/demo-data";
import { seedDemo } from "@/lib/server/seed/seed-demo";

export function printDemoCredentials(log: (line: string) => void = console.log): void {
  log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const account of demoAccounts) log(`  ${account.role.padEnd(10)} ${account.email}`);
}

export async function seed(url: string, log: (line: string) => void = console.log): Promise<void> {
  const prisma = createPrismaClient(url);
  try {
    const report = await seedDemo(prisma);
    if (report.createdUsers.length || report.createdSources.length || report.createdClaims) {
      log(
        `Demo data created: ${report.createdUsers.length} accounts, ${report.createdSources.length} sources, ${report.createdClaims} claims.`,
      );
    }
  } finally {
    await prisma.$disconnect();
  }
}
