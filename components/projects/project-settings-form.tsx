"use client";

import { useRouter } from "next/navigation";
import { useTransition, useState, type FormEvent } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { updateProjectRoute } from "@/lib/api/contract/foundation";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";

interface Settings {
  id: string;
  name: string;
  description: string;
  divergenceThreshold: number;
  requiredApprovals: number;
}

/** A project's name, description, divergence threshold (shown in percent) and required approvals. */
export function ProjectSettingsForm({ project }: { project: Settings }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setOutcome(null);
    startTransition(async () => {
      try {
        await callApi(updateProjectRoute, {
          params: { projectId: project.id },
          body: {
            name: String(form.get("name") ?? ""),
            description: String(form.get("description") ?? ""),
            divergenceThreshold: Number(form.get("divergenceThreshold")) / 100,
            requiredApprovals: Number(form.get("requiredApprovals")),
          },
        });
        setOutcome({ kind: "success", text: "Settings saved." });
        router.refresh();
      } catch (caught) {
        setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The settings could not be saved. Try again." });
      }
    });
  }

  return (
    <form className="form card project-settings" onSubmit={onSubmit} aria-label="Project settings">
      <label className="field">
        <span>Name</span>
        <input name="name" required maxLength={200} defaultValue={project.name} />
      </label>
      <label className="field">
        <span>Description</span>
        <textarea name="description" maxLength={2000} rows={3} defaultValue={project.description} />
      </label>
      <label className="field">
        <span>Divergence threshold (%)</span>
        <input name="divergenceThreshold" type="number" min={0.01} max={1000} step="any" required defaultValue={Math.round(project.divergenceThreshold * 10000) / 100} />
        <small className="muted">Figures further apart than this are a divergence; changing it recomputes every conflict.</small>
      </label>
      <label className="field">
        <span>Approvals a claim needs</span>
        <select name="requiredApprovals" defaultValue={String(project.requiredApprovals)}>
          <option value="1">One reviewer</option>
          <option value="2">Two different reviewers</option>
        </select>
      </label>
      <FormOutcome outcome={outcome} />
      <div>
        <button type="submit" className="button button--primary" disabled={isPending}>
          {isPending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
