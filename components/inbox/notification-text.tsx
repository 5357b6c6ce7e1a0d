import type { NotificationView } from "@/lib/server/notifications/notification-view";

const decisionWords: Record<string, string> = {
  approve: "approved",
  reject: "rejected",
  request_changes: "requested changes on",
  submit: "submitted",
};

/** What happened, in a sentence: "Rémi Reviewer approved MSA · Casualties: exactly 4". */
export function NotificationText({ notification }: { notification: NotificationView }) {
  if (notification.kind === "review.decision") {
    const { payload } = notification;
    const isPartial = payload.decision === "approve" && payload.toStatus === "submitted";
    return (
      <>
        <strong>{payload.actorName}</strong> {decisionWords[payload.decision]} <span className="inbox-item__object">{payload.claimLabel}</span>
        {isPartial ? ` (${payload.approvals} of ${payload.requiredApprovals} approvals)` : null}
        {payload.reason ? <span className="inbox-item__reason">“{payload.reason}”</span> : null}
      </>
    );
  }
  const { payload } = notification;
  return (
    <>
      <strong>{payload.actorName}</strong> mentioned you on the {payload.target.type}{" "}
      <span className="inbox-item__object">{payload.targetLabel}</span>
      <span className="inbox-item__reason">“{payload.excerpt}”</span>
    </>
  );
}
