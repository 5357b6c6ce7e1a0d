import type { Metadata } from "next";
import { InviteMemberForm } from "@/components/projects/invite-member-form";
import { MemberList } from "@/components/projects/member-list";
import { PendingInvitations } from "@/components/projects/pending-invitations";
import { ProjectBreadcrumbs } from "@/components/projects/project-breadcrumbs";
import { db } from "@/lib/db/client";
import { can } from "@/lib/permissions";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { listPendingInvitations } from "@/lib/server/invitations/invitations";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";
import { listMembers } from "@/lib/server/projects/members";

type Props = { params: Promise<{ slug: string }> };

export const metadata: Metadata = { title: "Members" };

export default async function MembersPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requirePageActor(`/projects/${slug}/members`);
  const { project, role } = await pageData(getProjectBySlug(db(), actor, slug));
  const canManage = can(role, "member:manage");
  const [members, invitations] = await Promise.all([
    listMembers(db(), actor, project.id),
    canManage ? listPendingInvitations(db(), actor, project.id) : Promise.resolve([]),
  ]);
  return (
    <div className="stack">
      <header className="page-header">
        <ProjectBreadcrumbs project={project} />
        <h1>Members</h1>
        <p className="muted">
          {canManage
            ? "Invite people by email with a role, change roles, or remove members. A removed member loses the project at once, API tokens included."
            : "Who works on this project, and in which role."}
        </p>
      </header>
      <MemberList projectId={project.id} members={members} canManage={canManage} />
      {canManage ? (
        <>
          <section aria-labelledby="invite-title" className="stack">
            <h2 id="invite-title">Invite someone</h2>
            <InviteMemberForm projectId={project.id} />
          </section>
          <PendingInvitations projectId={project.id} invitations={invitations} />
        </>
      ) : null}
    </div>
  );
}
