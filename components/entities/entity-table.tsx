"use client";

import { useState } from "react";
import { EntityRow, type ListedEntity } from "./entity-row";

/** The entities as a table; the outcome of a merge is announced here, since the merged row goes away. */
export function EntityTable({
  entities,
  slug,
  mergeTargets,
  canEdit,
  canMerge,
}: {
  entities: ListedEntity[];
  slug: string;
  mergeTargets: { id: string; name: string }[];
  canEdit: boolean;
  canMerge: boolean;
}) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="stack">
      <p role="status" className="form-success">
        {message}
      </p>
      {entities.length === 0 ? (
        <p className="empty">No entities match.</p>
      ) : (
        <div className="table-wrap">
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
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
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
                  onMerged={setMessage}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
