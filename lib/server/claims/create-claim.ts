import "server-only";
import type { Db } from "@/lib/db/client";
import type { ParsedClaimInput } from "@/lib/claims/claim-input";
import type { Actor } from "../actor";
import { requireProjectPermission } from "../access";
import { writeClaim } from "./claim-writer";

export interface CreateClaimOptions {
  actor: Actor;
  projectId: string;
  input: ParsedClaimInput;
}

/** Records a draft claim with its evidence and attribution chain (see writeClaim). */
export async function createClaim(db: Db, { actor, projectId, input }: CreateClaimOptions) {
  return db.$transaction(
    async (tx) => {
      await requireProjectPermission(tx, actor, projectId, "claim:create");
      return writeClaim({ tx, actor, projectId, input, action: "claim.create", isContentEdit: true });
    },
    { timeout: 20_000 },
  );
}
