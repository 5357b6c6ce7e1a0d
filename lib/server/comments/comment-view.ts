import { commentBodySchema } from "@/lib/review/comment-body";

interface CommentRow {
  id: string;
  body: unknown;
  createdAt: Date;
  updatedAt: Date;
  author: { id: string; name: string };
}

export const commentAuthorInclude = { author: { select: { id: true, name: true } } } as const;

/** A comment for display; the body is validated again on the way out, so renderers only ever see allowed nodes. */
export function commentView(row: CommentRow) {
  return {
    id: row.id,
    author: row.author,
    body: commentBodySchema.parse(row.body),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
export type CommentView = ReturnType<typeof commentView>;
