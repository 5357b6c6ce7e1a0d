"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { decodeUtf8 } from "@/lib/sources/decode-utf8";
import { MAX_SOURCE_BYTES } from "@/lib/sources/limits";
import { callApi } from "@/lib/client/api-client";
import { importSourceRoute } from "@/lib/api/contract/sources";
import { FormActions } from "@/components/ui/form-actions";

type Format = "plain" | "markdown" | "html";

const FORMAT_BY_EXTENSION: Record<string, Format> = { txt: "plain", md: "markdown", markdown: "markdown", html: "html", htm: "html" };

/** Paste a text or upload a file, with its metadata; the API reports empty, oversized and duplicate texts. */
export function ImportSourceForm({ projectId, projectSlug }: { projectId: string; projectSlug: string }) {
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [error, setError] = useState<{ message: string; duplicateSourceId?: string } | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [isSaving, setIsSaving] = useState(false);
  const [format, setFormat] = useState<Format>("plain");

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    setFieldErrors({});
    const form = new FormData(event.currentTarget);
    const file = form.get("file");
    let text = String(form.get("text") ?? "");
    if (file instanceof File && file.size > 0) {
      if (file.size > MAX_SOURCE_BYTES) {
        setError({ message: `The file is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MB.` });
        return;
      }
      const decoded = decodeUtf8(new Uint8Array(await file.arrayBuffer()));
      if (decoded === null) {
        setError({ message: "The file is not UTF-8 text. Save it as UTF-8 and try again." });
        return;
      }
      text = decoded;
    }
    const optional = (name: string) => String(form.get(name) ?? "").trim() || undefined;
    setIsSaving(true);
    try {
      const { source } = await callApi(importSourceRoute, {
        params: { projectId },
        body: {
          title: String(form.get("title") ?? ""),
          outlet: optional("outlet"),
          author: optional("author"),
          url: optional("url"),
          publishedAt: optional("publishedAt"),
          retrievedAt: optional("retrievedAt"),
          language: optional("language"),
          format,
          text,
        },
      });
      router.push(`/projects/${projectSlug}/sources/${source.id}`);
    } catch (caught) {
      if (caught instanceof ApiRequestError) {
        const details = caught.details as { fields?: { path: string; message: string }[]; sourceId?: string } | undefined;
        setFieldErrors(Object.fromEntries((details?.fields ?? []).map((f) => [f.path.replace(/^body\./, ""), f.message])));
        setError({ message: caught.message, duplicateSourceId: details?.sourceId });
      } else {
        setError({ message: "The source could not be imported. Try again." });
      }
    } finally {
      setIsSaving(false);
    }
  }

  if (!isOpen) {
    return (
      <button type="button" className="button button--primary" onClick={() => setIsOpen(true)}>
        Import a source…
      </button>
    );
  }
  const fieldError = (name: string) => (fieldErrors[name] ? <span className="field-error">{fieldErrors[name]}</span> : null);
  return (
    <form className="form import-source" onSubmit={onSubmit} aria-label="Import a source" noValidate>
      <div className="form-row">
        <label className="field">
          <span>Title</span>
          <input name="title" required />
          {fieldError("title")}
        </label>
        <label className="field">
          <span>Outlet</span>
          <input name="outlet" placeholder="Le Monde" />
        </label>
        <label className="field">
          <span>Author</span>
          <input name="author" />
        </label>
      </div>
      <div className="form-row">
        <label className="field">
          <span>URL</span>
          <input name="url" type="url" placeholder="https://…" />
          {fieldError("url")}
        </label>
        <label className="field">
          <span>Published</span>
          <input name="publishedAt" type="date" />
        </label>
        <label className="field">
          <span>Retrieved</span>
          <input name="retrievedAt" type="date" />
        </label>
        <label className="field">
          <span>Language</span>
          <input name="language" placeholder="en" />
          {fieldError("language")}
        </label>
      </div>
      <label className="field">
        <span>Text</span>
        <textarea name="text" rows={8} placeholder="Paste the source text, or upload a file below." />
        {fieldError("text")}
      </label>
      <div className="form-row">
        <label className="field">
          <span>…or upload a file (.txt, .md, .html; UTF-8, at most 5 MB)</span>
          <input
            name="file"
            type="file"
            accept=".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html"
            onChange={(event) => {
              const extension = event.target.files?.[0]?.name.split(".").pop()?.toLowerCase() ?? "";
              if (FORMAT_BY_EXTENSION[extension]) setFormat(FORMAT_BY_EXTENSION[extension]);
            }}
          />
        </label>
        <label className="field">
          <span>Format</span>
          <select value={format} onChange={(e) => setFormat(e.target.value as Format)}>
            <option value="plain">Plain text</option>
            <option value="markdown">Markdown</option>
            <option value="html">HTML (reduced to text, never rendered)</option>
          </select>
        </label>
      </div>
      {error ? (
        <p role="alert" className="form-error">
          {error.message}{" "}
          {error.duplicateSourceId ? <a href={`/projects/${projectSlug}/sources/${error.duplicateSourceId}`}>Open it</a> : null}
        </p>
      ) : null}
      <FormActions label="Import" pendingLabel="Importing…" isPending={isSaving} onCancel={() => setIsOpen(false)} />
    </form>
  );
}
