"use client";

import { useRouter } from "next/navigation";
import { useTransition, useState, type FormEvent } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { JobProgress, useWatchedJob } from "@/components/jobs/job-progress";
import { updateProjectRoute } from "@/lib/api/contract/foundation";
import { getJobRoute } from "@/lib/api/contract/jobs";
import { callApi } from "@/lib/client/api-client";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { authorLines, authorsFromLines, citationAuthorsSchema, type CitationAuthor } from "@/lib/projects/citation-input";
import { DATASET_LICENCES, datasetLicenceIdSchema } from "@/lib/projects/dataset-licences";

interface Settings {
  id: string;
  name: string;
  description: string;
  divergenceThreshold: number;
  requiredApprovals: number;
  licence: string | null;
  citationAuthors: CitationAuthor[];
  doi: string | null;
  contactName: string | null;
  contactEmail: string | null;
}

/** An emptied field clears the setting. */
const optional = (value: FormDataEntryValue | null) => String(value ?? "").trim() || null;

/** A project's name, description, divergence threshold (shown in percent), required approvals, and what its exports say about themselves. */
export function ProjectSettingsForm({ project }: { project: Settings }) {
  const router = useRouter();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();
  // A new threshold queues a recomputation: its progress shows under the form.
  const { job, setJob } = useWatchedJob();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setOutcome(null);
    const authors = citationAuthorsSchema.safeParse(authorsFromLines(String(form.get("citationAuthors") ?? "")));
    if (!authors.success) {
      setOutcome({ kind: "error", text: `Authors: ${authors.error.issues[0]?.message ?? "check each line"}` });
      return;
    }
    startTransition(async () => {
      try {
        const saved = await callApi(updateProjectRoute, {
          params: { projectId: project.id },
          body: {
            name: String(form.get("name") ?? ""),
            description: String(form.get("description") ?? ""),
            divergenceThreshold: Number(form.get("divergenceThreshold")) / 100,
            requiredApprovals: Number(form.get("requiredApprovals")),
            licence: datasetLicenceIdSchema.nullable().parse(optional(form.get("licence"))),
            citationAuthors: authors.data,
            doi: optional(form.get("doi")),
            contactName: optional(form.get("contactName")),
            contactEmail: optional(form.get("contactEmail")),
          },
        });
        setOutcome({ kind: "success", text: saved.recomputeJob ? "Settings saved. Every conflict is being recomputed with the new threshold." : "Settings saved." });
        if (saved.recomputeJob) setJob((await callApi(getJobRoute, { params: { jobId: saved.recomputeJob.id } })).job);
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
      <fieldset className="stack">
        <legend>Dataset: licence, citation, contact</legend>
        <small className="muted">Every export carries these in its datapackage.json, README.md, CITATION.cff and LICENSE.</small>
        <label className="field">
          <span>Licence</span>
          <select name="licence" defaultValue={project.licence ?? ""}>
            <option value="">None chosen (all rights reserved)</option>
            {DATASET_LICENCES.map((licence) => (
              <option key={licence.id} value={licence.id}>
                {licence.name} ({licence.id})
              </option>
            ))}
          </select>
        </label>
        {/* The hint is the field's description, not part of its name. */}
        <div className="field">
          <label htmlFor="project-citation-authors">Authors, one a line</label>
          <textarea
            id="project-citation-authors"
            name="citationAuthors"
            rows={3}
            defaultValue={authorLines(project.citationAuthors)}
            aria-describedby="project-citation-authors-hint"
            placeholder={"Diallo, Aminata, https://orcid.org/0000-0002-1825-0097, Université de Bamako\nSahel Monitoring Collective"}
          />
          <small id="project-citation-authors-hint" className="muted">
            A person: family names, given names, ORCID, affiliation (all but the first optional). A line without a comma is an organisation.
          </small>
        </div>
        <label className="field">
          <span>DOI</span>
          <input name="doi" maxLength={200} defaultValue={project.doi ?? ""} placeholder="10.5281/zenodo.1234567" />
        </label>
        <label className="field">
          <span>Contact name</span>
          <input name="contactName" maxLength={200} defaultValue={project.contactName ?? ""} />
        </label>
        <label className="field">
          <span>Contact email</span>
          <input name="contactEmail" type="email" maxLength={320} defaultValue={project.contactEmail ?? ""} />
        </label>
      </fieldset>
      <FormOutcome outcome={outcome} />
      {job ? <JobProgress job={job} label="Recomputation progress" /> : null}
      <div>
        <button type="submit" className="button button--primary" disabled={isPending}>
          {isPending ? "Saving…" : "Save settings"}
        </button>
      </div>
    </form>
  );
}
