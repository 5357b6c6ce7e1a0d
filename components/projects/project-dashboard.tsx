import Link from "next/link";
import type { Project, Role } from "@/lib/db/generated/client";
import { can, roleLabels } from "@/lib/permissions";
import type { projectDashboard } from "@/lib/server/projects/project-dashboard";
import { ImportSourceForm } from "@/components/sources/import-source-form";
import { FirstSteps } from "./first-steps";
import { MemberList } from "./member-list";
import { TableFrame } from "@/components/ui/table-frame";

type Dashboard = Awaited<ReturnType<typeof projectDashboard>>;

export function ProjectDashboard({ project, role, dashboard }: { project: Project; role: Role; dashboard: Dashboard }) {
  const claimTotal = Object.values(dashboard.claimsByStatus).reduce((sum, n) => sum + n, 0);
  return (
    <div className="stack">
      <header className="page-header">
        <p className="eyebrow">Project · {roleLabels[role]}</p>
        <h1>{project.name}</h1>
        <p className="muted">{project.description}</p>
        {can(role, "project:manage") ? (
          <p>
            <Link href={`/projects/${project.slug}/settings`}>Project settings</Link>
          </p>
        ) : null}
      </header>

      {dashboard.sources.length === 0 && can(role, "project:manage") ? <FirstSteps slug={project.slug} hasMembers={dashboard.members.length > 1} hasVocabulary={dashboard.propertyCount > 0} /> : null}

      <dl className="stats" aria-label="Project counts">
        <div>
          <dt>Sources</dt>
          <dd>{dashboard.sources.length}</dd>
        </div>
        <div>
          <dt>Claims</dt>
          <dd>{claimTotal}</dd>
        </div>
        <div>
          <dt>Approved</dt>
          <dd>{dashboard.claimsByStatus.approved ?? 0}</dd>
        </div>
        <div>
          <dt>Open conflicts</dt>
          <dd>{dashboard.openConflicts}</dd>
        </div>
      </dl>

      <section aria-labelledby="sources-title">
        <h2 id="sources-title">Sources</h2>
        {can(role, "source:create") ? <ImportSourceForm projectId={project.id} projectSlug={project.slug} /> : null}
        {dashboard.sources.length === 0 ? (
          <p className="empty">No sources yet.</p>
        ) : (
          <TableFrame>
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Outlet</th>
                  <th scope="col" className="num">Annotations</th>
                  <th scope="col" className="num">Claims</th>
                  <th scope="col" className="num">Open conflicts</th>
                </tr>
              </thead>
              <tbody>
                {dashboard.sources.map((source) => (
                  <tr key={source.id}>
                    <td data-label="Title">
                      <Link href={`/projects/${project.slug}/sources/${source.id}`}>{source.title}</Link>
                    </td>
                    <td data-label="Outlet">{source.outlet ?? "—"}</td>
                    <td className="num" data-label="Annotations">{source.annotationCount}</td>
                    <td className="num" data-label="Claims">{source.claimCount}</td>
                    <td className="num" data-label="Open conflicts">{source.openConflictCount}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableFrame>
        )}
      </section>

      <section aria-labelledby="members-title">
        <h2 id="members-title">Members</h2>
        <MemberList projectId={project.id} members={dashboard.members} canManage={false} />
        {can(role, "member:manage") ? (
          <p>
            <Link href={`/projects/${project.slug}/members`}>Invite people and manage roles</Link>
          </p>
        ) : null}
      </section>
    </div>
  );
}
