import type { Role } from "@/lib/db/generated/enums";

/**
 * What each project role may do. Owners do everything; reviewers research and
 * review; researchers create and edit their own drafts; viewers read.
 */
export const permissions = {
  "project:read": ["owner", "reviewer", "researcher", "viewer"],
  "project:manage": ["owner"],
  "member:manage": ["owner"],
  "vocabulary:manage": ["owner"],
  "source:create": ["owner", "reviewer", "researcher"],
  "annotation:create": ["owner", "reviewer", "researcher"],
  "entity:edit": ["owner", "reviewer", "researcher"],
  "entity:merge": ["owner", "reviewer"],
  /** Grading a source's reliability moves every estimate it is in, so it is a reviewer's judgement. */
  "source:grade": ["owner", "reviewer"],
  "claim:create": ["owner", "reviewer", "researcher"],
  "claim:edit-any": ["owner", "reviewer"],
  "claim:review": ["owner", "reviewer"],
  "comment:create": ["owner", "reviewer", "researcher"],
  "conflict:flag": ["owner", "reviewer", "researcher"],
  "conflict:resolve": ["owner", "reviewer"],
  /** Choosing which coder's claim stands for a unit of a coding round is a reviewer's judgement, like resolving a conflict. */
  "round:curate": ["owner", "reviewer"],
  "export:create": ["owner", "reviewer"],
  "audit:read": ["owner", "reviewer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof permissions;

export function can(role: Role, permission: Permission): boolean {
  return (permissions[permission] as readonly Role[]).includes(role);
}

export const roleLabels: Record<Role, string> = {
  owner: "Owner",
  reviewer: "Reviewer",
  researcher: "Researcher",
  viewer: "Viewer",
};
