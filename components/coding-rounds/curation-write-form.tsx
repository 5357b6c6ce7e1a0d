"use client";

import { useEffect, useRef, useState } from "react";
import { ValueEditor } from "@/components/claims/value-editor";
import { FormActions } from "@/components/ui/form-actions";
import type { ClaimInput } from "@/lib/claims/claim-input";
import type { ClaimValue } from "@/lib/claims/value";
import type { CurationUnitView } from "@/lib/curation/curation-schema";
import { unitLabel } from "./curation-unit";

/**
 * "Write my own" for one unit: the value alone, about the unit's subject and
 * property, on the evidence the coders highlighted and with the attribution
 * the first of them recorded. Everything else of a claim is edited on the
 * claim's page afterwards, like any claim.
 */
export function CurationWriteForm({
  projectId,
  unit,
  isSaving,
  onSave,
  onCancel,
}: {
  projectId: string;
  unit: CurationUnitView;
  isSaving: boolean;
  onSave: (claim: ClaimInput) => void;
  onCancel: () => void;
}) {
  const coded = unit.codings.flatMap((coding) => (coding.claim ? [coding.claim] : []));
  const first = coded[0]!;
  const [value, setValue] = useState<ClaimValue>(first.value);
  const [entityName, setEntityName] = useState<string | undefined>(first.value.type === "entity" ? first.valueText : undefined);
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => formRef.current?.querySelector<HTMLElement>("input, select, textarea")?.focus(), []);

  function save() {
    onSave({
      subjectId: unit.subject.id,
      propertyId: unit.property.id,
      value,
      qualifiers: unit.qualifiers,
      attribution: first.attribution.map((link) => ({
        role: link.role,
        ...(link.entity ? { entityId: link.entity.id } : {}),
        ...(link.partyName ? { partyName: link.partyName } : {}),
        ...(link.source ? { sourceId: link.source.id } : {}),
      })),
      evidenceAnnotationIds: [...new Set(coded.flatMap((claim) => claim.evidence.map((evidence) => evidence.annotationId)))],
    });
  }

  return (
    <form
      ref={formRef}
      className="curation-write-form stack"
      aria-label={`My own claim: ${unitLabel(unit)}`}
      onSubmit={(event) => {
        event.preventDefault();
        save();
      }}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
    >
      <h3>My own claim: {unitLabel(unit)}</h3>
      <ValueEditor projectId={projectId} value={value} onChange={setValue} errors={{}} entityName={entityName} onEntityName={setEntityName} />
      <p className="muted">On the coders&apos; evidence, attributed as {first.attribution.map((link) => link.label).join(" → ") || "unattributed"}; it goes to review at once.</p>
      <FormActions label="Save and send to review" pendingLabel="Saving…" isPending={isSaving} onCancel={onCancel} />
    </form>
  );
}
