"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { divergenceThresholdSchema } from "@/lib/conflicts/conflict-input";
import { setDivergenceThreshold } from "@/lib/server/conflicts/set-divergence-threshold";

const inputSchema = divergenceThresholdSchema.extend({ projectId: z.string().min(1) });

export async function setDivergenceThresholdAction(input: z.input<typeof inputSchema>) {
  const result = await runAction(inputSchema, input, (actor, { projectId, ...setting }) => setDivergenceThreshold(db(), actor, projectId, setting));
  if (result.ok) revalidatePath("/projects/[slug]", "layout");
  return result;
}
