import "server-only";
import type { Prisma } from "@/lib/db/generated/client";
import type { Actor } from "../actor";
import type { ClaimGroup } from "./detection-locks";
import { reevaluateGroup } from "./reevaluate-group";

/** The subject + property groups a set of claim writes touched, each re-evaluated once. */
export class ConflictGroups {
  private readonly groups = new Map<string, ClaimGroup>();

  add(group: ClaimGroup): void {
    this.groups.set(`${group.subjectId}|${group.propertyId}`, group);
  }

  /** In a fixed order, so two writers touching the same groups cannot deadlock on the group locks. */
  async reevaluate(tx: Prisma.TransactionClient, actor: Actor | null): Promise<void> {
    for (const key of [...this.groups.keys()].sort()) await reevaluateGroup(tx, this.groups.get(key)!, actor);
  }
}
