"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { createProjectRoute } from "@/lib/api/contract/foundation";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { PROJECT_TEMPLATE_IDS, projectTemplates, type ProjectTemplateId } from "@/lib/projects/templates";
import { FormActions } from "@/components/ui/form-actions";

/** "New project": a name, an optional address, a description and a template; the creator lands in the new project as its owner. */
export function NewProjectForm() {
  const router = useRouter();
  const id = useId();
  const [isOpen, setIsOpen] = useState(false);
  const [template, setTemplate] = useState<ProjectTemplateId>("conflict-casualty-monitoring");
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const slug = String(form.get("slug") ?? "").trim();
    setOutcome(null);
    startTransition(async () => {
      try {
        const { project } = await callApi(createProjectRoute, {
          body: { name: String(form.get("name") ?? ""), slug: slug || undefined, description: String(form.get("description") ?? ""), template },
        });
        router.push(`/projects/${project.slug}`);
      } catch (caught) {
        setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The project could not be created. Try again." });
      }
    });
  }

  if (!isOpen) {
    return (
      <button type="button" className="button button--primary" onClick={() => setIsOpen(true)}>
        New project
      </button>
    );
  }
  return (
    <form className="form card new-project" onSubmit={onSubmit} aria-label="New project">
      <h2>New project</h2>
      <label className="field">
        <span>Name</span>
        <input name="name" required maxLength={200} autoFocus />
      </label>
      <label className="field">
        <span>Address (optional)</span>
        <input name="slug" maxLength={64} pattern="[a-z0-9]+(-[a-z0-9]+)*" placeholder="made from the name" aria-describedby={`${id}-slug`} />
        <small id={`${id}-slug`} className="muted">
          Lowercase letters, digits and hyphens: /projects/<em>address</em>.
        </small>
      </label>
      <label className="field">
        <span>Description (optional)</span>
        <textarea name="description" maxLength={2000} rows={2} />
      </label>
      <label className="field">
        <span>Template</span>
        <select value={template} onChange={(event) => setTemplate(event.target.value as ProjectTemplateId)} aria-describedby={`${id}-template`}>
          {PROJECT_TEMPLATE_IDS.map((templateId) => (
            <option key={templateId} value={templateId}>
              {projectTemplates[templateId].label}
            </option>
          ))}
        </select>
        <small id={`${id}-template`} className="muted">
          {projectTemplates[template].description}
        </small>
      </label>
      <FormOutcome outcome={outcome} />
      <FormActions label="Create project" pendingLabel="Creating…" isPending={isPending} onCancel={() => setIsOpen(false)} />
    </form>
  );
}
