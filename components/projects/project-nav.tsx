"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const sections = [
  { label: "Sources", path: "" },
  { label: "Claims", path: "/claims" },
  { label: "Entities", path: "/entities" },
  { label: "Conflicts", path: "/conflicts" },
  { label: "Review", path: "/review" },
  { label: "Export", path: "/export" },
  { label: "Audit", path: "/audit" },
  { label: "Activity", path: "/activity" },
  { label: "Members", path: "/members" },
  { label: "Vocabulary", path: "/vocabulary" },
] as const;

/** The active section owns its path and everything below it; Sources also owns the source pages. */
function isActive(pathname: string, base: string, path: string): boolean {
  if (path === "") return pathname === base || pathname.startsWith(`${base}/sources`);
  return pathname === `${base}${path}` || pathname.startsWith(`${base}${path}/`);
}

/** The sections of one project; the current one is marked for assistive technology too. */
export function ProjectNav({ slug }: { slug: string }) {
  const pathname = usePathname() ?? "";
  const base = `/projects/${slug}`;
  return (
    <nav aria-label="Project" className="project-nav">
      <ul className="project-nav__list">
        {sections.map((section) => {
          const isCurrent = isActive(pathname, base, section.path);
          return (
            <li key={section.label}>
              <Link
                href={`${base}${section.path}`}
                className={`project-nav__link${isCurrent ? " project-nav__link--active" : ""}`}
                aria-current={isCurrent ? "page" : undefined}
              >
                {section.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
