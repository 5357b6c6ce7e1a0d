"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useId, useRef, useState, useTransition, type FormEvent } from "react";
import type { listEntities } from "@/lib/server/entities/entities";
import { formProblem, type FormProblem } from "@/components/ui/form-problem";
import { entityKindLabels, entityKinds, parseAliases } from "./entity-kinds";
import { EntityMergeDialog, type MergeResult } from "./entity-merge-dialog";
import { callApi } from "@/lib/client/api-client";
import { updateEntityRoute } from "@/lib/api/contract/claims";
import type { BodyOf } from "@/lib/api/define-route";
import { ReliabilitySelect } from "@/components/grading/reliability-select";
import { describeReliability } from "@/lib/grading/grade-words";
import { reliabilityGradeSchema } from "@/lib/estimates/rule";

export type ListedEntity = Awaited<ReturnType<typeof listEntities>>[number];

const COLUMNS = 6;

export interface EntityRowProps {
  entity: ListedEntity;
  slug: string;
  mergeTargets: { id: string; name: string }[];
  canEdit: boolean;
  canMerge: boolean;
  onMerged: (merge: CompletedMerge) => void;
  /** While the project grades sources: the entity's reliability is shown, and graders change it here. */
  grading: { isEnabled: boolean; canGrade: boolean };
}

/** What the table announces after a merge, and what it needs to offer undoing it. */
export interface CompletedMerge {
  text: string;
  entityId: string;
  entityName: string;
}

/** One entity: read as a table row, edited in place (kind, aliases, QID), or merged into another. */
export function EntityRow({ entity, slug, mergeTargets, canEdit, canMerge, onMerged, grading }: EntityRowProps) {
  const router = useRouter();
  const id = useId();
  const [isEditing, setIsEditing] = useState(false);
  const [isMerging, setIsMerging] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [isPending, startTransition] = useTransition();
  const editButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // Keyboard users land back on the button that opened the editor.
  useEffect(() => {
    if (wasEditing.current && !isEditing) editButton.current?.focus();
    wasEditing.current = isEditing;
  }, [isEditing]);

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const wikidataQid = String(form.get("wikidataQid") ?? "").trim();
    const body = {
      kind: String(form.get("kind") ?? entity.kind) as BodyOf<typeof updateEntityRoute>["kind"],
      aliases: parseAliases(String(form.get("aliases") ?? "")),
      wikidataQid: wikidataQid || null,
      ...(form.has("reliability") ? { reliability: reliabilityGradeSchema.nullable().parse(form.get("reliability") || null) } : {}),
    };
    startTransition(async () => {
      try {
        await callApi(updateEntityRoute, { params: { entityId: entity.id }, body });
        setProblem(null);
        setIsEditing(false);
        router.refresh();
      } catch (error) {
        setProblem(formProblem(error));
      }
    });
  }

  function merged(targetName: string, result: MergeResult) {
    setIsMerging(false);
    onMerged({
      text:
        `Merged “${entity.name}” into “${targetName}”: ${result.claimsMoved} ${result.claimsMoved === 1 ? "claim" : "claims"} moved; ` +
        `its aliases are now ${result.aliases.join(", ") || "none"}.`,
      entityId: entity.id,
      entityName: entity.name,
    });
    router.refresh();
  }

  if (isEditing) {
    const qidError = problem?.fields.wikidataQid;
    return (
      <tr className="entity-row entity-row--editing">
        <td colSpan={COLUMNS}>
          <form className="form form--inline" onSubmit={save} aria-label={`Edit ${entity.name}`}>
            <strong className="entity-row__name">{entity.name}</strong>
            <label className="field">
              <span>Kind</span>
              <select name="kind" defaultValue={entity.kind} autoFocus>
                {entityKinds.map((kind) => (
                  <option key={kind} value={kind}>
                    {entityKindLabels[kind]}
                  </option>
                ))}
              </select>
            </label>
            <label className="field entity-form__aliases">
              <span>Aliases (comma-separated)</span>
              <input name="aliases" defaultValue={entity.aliases.join(", ")} />
            </label>
            <label className="field">
              <span>Wikidata QID</span>
              <input
                name="wikidataQid"
                defaultValue={entity.wikidataQid ?? ""}
                placeholder="Q12345"
                size={12}
                aria-invalid={qidError ? true : undefined}
                aria-describedby={qidError ? `${id}-qid-error` : undefined}
              />
              {qidError ? (
                <small id={`${id}-qid-error`} className="field-error">
                  {qidError}
                </small>
              ) : null}
            </label>
            {grading.isEnabled && grading.canGrade ? <ReliabilitySelect name="reliability" defaultValue={entity.reliability} /> : null}
            <button type="submit" className="button button--primary" disabled={isPending}>
              {isPending ? "Saving…" : "Save"}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setProblem(null);
                setIsEditing(false);
              }}
            >
              Cancel
            </button>
            {problem ? (
              <p role="alert" className="form-error entity-form__message">
                {problem.message}
              </p>
            ) : null}
          </form>
        </td>
      </tr>
    );
  }

  return (
    <tr className="entity-row" data-testid="entity-row">
      <th scope="row">
        <Link href={`/projects/${slug}/entities/${entity.id}`}>{entity.name}</Link>
        {entity.description ? <span className="muted entity-row__description">{entity.description}</span> : null}
        {grading.isEnabled ? (
          <span className="muted entity-row__description" data-testid="entity-reliability">
            Reliability: {entity.reliability ? describeReliability(entity.reliability) : "not graded"}
          </span>
        ) : null}
      </th>
      <td data-label="Kind">{entityKindLabels[entity.kind]}</td>
      <td data-label="Aliases">
        {entity.aliases.length > 0 ? (
          <ul className="alias-list" aria-label={`Aliases of ${entity.name}`}>
            {entity.aliases.map((alias) => (
              <li key={alias} className="chip">
                {alias}
              </li>
            ))}
          </ul>
        ) : (
          <span className="muted">none</span>
        )}
      </td>
      <td data-label="Wikidata">
        {entity.wikidataQid ? (
          <a href={`https://www.wikidata.org/wiki/${entity.wikidataQid}`} rel="noreferrer noopener" target="_blank">
            {entity.wikidataQid}
          </a>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="num" data-label="Claims as subject">
        <Link
          href={`/projects/${slug}/claims?entityId=${encodeURIComponent(entity.id)}`}
          aria-label={`${entity.claimCount} claims with ${entity.name} as subject; list every claim that names it`}
        >
          {entity.claimCount}
        </Link>
      </td>
      <td>
        <div className="entity-row__actions">
          {canEdit ? (
            <button ref={editButton} type="button" className="button button--small" onClick={() => setIsEditing(true)} aria-label={`Edit ${entity.name}`}>
              Edit
            </button>
          ) : null}
          {canMerge ? (
            <button type="button" className="button button--small" onClick={() => setIsMerging(true)} aria-label={`Merge ${entity.name} into another entity`}>
              Merge…
            </button>
          ) : null}
          {isMerging ? (
            <EntityMergeDialog
              entity={entity}
              targets={mergeTargets.filter((t) => t.id !== entity.id)}
              onMerged={merged}
              onClose={() => setIsMerging(false)}
            />
          ) : null}
        </div>
      </td>
    </tr>
  );
}
