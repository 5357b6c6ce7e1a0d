"use client";

import { generateHTML } from "@tiptap/core";
import { useMemo } from "react";
import type { CommentDocument } from "@/lib/review/comment-body";
import { commentExtensions } from "./comment-extensions";

const renderExtensions = commentExtensions();

/**
 * A stored comment, drawn by TipTap's own serializer from JSON the server
 * validated against the comment schema: text is escaped by the DOM, only the
 * schema's elements can appear, and links carry safe addresses only. No HTML
 * written by a user is ever inserted.
 */
export function CommentBodyView({ body }: { body: CommentDocument }) {
  const html = useMemo(() => generateHTML(body, renderExtensions), [body]);
  return <div className="comment__body" dangerouslySetInnerHTML={{ __html: html }} />;
}
