import { redirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { locateAnnotation } from "@/lib/server/annotations/locate-annotation";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { pageData } from "@/lib/server/page-data";

type Props = { params: Promise<{ slug: string; annotationId: string }> };

/** An annotation's address: the source page, scrolled to the span. */
export default async function AnnotationPage({ params }: Props) {
  const { slug, annotationId } = await params;
  const actor = await requirePageActor(`/projects/${slug}/annotations/${annotationId}`);
  const { sourceId } = await pageData(locateAnnotation(db(), actor, annotationId));
  redirect(`/projects/${slug}/sources/${sourceId}?annotation=${annotationId}`);
}
