"use client";

import { useState, useTransition, type FormEvent } from "react";
import { FormActions } from "@/components/ui/form-actions";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { formProblem } from "@/components/ui/form-problem";
import { archivePropertyRoute, createPropertyRoute, restorePropertyRoute, updatePropertyRoute } from "@/lib/api/contract/teams";
import type { ResponseOf } from "@/lib/api/define-route";
import { callApi } from "@/lib/client/api-client";
import type { ValueType } from "@/lib/db/generated/enums";
import { valueTypeLabels } from "@/lib/vocabulary/property-input";
import { PropertyFields, readPropertyFields } from "./property-fields";
import { ActionsHeader } from "@/components/ui/actions-header";
import { TableFrame } from "@/components/ui/table-frame";

type Property = ResponseOf<typeof createPropertyRoute>["property"];

const blank = { label: "", valueType: "quantity" as ValueType, isSingleValued: true, description: "" };

/**
 * The project's vocabulary. Owners add properties, edit them in place and
 * archive the ones no longer wanted; everyone else reads it.
 */
export function VocabularyEditor({ projectId, initialProperties, canManage }: { projectId: string; initialProperties: Property[]; canManage: boolean }) {
  const [properties, setProperties] = useState(initialProperties);
  const [editingId, setEditingId] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isPending, startTransition] = useTransition();

  function save(request: () => Promise<{ property: Property }>, success: (property: Property) => string, after: () => void) {
    setOutcome(null);
    setErrors({});
    startTransition(async () => {
      try {
        const { property } = await request();
        setProperties((current) => upsert(current, property));
        setOutcome({ kind: "success", text: success(property) });
        after();
      } catch (caught) {
        const problem = formProblem(caught);
        setErrors(problem.fields);
        setOutcome({ kind: "error", text: problem.message });
      }
    });
  }

  function onAdd(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const fields = readPropertyFields(form);
    const body = { key: String(form.get("key") ?? ""), label: fields.label ?? "", valueType: fields.valueType ?? "quantity", isSingleValued: fields.isSingleValued, description: fields.description };
    save(() => callApi(createPropertyRoute, { params: { projectId }, body }), (p) => `${p.label} is in the vocabulary.`, () => setIsAdding(false));
  }

  function onEdit(event: FormEvent<HTMLFormElement>, property: Property) {
    event.preventDefault();
    const fields = readPropertyFields(new FormData(event.currentTarget));
    save(() => callApi(updatePropertyRoute, { params: { propertyId: property.id }, body: fields }), (p) => `${p.label} is saved.`, () => setEditingId(null));
  }

  function setArchived(property: Property, isArchived: boolean) {
    const route = isArchived ? archivePropertyRoute : restorePropertyRoute;
    save(
      () => callApi(route, { params: { propertyId: property.id } }),
      (p) => (isArchived ? `${p.label} is archived: its claims keep it, new claims cannot use it.` : `${p.label} is back in use.`),
      () => undefined,
    );
  }

  return (
    <div className="stack">
      {canManage && !isAdding ? (
        <p>
          <button type="button" className="button button--primary" onClick={() => { setIsAdding(true); setErrors({}); }}>
            Add a property
          </button>
        </p>
      ) : null}
      {isAdding ? (
        <form className="form card" onSubmit={onAdd} aria-label="New property" noValidate>
          <label className="field">
            <span>Key</span>
            <input name="key" required maxLength={64} placeholder="e.g. displaced_people" aria-invalid={errors.key ? true : undefined} aria-describedby="key-hint" />
            <span id="key-hint" className="muted">
              Lowercase letters, digits and underscores. Exports name the property by it, so it cannot change later.
            </span>
            {errors.key ? <span className="field-error">{errors.key}</span> : null}
          </label>
          <PropertyFields values={blank} errors={errors} />
          <FormActions label="Add property" pendingLabel="Adding…" isPending={isPending} onCancel={() => setIsAdding(false)} />
        </form>
      ) : null}
      <FormOutcome outcome={outcome} />
      {properties.length === 0 ? (
        <p className="empty">No properties yet. Claims need at least one: add what your team records, such as casualties or whether an event occurred.</p>
      ) : (
        <TableFrame>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Property</th>
                <th scope="col">Key</th>
                <th scope="col">Value type</th>
                <th scope="col">Values</th>
                <th scope="col" className="num">Claims</th>
                {canManage ? (
                  <ActionsHeader />
                ) : null}
              </tr>
            </thead>
            <tbody>
              {properties.map((property) =>
                editingId === property.id ? (
                  <tr key={property.id}>
                    <td colSpan={canManage ? 6 : 5}>
                      <form className="form" onSubmit={(event) => onEdit(event, property)} aria-label={`Edit ${property.label}`} noValidate>
                        <PropertyFields values={property} errors={errors} isValueTypeLocked={property.claimCount > 0} />
                        <FormActions label="Save" pendingLabel="Saving…" isPending={isPending} onCancel={() => setEditingId(null)} />
                      </form>
                    </td>
                  </tr>
                ) : (
                  <tr key={property.id} className={property.archivedAt ? "is-archived" : undefined}>
                    <td>
                      {property.label}
                      {property.archivedAt ? <span className="badge">Archived</span> : null}
                      {property.description ? <div className="muted">{property.description}</div> : null}
                    </td>
                    <td>
                      <code>{property.key}</code>
                    </td>
                    <td>{valueTypeLabels[property.valueType]}</td>
                    <td>{property.isSingleValued ? "One at a time" : "Several"}</td>
                    <td className="num">{property.claimCount}</td>
                    {canManage ? (
                      <td>
                        <button type="button" className="button" disabled={isPending} onClick={() => { setEditingId(property.id); setErrors({}); }} aria-label={`Edit ${property.label}`}>
                          Edit
                        </button>{" "}
                        <button
                          type="button"
                          className="button"
                          disabled={isPending}
                          onClick={() => setArchived(property, property.archivedAt === null)}
                          aria-label={`${property.archivedAt ? "Restore" : "Archive"} ${property.label}`}
                        >
                          {property.archivedAt ? "Restore" : "Archive"}
                        </button>
                      </td>
                    ) : null}
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </TableFrame>
      )}
    </div>
  );
}

function upsert(properties: Property[], property: Property): Property[] {
  const exists = properties.some((p) => p.id === property.id);
  const next = exists ? properties.map((p) => (p.id === property.id ? property : p)) : [...properties, property];
  return next.toSorted((a, b) => a.label.localeCompare(b.label));
}
