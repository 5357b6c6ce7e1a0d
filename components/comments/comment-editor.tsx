"use client";

import { FormError } from "@/components/ui/form-error";
import type { JSONContent } from "@tiptap/core";
import { EditorContent, useEditor, useEditorState } from "@tiptap/react";
import { useEffect, useId, useRef, useState } from "react";
import { safeHref } from "@/lib/review/comment-body";
import { commentExtensions, type MentionCandidate } from "./comment-extensions";
import { MentionMenu } from "./mention-menu";
import { useMentionSuggestion } from "./use-mention-suggestion";

export interface CommentEditorProps {
  members: MentionCandidate[];
  /** Posts the comment; resolves true when stored, so the editor clears. */
  onSubmit: (body: JSONContent) => Promise<boolean>;
  label: string;
}

/**
 * A small rich-text editor for comments: bold, italic, links, bullet and
 * numbered lists, and @mentions of project members. Ctrl/⌘+Enter posts.
 */
export function CommentEditor({ members, onSubmit, label }: CommentEditorProps) {
  const id = useId();
  const { suggestion, menu } = useMentionSuggestion(members);
  const [isPosting, setIsPosting] = useState(false);
  const [linkDraft, setLinkDraft] = useState<string | null>(null);
  const [linkError, setLinkError] = useState<string | null>(null);
  const [extensions] = useState(() => commentExtensions(suggestion));
  // The editor's key handler is bound once; it reaches the current post() through this ref.
  const postRef = useRef<() => Promise<void>>(async () => undefined);

  const editor = useEditor({
    extensions,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: "comment-editor__content",
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": label,
        "aria-describedby": `${id}-help`,
      },
      handleKeyDown: (_view, event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          void postRef.current();
          return true;
        }
        return false;
      },
    },
  });

  const marks = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current?.isActive("bold") ?? false,
      italic: current?.isActive("italic") ?? false,
      link: current?.isActive("link") ?? false,
      bulletList: current?.isActive("bulletList") ?? false,
      orderedList: current?.isActive("orderedList") ?? false,
      isEmpty: current?.isEmpty ?? true,
    }),
  });

  async function post() {
    if (!editor || editor.isEmpty || isPosting) return;
    setIsPosting(true);
    const isStored = await onSubmit(editor.getJSON());
    setIsPosting(false);
    if (isStored) editor.commands.clearContent(true);
  }
  useEffect(() => {
    postRef.current = post;
  });

  function onFormSubmit(event: { preventDefault(): void }) {
    event.preventDefault();
    void post();
  }

  function applyLink(event: { preventDefault(): void }) {
    event.preventDefault();
    if (!editor || linkDraft === null) return;
    if (linkDraft.trim() === "") {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
    } else {
      const href = safeHref(/^[a-z][a-z0-9+.-]*:/i.test(linkDraft.trim()) ? linkDraft : `https://${linkDraft.trim()}`);
      if (!href) {
        setLinkError("Use an http(s) or mailto address.");
        return;
      }
      editor.chain().focus().extendMarkRange("link").setLink({ href }).run();
    }
    setLinkDraft(null);
    setLinkError(null);
  }

  const tool = (name: string, isActive: boolean | undefined, run: () => void, shortcut?: string) => (
    <button
      type="button"
      className="button button--small button--quiet"
      aria-pressed={isActive ?? false}
      aria-keyshortcuts={shortcut}
      disabled={!editor}
      onClick={run}
    >
      {name}
    </button>
  );

  return (
    <form className="comment-editor" onSubmit={onFormSubmit} aria-label={label}>
      <div className="comment-editor__toolbar" role="toolbar" aria-label="Formatting">
        {tool("Bold", marks?.bold, () => editor?.chain().focus().toggleBold().run(), "Control+B")}
        {tool("Italic", marks?.italic, () => editor?.chain().focus().toggleItalic().run(), "Control+I")}
        {tool("Link", marks?.link, () => setLinkDraft((editor?.getAttributes("link").href as string | undefined) ?? ""))}
        {tool("Bullet list", marks?.bulletList, () => editor?.chain().focus().toggleBulletList().run())}
        {tool("Numbered list", marks?.orderedList, () => editor?.chain().focus().toggleOrderedList().run())}
      </div>
      {linkDraft !== null ? (
        <div className="comment-editor__link" role="group" aria-label="Link">
          <label className="field field--compact">
            <span>Link address (empty removes the link)</span>
            <input
              type="url"
              value={linkDraft}
              autoFocus
              onChange={(event) => setLinkDraft(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") applyLink(event);
                if (event.key === "Escape") setLinkDraft(null);
              }}
            />
          </label>
          <button type="button" className="button button--small" onClick={applyLink}>
            Apply link
          </button>
          <button type="button" className="button button--small button--quiet" onClick={() => setLinkDraft(null)}>
            Cancel
          </button>
          <FormError message={linkError} />
        </div>
      ) : null}
      <EditorContent editor={editor} className="comment-editor__editor" />
      {menu ? <MentionMenu id={`${id}-mentions`} menu={menu} /> : null}
      <div className="comment-editor__footer">
        <p id={`${id}-help`} className="muted comment-editor__help">
          Type @ to mention a member. <kbd>Ctrl</kbd>+<kbd>Enter</kbd> posts.
        </p>
        <button type="submit" className="button button--primary button--small" disabled={!editor || marks?.isEmpty || isPosting}>
          {isPosting ? "Posting…" : "Post comment"}
        </button>
      </div>
    </form>
  );
}
