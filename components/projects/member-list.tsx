"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { changeMemberRoleRoute, removeMemberRoute } from "@/lib/api/contract/foundation";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { Role } from "@/lib/db/generated/enums";
import { roleLabels } from "@/lib/permissions";

interface Member {
  userId: string;
  name: string;
  email: string;
  role: Role;
}

const ROLES = Object.keys(roleLabels) as Role[];

/** The project's members; owners change roles and remove members in place. */
export function MemberList({ projectId, members, canManage }: { projectId: string; members: Member[]; canManage: boolean }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function run(action: () => Promise<unknown>, success: string) {
    setOutcome(null);
    startTransition(async () => {
      try {
        await action();
        setOutcome({ kind: "success", text: success });
        router.refresh();
      } catch (caught) {
        setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The change could not be saved. Try again." });
      }
    });
  }

  return (
    <>
      <ul className="member-list">
        {members.map((member) => (
          <li key={member.userId}>
            <span>{member.name}</span> <span className="muted">{member.email}</span>{" "}
            {canManage ? (
              <>
                <select
                  aria-label={`Role of ${member.name}`}
                  value={member.role}
                  disabled={isPending}
                  onChange={(event) => {
                    const role = event.target.value as Role;
                    run(() => callApi(changeMemberRoleRoute, { params: { projectId, userId: member.userId }, body: { role } }), `${member.name} is now ${roleLabels[role].toLowerCase()}.`);
                  }}
                >
                  {ROLES.map((role) => (
                    <option key={role} value={role}>
                      {roleLabels[role]}
                    </option>
                  ))}
                </select>{" "}
                <button
                  type="button"
                  className="button"
                  disabled={isPending}
                  aria-label={`Remove ${member.name}`}
                  onClick={() => run(() => callApi(removeMemberRoute, { params: { projectId, userId: member.userId } }), `${member.name} is no longer a member.`)}
                >
                  Remove
                </button>
              </>
            ) : (
              <span className="badge">{roleLabels[member.role]}</span>
            )}
          </li>
        ))}
      </ul>
      <FormOutcome outcome={outcome} />
    </>
  );
}
