import type { ReactNode } from "react";
import { ProjectNav } from "@/components/projects/project-nav";

export default async function ProjectLayout({ children, params }: { children: ReactNode; params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return (
    <>
      <ProjectNav slug={slug} />
      {children}
    </>
  );
}
