import sanitizeHtml from "sanitize-html";
import { codePointLength, sha256Hex } from "./text-content";

import { MAX_SOURCE_BYTES } from "./limits";

export { MAX_SOURCE_BYTES };

export type SourceTextFormat = "plain" | "markdown" | "html";

export type PreparedText =
  | { ok: true; text: string; sha256: string; codePoints: number }
  | { ok: false; code: "empty" | "too_large"; message: string };

/**
 * Turns submitted content into an immutable revision text. Plain text and
 * Markdown are kept byte for byte (offsets must match what the author wrote);
 * HTML is reduced to its text by a sanitizer and never rendered.
 */
export function prepareRevisionText(content: string, format: SourceTextFormat): PreparedText {
  const text = format === "html" ? htmlToText(content) : content;
  const bytes = Buffer.byteLength(text, "utf8");
  if (text.trim().length === 0) {
    return { ok: false, code: "empty", message: "The text is empty: paste or upload the source's content." };
  }
  if (bytes > MAX_SOURCE_BYTES) {
    return {
      ok: false,
      code: "too_large",
      message: `The text is ${(bytes / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MB.`,
    };
  }
  return { ok: true, text, sha256: sha256Hex(text), codePoints: codePointLength(text) };
}

const BLOCK_TAGS = ["p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article"];

function htmlToText(html: string): string {
  // Mark block boundaries before stripping every tag, so paragraphs survive as lines.
  const marked = html.replace(new RegExp(`<\\/?(${BLOCK_TAGS.join("|")})\\b[^>]*>`, "gi"), "\n");
  const stripped = sanitizeHtml(marked, { allowedTags: [], allowedAttributes: {}, nonTextTags: ["script", "style", "noscript", "template", "head", "title"] });
  const decoded = stripped
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");
  return decoded
    .split("\n")
    .map((line) => line.replace(/[ \t]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
