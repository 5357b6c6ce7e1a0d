import Link from "next/link";
import type { listProjects } from "@/lib/server/projects/list-projects";
import { roleLabels } from "@/lib/permissions";
import { NewProjectForm } from "./new-project-form";

type Projects = Awaited<ReturnType<typeof listProjects>>;

export function ProjectList({ projects, canCreate }: { projects: Projects; canCreate: boolean }) {
  return (
    <section aria-labelledby="projects-title" className="stack">
      <div className="projects-head">
        <h1 id="projects-title">Your projects</h1>
        {canCreate && <NewProjectForm />}
      </div>
      {projects.length === 0 ? (
        <p className="empty">
          You are not a member of any project yet. {canCreate ? "Create one, or ask" : "Ask"} a project owner to add you.
        </p>
      ) : (
        <ul className="card-grid">
          {projects.map((project) => (
            <li key={project.id} className="card">
              <h2>
                <Link href={`/projects/${project.slug}`}>{project.name}</Link>
              </h2>
              <p className="muted">{project.description}</p>
              <p className="card__meta">
                <span className="badge">{roleLabels[project.role]}</span>
                <span>{project.sourceCount} sources</span>
                <span>{project.claimCount} claims</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
