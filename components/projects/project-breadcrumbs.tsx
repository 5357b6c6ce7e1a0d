import Link from "next/link";
import { Fragment } from "react";

/** Projects / the project / any deeper steps, above a project page's title. */
export function ProjectBreadcrumbs({
  project,
  trail = [],
}: {
  project: { slug: string; name: string };
  trail?: { href: string; label: string }[];
}) {
  return (
    <nav aria-label="Breadcrumbs" className="breadcrumbs">
      <Link href="/projects">Projects</Link> / <Link href={`/projects/${project.slug}`}>{project.name}</Link>
      {trail.map((step) => (
        <Fragment key={step.href}>
          {" / "}
          <Link href={step.href}>{step.label}</Link>
        </Fragment>
      ))}
    </nav>
  );
}
