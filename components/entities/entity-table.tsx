"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { EntityRow, type CompletedMerge, type EntityRowProps, type ListedEntity } from "./entity-row";
import { formProblem } from "@/components/ui/form-problem";
import { callApi } from "@/lib/client/api-client";
import { unmergeEntityRoute } from "@/lib/api/contract/claims";
import { ActionsHeader } from "@/components/ui/actions-header";
import { TableFrame } from "@/components/ui/table-frame";

/**
 * The entities as a table. The outcome of a merge is announced here, since the
 * merged row goes away, with a button that undoes it.
 */
export function EntityTable({
  entities,
  slug,
  mergeTargets,
  canEdit,
  canMerge,
  grading,
}: {
  entities: ListedEntity[];
  slug: string;
  mergeTargets: { id: string; name: string }[];
  canEdit: boolean;
  canMerge: boolean;
  grading: EntityRowProps["grading"];
}) {
  const router = useRouter();
  const [lastMerge, setLastMerge] = useState<CompletedMerge | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isUndoing, startUndo] = useTransition();

  function merged(merge: CompletedMerge) {
    setLastMerge(merge);
    setOutcome({ kind: "success", text: merge.text });
  }

  function undo(merge: CompletedMerge) {
    startUndo(async () => {
      try {
        const result = await callApi(unmergeEntityRoute, { params: { entityId: merge.entityId } });
        setLastMerge(null);
        const claims = `${result.claimsRestored} ${result.claimsRestored === 1 ? "claim points" : "claims point"}`;
        setOutcome({ kind: "success", text: `Un-merged “${merge.entityName}”: it is listed again and ${claims} at it again.` });
        router.refresh();
      } catch (failure) {
        setOutcome({ kind: "error", text: formProblem(failure).message });
      }
    });
  }

  return (
    <div className="stack">
      <div className="entity-table__outcome">
        <FormOutcome outcome={outcome} />
        {lastMerge && (
          <button type="button" className="button" disabled={isUndoing} onClick={() => undo(lastMerge)}>
            {isUndoing ? "Undoing…" : `Undo merge of ${lastMerge.entityName}`}
          </button>
        )}
      </div>
      {entities.length === 0 ? (
        <p className="empty">No entities match.</p>
      ) : (
        <TableFrame>
          <table className="table entity-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Aliases</th>
                <th scope="col">Wikidata</th>
                <th scope="col" className="num">
                  Claims as subject
                </th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {entities.map((entity) => (
                <EntityRow
                  key={entity.id}
                  entity={entity}
                  slug={slug}
                  mergeTargets={mergeTargets}
                  canEdit={canEdit}
                  canMerge={canMerge}
                  onMerged={merged}
                  grading={grading}
                />
              ))}
            </tbody>
          </table>
        </TableFrame>
      )}
    </div>
  );
}
