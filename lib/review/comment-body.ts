import { z } from "zod";

/**
 * A comment is TipTap (ProseMirror) JSON restricted to what the comment
 * editor offers: paragraphs, bullet and ordered lists, hard breaks, @mentions,
 * bold, italic and links. Anything else is refused; unknown attributes are
 * dropped; links survive only with an http(s) or mailto address. The stored
 * JSON is therefore safe to render with the editor's own schema.
 */

export type CommentMark = { type: "bold" } | { type: "italic" } | { type: "link"; attrs: { href: string } };
export type CommentInline =
  | { type: "text"; text: string; marks?: CommentMark[] }
  | { type: "mention"; attrs: { id: string; label: string } }
  | { type: "hardBreak" };
export type CommentParagraph = { type: "paragraph"; content?: CommentInline[] };
export type CommentListItem = { type: "listItem"; content: CommentBlock[] };
export type CommentList =
  | { type: "bulletList"; content: CommentListItem[] }
  | { type: "orderedList"; attrs: { start: number }; content: CommentListItem[] };
export type CommentBlock = CommentParagraph | CommentList;
export type CommentDocument = { type: "doc"; content: CommentBlock[] };

const COMMENT_TEXT_MAX = 10_000;
/** Nesting beyond this is not something a person types; refusing it early keeps validation cheap. */
const MAX_JSON_DEPTH = 40;
const SAFE_PROTOCOLS = new Set(["http:", "https:", "mailto:"]);

/** The address itself when it is an absolute http(s) or mailto URL, else null. */
export function safeHref(href: string): string | null {
  try {
    const url = new URL(href.trim());
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

const markSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("link"), attrs: z.object({ href: z.string().max(2048) }) }),
]);

const textSchema = z
  .object({
    type: z.literal("text"),
    text: z.string().min(1).max(COMMENT_TEXT_MAX),
    marks: z.array(markSchema).max(3).optional(),
  })
  .transform(({ type, text, marks }): CommentInline => {
    const kept = sanitizeMarks(marks ?? []);
    return kept.length ? { type, text, marks: kept } : { type, text };
  });

const mentionSchema = z
  .object({
    type: z.literal("mention"),
    attrs: z.object({ id: z.string().min(1).max(64), label: z.string().max(200).nullish() }),
  })
  .transform(({ type, attrs }): CommentInline => ({ type, attrs: { id: attrs.id, label: attrs.label ?? "" } }));

const inlineSchema = z.union([textSchema, mentionSchema, z.object({ type: z.literal("hardBreak") })]);

const paragraphSchema = z
  .object({ type: z.literal("paragraph"), content: z.array(inlineSchema).max(2000).optional() })
  .transform(({ type, content }): CommentParagraph => (content?.length ? { type, content } : { type }));

const listItemSchema: z.ZodType<CommentListItem, unknown> = z.lazy(() =>
  z.object({ type: z.literal("listItem"), content: z.array(blockSchema).min(1).max(50) }),
);

const listSchema = z.union([
  z.object({ type: z.literal("bulletList"), content: z.array(listItemSchema).min(1).max(200) }),
  z
    .object({
      type: z.literal("orderedList"),
      attrs: z.object({ start: z.number().int().min(0).max(100_000).default(1) }).default({ start: 1 }),
      content: z.array(listItemSchema).min(1).max(200),
    })
    .transform(({ type, attrs, content }): CommentList => ({ type, attrs: { start: attrs.start }, content })),
]);

const blockSchema: z.ZodType<CommentBlock, unknown> = z.lazy(() => z.union([paragraphSchema, listSchema]));

const documentSchema = z
  .object({ type: z.literal("doc"), content: z.array(blockSchema).min(1).max(500) })
  .transform(({ type, content }): CommentDocument => ({ type, content: trimTrailingEmpty(content) }))
  .refine((doc) => commentPlainText(doc).trim().length > 0, "Write something before posting.")
  .refine((doc) => commentPlainText(doc).length <= COMMENT_TEXT_MAX, `A comment is at most ${COMMENT_TEXT_MAX} characters.`);

export const commentBodySchema = z
  .unknown()
  .refine((value) => jsonDepth(value) <= MAX_JSON_DEPTH, "The comment is nested too deeply.")
  .pipe(documentSchema);

function sanitizeMarks(marks: z.output<typeof markSchema>[]): CommentMark[] {
  const byType = new Map<string, CommentMark>();
  for (const mark of marks) {
    if (mark.type !== "link") byType.set(mark.type, { type: mark.type });
    else {
      const href = safeHref(mark.attrs.href);
      if (href) byType.set("link", { type: "link", attrs: { href } });
    }
  }
  return [...byType.values()];
}

function trimTrailingEmpty(blocks: CommentBlock[]): CommentBlock[] {
  let end = blocks.length;
  while (end > 1 && blocks[end - 1]!.type === "paragraph" && !("content" in blocks[end - 1]!)) end -= 1;
  return blocks.slice(0, end);
}

function jsonDepth(value: unknown): number {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 1]];
  while (stack.length) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== "object" || current === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_JSON_DEPTH) return deepest;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function walkInline(blocks: readonly CommentBlock[], visit: (node: CommentInline) => void): void {
  for (const block of blocks) {
    if (block.type === "paragraph") block.content?.forEach(visit);
    else for (const item of block.content) walkInline(item.content, visit);
  }
}

/** The ids of the people a comment mentions, each once, in order of appearance. */
export function commentMentions(doc: CommentDocument): string[] {
  const ids = new Set<string>();
  walkInline(doc.content, (node) => {
    if (node.type === "mention") ids.add(node.attrs.id);
  });
  return [...ids];
}

/** The same document with every mention labelled by `labelFor` (the person's current name). */
export function relabelMentions(doc: CommentDocument, labelFor: (id: string) => string): CommentDocument {
  const block = (b: CommentBlock): CommentBlock =>
    b.type === "paragraph"
      ? b.content
        ? { ...b, content: b.content.map((n) => (n.type === "mention" ? { ...n, attrs: { id: n.attrs.id, label: labelFor(n.attrs.id) } } : n)) }
        : b
      : { ...b, content: b.content.map((item) => ({ ...item, content: item.content.map(block) })) };
  return { ...doc, content: doc.content.map(block) };
}

/** Plain text of a comment, blocks separated by newlines: for excerpts in the inbox and the audit trail. */
export function commentPlainText(doc: CommentDocument): string {
  const lines: string[] = [];
  const collect = (blocks: readonly CommentBlock[]) => {
    for (const b of blocks) {
      if (b.type !== "paragraph") {
        for (const item of b.content) collect(item.content);
        continue;
      }
      let line = "";
      for (const node of b.content ?? []) {
        if (node.type === "text") line += node.text;
        else if (node.type === "mention") line += `@${node.attrs.label}`;
        else line += "\n";
      }
      lines.push(line);
    }
  };
  collect(doc.content);
  return lines.join("\n");
}

/** At most `max` characters of the comment's text on one line. */
export function commentExcerpt(doc: CommentDocument, max = 140): string {
  const text = commentPlainText(doc).replace(/\s+/g, " ").trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
