"use client";

import { FormError } from "@/components/ui/form-error";
import type { JSONContent } from "@tiptap/core";
import { useEffect, useId, useState } from "react";
import { commentThreadRoutes } from "@/lib/api/contract/reviews";
import type { BodyOf, ParamsOf, ResponseOf } from "@/lib/api/define-route";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import type { CommentTargetType } from "@/lib/notifications/notification-payload";
import { formatTimestamp } from "@/lib/format/timestamp";
import { CommentBodyView } from "./comment-body-view";
import { CommentEditor } from "./comment-editor";

type ThreadRoutes = (typeof commentThreadRoutes)[CommentTargetType];
type Thread = ResponseOf<ThreadRoutes["list"]>;

/** The thread's two routes for this target, with the target's id in the path parameter each names. */
function threadOf(target: { type: CommentTargetType; id: string }) {
  const routes = commentThreadRoutes[target.type];
  const params = { [routes.param]: target.id } as ParamsOf<ThreadRoutes["list"]>;
  return {
    load: () => callApi(routes.list, { params }),
    post: (body: JSONContent) => callApi(routes.create, { params, body: { body: body as BodyOf<ThreadRoutes["create"]>["body"] } }),
  };
}

export interface CommentThreadProps {
  /** What the thread is about; the project comes from it on the server. */
  target: { type: CommentTargetType; id: string };
  /** Heading of the section; "Comments" unless given. */
  title?: string;
}

/**
 * The comment thread of a claim or a conflict: comments oldest first, and an
 * editor for members who may comment. It loads and posts through the JSON API.
 */
export function CommentThread({ target, title = "Comments" }: CommentThreadProps) {
  const headingId = useId();
  const { type, id } = target;
  const [thread, setThread] = useState<Thread | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let isCurrent = true;
    threadOf({ type, id })
      .load()
      .then((loaded) => isCurrent && setThread(loaded))
      .catch((caught: unknown) => isCurrent && setError(messageOf(caught, "The comments could not be loaded.")));
    return () => {
      isCurrent = false;
    };
  }, [type, id]);

  async function post(body: JSONContent): Promise<boolean> {
    try {
      const { comment } = await threadOf(target).post(body);
      setThread((current) => (current ? { ...current, comments: [...current.comments, comment] } : current));
      setError(null);
      return true;
    } catch (caught) {
      setError(messageOf(caught, "The comment could not be posted. Try again."));
      return false;
    }
  }

  return (
    <section className="comment-thread" aria-labelledby={headingId} data-testid="comment-thread">
      <h2 id={headingId}>
        {title}
        {thread ? ` (${thread.comments.length})` : ""}
      </h2>
      {thread === null && !error ? (
        <p className="muted" role="status">
          Loading comments…
        </p>
      ) : null}
      {thread ? (
        thread.comments.length === 0 ? (
          <p className="muted">No comments yet.</p>
        ) : (
          <ol className="comment-list">
            {thread.comments.map((comment) => (
              <li key={comment.id} className="comment">
                <p className="comment__meta">
                  <strong>{comment.author.name}</strong>{" "}
                  <time dateTime={comment.createdAt} className="muted">
                    {formatTimestamp(comment.createdAt)}
                  </time>
                </p>
                <CommentBodyView body={comment.body} />
              </li>
            ))}
          </ol>
        )
      ) : null}
      <FormError message={error} />
      {thread?.canComment ? <CommentEditor members={thread.members} onSubmit={post} label={`Write a comment on this ${target.type}`} /> : null}
    </section>
  );
}

function messageOf(caught: unknown, fallback: string): string {
  return caught instanceof ApiRequestError ? caught.message : fallback;
}
