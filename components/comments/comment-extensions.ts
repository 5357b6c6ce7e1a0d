import type { AnyExtension } from "@tiptap/core";
import Mention from "@tiptap/extension-mention";
import StarterKit from "@tiptap/starter-kit";
import type { SuggestionOptions } from "@tiptap/suggestion";
import { safeHref } from "@/lib/review/comment-body";

export interface MentionCandidate {
  id: string;
  name: string;
}

/**
 * The comment schema in TipTap terms: exactly the nodes and marks that
 * lib/review/comment-body accepts. The editor and the renderer of stored
 * comments use this one list, so what can be written is what can be shown.
 */
export function commentExtensions(suggestion?: Omit<SuggestionOptions<MentionCandidate>, "editor">): AnyExtension[] {
  return [
    StarterKit.configure({
      heading: false,
      blockquote: false,
      code: false,
      codeBlock: false,
      horizontalRule: false,
      strike: false,
      underline: false,
      link: {
        openOnClick: false,
        autolink: true,
        defaultProtocol: "https",
        protocols: ["http", "https", "mailto"],
        isAllowedUri: (url) => safeHref(url) !== null,
        HTMLAttributes: { rel: "noopener noreferrer nofollow", target: "_blank" },
      },
    }),
    Mention.configure({
      HTMLAttributes: { class: "mention" },
      renderText: ({ node }) => `@${node.attrs.label ?? ""}`,
      ...(suggestion ? { suggestion } : {}),
    }),
  ];
}
