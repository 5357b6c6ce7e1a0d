import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimDetail } from "@/components/claims/claim-detail";
import { db } from "@/lib/db/client";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getClaim } from "@/lib/server/claims/get-claim";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";

type Props = { params: Promise<{ slug: string; claimId: string }> };

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: Props) {
  const { slug, claimId } = await params;
  const actor = await requirePageActor(`/projects/${slug}/claims/${claimId}`);
  const { project } = await pageData(getProjectBySlug(db(), actor, slug));
  const { claim, history, reviews } = await pageData(getClaim(db(), actor, claimId));
  // The claim decides its project; a claim of another project under this slug is not here.
  if (claim.projectId !== project.id) notFound();
  return <ClaimDetail project={project} claim={claim} history={history} reviews={reviews} />;
}
