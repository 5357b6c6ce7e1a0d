"use client";

import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { decodeUtf8 } from "@/lib/sources/decode-utf8";
import type { getSource } from "@/lib/server/sources/get-source";
import { callApi } from "@/lib/client/api-client";
import { addRevisionRoute } from "@/lib/api/contract/sources";
import type { BodyOf } from "@/lib/api/define-route";

type Source = Awaited<ReturnType<typeof getSource>>;

/** Switch between revisions, and import a new text as the next revision. */
export function RevisionBar({ source, projectSlug, canAddRevision }: { source: Source; projectSlug: string; canAddRevision: boolean }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [message, setMessage] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();
  const base = `/projects/${projectSlug}/sources/${source.id}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    const text = file instanceof File && file.size > 0 ? decodeUtf8(new Uint8Array(await file.arrayBuffer())) : String(form.get("text") ?? "");
    if (text === null) {
      setMessage({ kind: "error", text: "The file is not UTF-8 text." });
      return;
    }
    startTransition(async () => {
      try {
        const result = await callApi(addRevisionRoute, {
          params: { sourceId: source.id },
          // A choice of the form's own select; the server checks it like any other input.
          body: { text, format: String(form.get("format") ?? "plain") as BodyOf<typeof addRevisionRoute>["format"] },
        });
        const r = result.reanchoring;
        setMessage({
          kind: "success",
          text: `Revision ${result.revision.number} saved. Annotations: ${r.anchored} anchored, ${r.moved} moved, ${r.fuzzy} fuzzy, ${r.orphaned} orphaned.`,
        });
        setIsOpen(false);
        router.push(base);
        router.refresh();
      } catch (caught) {
        setMessage({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The revision could not be saved." });
      }
    });
  }

  return (
    <div className="revision-bar">
      <nav aria-label="Revisions" className="revision-bar__list">
        <span className="muted">Revision</span>
        {source.revisions
          .slice()
          .reverse()
          .map((revision) => (
            <Link
              key={revision.id}
              href={`${base}?revision=${revision.number}`}
              className={`chip${revision.number === source.revision.number ? " chip--active" : ""}`}
              aria-current={revision.number === source.revision.number ? "page" : undefined}
            >
              {revision.number}
              {revision.number === source.currentRevision?.number ? " (current)" : ""}
            </Link>
          ))}
        <span className="muted revision-bar__sha" title="sha256 of this revision's text">
          sha256 {source.revision.sha256.slice(0, 12)}…
        </span>
      </nav>
      {canAddRevision ? (
        <button type="button" className="button button--small" aria-expanded={isOpen} onClick={() => setIsOpen((v) => !v)}>
          New revision…
        </button>
      ) : null}
      <FormOutcome outcome={message} />
      {isOpen ? (
        <form className="form revision-form" onSubmit={onSubmit} aria-label="Import a new revision">
          <label className="field">
            <span>New text</span>
            <textarea name="text" rows={8} defaultValue={source.revision.text} />
          </label>
          <label className="field">
            <span>…or upload a file (plain text, Markdown or HTML)</span>
            <input name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html" />
          </label>
          <label className="field">
            <span>Format</span>
            <select name="format" defaultValue="plain">
              <option value="plain">Plain text</option>
              <option value="markdown">Markdown</option>
              <option value="html">HTML (reduced to text)</option>
            </select>
          </label>
          <div>
            <button type="submit" className="button button--primary" disabled={isPending}>
              {isPending ? "Saving and re-anchoring…" : "Save revision"}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
