import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ClaimDetail } from "@/components/claims/claim-detail";
import { EditClaim } from "@/components/claims/edit-claim";
import { claimEditRefusal } from "@/lib/claims/edit-rules";
import { listProperties } from "@/lib/server/projects/list-properties";
import { CommentThread } from "@/components/comments/comment-thread";
import { ClaimReviewPanel } from "@/components/review/claim-review-panel";
import { db } from "@/lib/db/client";
import { requirePageActor } from "@/lib/server/auth/current-actor";
import { getClaim } from "@/lib/server/claims/get-claim";
import { pageData } from "@/lib/server/page-data";
import { getProjectBySlug } from "@/lib/server/projects/get-project";
import { getClaimReview } from "@/lib/server/reviews/get-claim-review";
import { ClaimGrades } from "@/components/grading/claim-grades";
import { getClaimGrading } from "@/lib/server/grading/get-claim-grading";

type Props = { params: Promise<{ slug: string; claimId: string }> };

export const metadata: Metadata = { title: "Claim" };

export default async function ClaimPage({ params }: Props) {
  const { slug, claimId } = await params;
  const actor = await requirePageActor(`/projects/${slug}/claims/${claimId}`);
  const { project } = await pageData(getProjectBySlug(db(), actor, slug));
  const { claim, history, reviews, role } = await pageData(getClaim(db(), actor, claimId));
  // The claim decides its project; a claim of another project under this slug is not here.
  if (claim.projectId !== project.id) notFound();
  const [review, grading] = await Promise.all([getClaimReview(db(), actor, claimId), getClaimGrading(db(), actor, project.id, [claim.id])]);
  const canEdit = claimEditRefusal(role, actor.userId, { createdById: claim.createdBy.id, status: claim.status }) === null;
  const properties = canEdit ? await listProperties(db(), actor, project.id) : [];
  return (
    <ClaimDetail
      project={project}
      claim={claim}
      history={history}
      reviews={reviews}
      actions={canEdit ? <EditClaim claim={claim} properties={properties} /> : null}
      reviewPanel={
        <ClaimReviewPanel
          review={review}
          claimLabel={`${claim.subject.name} · ${claim.property.label}: ${claim.valueText}`}
          showDecisions={false}
        />
      }
      comments={<CommentThread target={{ type: "claim", id: claim.id }} />}
      grades={
        grading.isGradingEnabled ? (
          <ClaimGrades projectId={project.id} origin={grading.origins[claim.id]} credibility={claim.credibility} canGrade={grading.canGrade} />
        ) : null
      }
    />
  );
}
