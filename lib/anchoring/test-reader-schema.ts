import { type Node, Schema } from "@tiptap/pm/model";
import type { ReaderDocument, SectionedReaderDocument } from "@/lib/anchoring/reader-document";

/**
 * A bare ProseMirror schema with the reader's node and mark names, so tests
 * can check positions against a real document without loading the editor.
 */
const readerSchema = new Schema({
  nodes: {
    doc: { content: "(block | readerSection)+" },
    readerSection: { content: "block+" },
    paragraph: { group: "block", content: "inline*", attrs: { kind: { default: "body" } } },
    heading: { group: "block", content: "inline*", attrs: { level: { default: 1 } } },
    text: { group: "inline" },
  },
  marks: { sourceToken: { attrs: { role: {} } } },
});

export function toProseMirrorDoc(document: ReaderDocument | SectionedReaderDocument): Node {
  const doc = readerSchema.nodeFromJSON(document);
  doc.check();
  return doc;
}
