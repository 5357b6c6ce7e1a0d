"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { requiredApprovalsSchema } from "@/lib/review/review-input";
import { setRequiredApprovals } from "@/lib/server/reviews/set-required-approvals";

const inputSchema = requiredApprovalsSchema.extend({ projectId: z.string().min(1).max(64) });

export async function setRequiredApprovalsAction(input: z.input<typeof inputSchema>) {
  const result = await runAction(inputSchema, input, (actor, { projectId, ...settings }) => setRequiredApprovals(db(), actor, projectId, settings));
  if (result.ok) revalidatePath("/projects/[slug]/review", "page");
  return result;
}
