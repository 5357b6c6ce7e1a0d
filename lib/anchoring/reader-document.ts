/**
 * The revision text as TipTap/ProseMirror JSON for the source reader: one
 * textblock per line, holding every character of the line, wiki markup
 * included, so that createPositionMap can translate offsets by arithmetic.
 * Markup is tagged with a `sourceToken` mark for the reader to mute, never
 * removed; newlines are the boundaries between blocks.
 */

export const SOURCE_TOKEN_MARK = "sourceToken";

export type ReaderBlockKind = "body" | "infobox-title" | "infobox-row" | "separator";

export type SourceTokenRole = "marker" | "infobox-key";

export interface ReaderTextNode {
  type: "text";
  text: string;
  marks?: Array<{ type: typeof SOURCE_TOKEN_MARK; attrs: { role: SourceTokenRole } }>;
}

export type ReaderBlockNode =
  | { type: "paragraph"; attrs: { kind: ReaderBlockKind }; content?: ReaderTextNode[] }
  | { type: "heading"; attrs: { level: number }; content?: ReaderTextNode[] };

export interface ReaderDocument {
  type: "doc";
  content: ReaderBlockNode[];
}

export const READER_SECTION_NODE = "readerSection";

export interface ReaderSectionNode {
  type: typeof READER_SECTION_NODE;
  content: ReaderBlockNode[];
}

/** A ReaderDocument whose blocks are grouped, in order, into sections. */
export interface SectionedReaderDocument {
  type: "doc";
  content: ReaderSectionNode[];
}

/** `= Title =` is level 1, `== Section ==` level 2, and so on to 6. */
const HEADING_LINE = /^(=+)([ \t]*)([^=].*?)([ \t]*)(=+)([ \t\r]*)$/;
const MAX_HEADING_LEVEL = 6;
const INFOBOX_TITLE = "Infobox";
const INFOBOX_BULLET = "- ";
/** Longer "keys" are prose that happens to contain a colon. */
const MAX_INFOBOX_KEY_LENGTH = 64;

interface Token {
  from: number;
  to: number;
  role: SourceTokenRole;
}

export function buildReaderDocument(text: string): ReaderDocument {
  let isInInfobox = false;
  const content = text.split("\n").map((line): ReaderBlockNode => {
    if (line.trim() === "") {
      isInInfobox = false;
      return paragraph("separator", line, []);
    }
    const heading = parseHeading(line);
    if (heading) {
      isInInfobox = false;
      return { type: "heading", attrs: { level: heading.level }, ...inlineContent(line, heading.tokens) };
    }
    if (line.trim() === INFOBOX_TITLE) {
      isInInfobox = true;
      return paragraph("infobox-title", line, []);
    }
    if (isInInfobox && line.startsWith(INFOBOX_BULLET)) {
      return paragraph("infobox-row", line, infoboxRowTokens(line));
    }
    return paragraph("body", line, []);
  });
  return { type: "doc", content };
}

function paragraph(kind: ReaderBlockKind, line: string, tokens: Token[]): ReaderBlockNode {
  return { type: "paragraph", attrs: { kind }, ...inlineContent(line, tokens) };
}

function parseHeading(line: string): { level: number; tokens: Token[] } | null {
  const match = HEADING_LINE.exec(line);
  if (!match) return null;
  const [, open = "", openSpace = "", title = "", closeSpace = "", close = ""] = match;
  if (open.length !== close.length || open.length > MAX_HEADING_LEVEL || title.trim() === "") return null;
  const titleStart = open.length + openSpace.length;
  const titleEnd = titleStart + title.length;
  return {
    level: open.length,
    tokens: [
      { from: 0, to: titleStart, role: "marker" },
      { from: titleEnd, to: titleEnd + closeSpace.length + close.length, role: "marker" },
    ],
  };
}

function infoboxRowTokens(line: string): Token[] {
  const bullet: Token = { from: 0, to: INFOBOX_BULLET.length, role: "marker" };
  const colon = line.indexOf(":", INFOBOX_BULLET.length);
  const key = line.slice(INFOBOX_BULLET.length, colon);
  if (colon === -1 || key.trim() === "" || key.length > MAX_INFOBOX_KEY_LENGTH) return [bullet];
  return [bullet, { from: INFOBOX_BULLET.length, to: colon + 1, role: "infobox-key" }];
}

/** The line as text nodes, tokens marked; an empty line has no content at all. */
function inlineContent(line: string, tokens: Token[]): { content?: ReaderTextNode[] } {
  const nodes: ReaderTextNode[] = [];
  let at = 0;
  for (const token of tokens) {
    if (token.from > at) nodes.push({ type: "text", text: line.slice(at, token.from) });
    if (token.to > token.from) {
      nodes.push({
        type: "text",
        text: line.slice(token.from, token.to),
        marks: [{ type: SOURCE_TOKEN_MARK, attrs: { role: token.role } }],
      });
    }
    at = Math.max(at, token.to);
  }
  if (at < line.length) nodes.push({ type: "text", text: line.slice(at) });
  return nodes.length > 0 ? { content: nodes } : {};
}

/**
 * Groups the blocks into sections of `linesPerSection` lines (the last one
 * shorter). A long text is thousands of lines, and ProseMirror does work per
 * child of a node on every decoration update (DecorationSet.create scans all
 * decorations once per child), so a two-level tree of about √lines sections
 * makes that work far smaller. Sections add no text: createPositionMap, given
 * the same `linesPerSection`, accounts for their positions.
 */
export function sectionReaderDocument(document: ReaderDocument, linesPerSection: number): SectionedReaderDocument {
  const content: ReaderSectionNode[] = [];
  for (let first = 0; first < document.content.length; first += linesPerSection) {
    content.push({ type: READER_SECTION_NODE, content: document.content.slice(first, first + linesPerSection) });
  }
  return { type: "doc", content };
}
