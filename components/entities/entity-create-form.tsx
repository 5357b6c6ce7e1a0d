"use client";

import { useRouter } from "next/navigation";
import { useId, useState, useTransition, type FormEvent } from "react";
import { formProblem, type FormProblem } from "@/components/ui/form-problem";
import { entityKindLabels, entityKinds, parseAliases } from "./entity-kinds";
import { callApi } from "@/lib/client/api-client";
import { createEntityRoute } from "@/lib/api/contract/claims";
import type { BodyOf } from "@/lib/api/define-route";

/** Creates an entity through the API; duplicate names (409) and invalid QIDs (400) are shown beside the form. */
export function EntityCreateForm({ projectId }: { projectId: string }) {
  const router = useRouter();
  const id = useId();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const wikidataQid = String(form.get("wikidataQid") ?? "").trim();
    const body = {
      name: String(form.get("name") ?? ""),
      // A choice of the form's own select; the server checks it like any other input.
      kind: String(form.get("kind") ?? "") as BodyOf<typeof createEntityRoute>["kind"],
      aliases: parseAliases(String(form.get("aliases") ?? "")),
      ...(wikidataQid ? { wikidataQid } : {}),
    };
    startTransition(async () => {
      try {
        const { entity } = await callApi(createEntityRoute, { params: { projectId }, body });
        setProblem(null);
        setCreated(entity.name);
        formElement.reset();
        router.refresh();
      } catch (error) {
        setCreated(null);
        setProblem(formProblem(error));
      }
    });
  }

  const fieldError = (name: string) => problem?.fields[name];
  return (
    <form className="form form--inline entity-form" onSubmit={onSubmit} aria-label="Create an entity">
      <label className="field">
        <span>Name</span>
        <input
          name="name"
          required
          maxLength={200}
          aria-invalid={fieldError("name") ? true : undefined}
          aria-describedby={fieldError("name") ? `${id}-name-error` : undefined}
        />
        {fieldError("name") ? (
          <small id={`${id}-name-error`} className="field-error">
            {fieldError("name")}
          </small>
        ) : null}
      </label>
      <label className="field">
        <span>Kind</span>
        <select name="kind" defaultValue="armed_group">
          {entityKinds.map((kind) => (
            <option key={kind} value={kind}>
              {entityKindLabels[kind]}
            </option>
          ))}
        </select>
      </label>
      <label className="field entity-form__aliases">
        <span>Aliases (comma-separated)</span>
        <input name="aliases" placeholder="ISGS, Sahel Province" />
      </label>
      <label className="field">
        <span>Wikidata QID (optional)</span>
        <input
          name="wikidataQid"
          placeholder="Q12345"
          size={12}
          aria-invalid={fieldError("wikidataQid") ? true : undefined}
          aria-describedby={fieldError("wikidataQid") ? `${id}-qid-error` : undefined}
        />
        {fieldError("wikidataQid") ? (
          <small id={`${id}-qid-error`} className="field-error">
            {fieldError("wikidataQid")}
          </small>
        ) : null}
      </label>
      <button className="button button--primary" type="submit" disabled={isPending}>
        {isPending ? "Creating…" : "Create entity"}
      </button>
      {problem ? (
        <p role="alert" className="form-error entity-form__message">
          {problem.message}
        </p>
      ) : created ? (
        <p role="status" className="form-success entity-form__message">
          Created {created}.
        </p>
      ) : null}
    </form>
  );
}
