"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { db } from "@/lib/db/client";
import { runAction } from "@/lib/server/action";
import { addMember, addMemberSchema } from "@/lib/server/projects/add-member";

const inputSchema = addMemberSchema.extend({ projectId: z.string().min(1) });

export async function addMemberAction(input: z.input<typeof inputSchema>) {
  const result = await runAction(inputSchema, input, (actor, { projectId, ...member }) =>
    addMember(db(), actor, projectId, member),
  );
  if (result.ok) revalidatePath("/projects/[slug]", "page");
  return result;
}
