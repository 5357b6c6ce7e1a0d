"use client";

import { useEffect, useRef, useState, type FormEvent } from "react";
import { emptyValue, valueForType, type AssertionMemory } from "@/lib/claims/claim-draft";
import { formProblemOf } from "@/lib/errors/field-messages";
import type { ClaimValue, Qualifiers } from "@/lib/claims/value";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { errorCodes } from "@/lib/errors/error-codes";
import type { ClaimView } from "@/lib/server/claims/claim-view";
import { claimInputSchema } from "@/lib/claims/claim-input";
import type { VocabularyProperty } from "@/lib/server/projects/list-properties";
import { AttributionEditor, type AttributionDraft } from "./attribution-editor";
import { EntityPicker, type PickedEntity } from "./entity-picker";
import { SuggestionsPanel, type SuggestedAttribution } from "./suggestions-panel";
import type { CandidateClaimFields } from "@/lib/claims/candidate-claim";
import { ValueEditor } from "./value-editor";
import { useRecordedPropositions } from "./use-recorded-propositions";
import { callApi } from "@/lib/client/api-client";
import { valueTypeNames } from "@/lib/vocabulary/property-input";
import { createClaimRoute, listEntitiesRoute, updateClaimRoute } from "@/lib/api/contract/claims";
import { CredibilityField } from "@/components/grading/credibility-field";
import { useGradingEnabled } from "@/components/grading/use-grading-enabled";
import { DerivedFromField } from "./derived-from-field";

export interface EvidenceSpan {
  annotationId: string;
  exact: string;
  sourceTitle: string;
}

type Errors = Record<string, string | undefined>;
type Hedging = "claimed" | "reported" | "confirmed" | "disputed";

/**
 * Records a claim from one or more evidence spans — or edits one, based on
 * the version it was loaded at: subject, property, a value editor fitting the
 * property's type, qualifiers, hedging and the attribution chain, with
 * suggestions read from the selected words.
 */
export function ClaimForm({
  projectId,
  properties: vocabulary,
  evidence,
  selectedText,
  publishedAt,
  language,
  prefill,
  claim,
  onSaved,
  onCancel,
}: {
  projectId: string;
  properties: VocabularyProperty[];
  evidence: EvidenceSpan[];
  selectedText?: string;
  /** The source's publication date (YYYY-MM-DD): what dates without a year resolve against. */
  publishedAt?: string;
  /** The source's language, for reading the selected words. */
  language?: string;
  /** A suggested claim to start from (value, qualifiers, hedging, named parties); the researcher changes what they need. */
  prefill?: CandidateClaimFields;
  /** The claim to edit; its version goes with the update. */
  claim?: ClaimView;
  onSaved: (claim: ClaimView) => void;
  onCancel: () => void;
}) {
  // An archived property stays on the claims that have it, and is offered to no other.
  const properties = vocabulary.filter((p) => p.archivedAt === null || p.id === claim?.property.id);
  const [subject, setSubject] = useState<PickedEntity | null>(claim ? claim.subject : null);
  const [propertyId, setPropertyId] = useState(
    claim?.property.id ?? (prefill && properties.find((p) => p.valueType === prefill.value.type)?.id) ?? properties[0]?.id ?? "",
  );
  const property = properties.find((p) => p.id === propertyId);
  const [value, setValue] = useState<ClaimValue>(claim?.value ?? (prefill && property?.valueType === prefill.value.type ? prefill.value : emptyValue(property?.valueType ?? "text")));
  // What was said about an assertion outlives a value of another type, so the order of clicks does not matter.
  const [memory, setMemory] = useState<AssertionMemory>(() => {
    const initial = claim?.value ?? prefill?.value;
    return initial?.type === "assertion" ? { polarity: initial.polarity, proposition: initial.proposition } : {};
  });
  const [valueEntityName, setValueEntityName] = useState<string | undefined>(claim?.value.type === "entity" ? claim.valueText : undefined);
  const [qualifiers, setQualifiers] = useState<Qualifiers>(claim?.qualifiers ?? prefill?.qualifiers ?? {});
  const [hedging, setHedging] = useState<Hedging | "">(claim?.hedging ?? prefill?.hedging ?? "");
  const [chain, setChain] = useState<AttributionDraft[]>(
    claim?.attribution.length
      ? claim.attribution.map((link) => ({
          role: link.role,
          entityId: link.entity?.id,
          entityName: link.entity?.name,
          partyName: link.partyName ?? undefined,
          sourceId: link.source?.id,
        }))
      : prefill?.attribution.length
        ? prefill.attribution.map((link) => ({ role: link.role, partyName: link.partyName }))
        : [{ role: "origin" }],
  );
  const [note, setNote] = useState(claim?.note ?? "");
  const [credibility, setCredibility] = useState<number | null>(claim?.credibility ?? null);
  const [derivedFrom, setDerivedFrom] = useState<ClaimView["derivedFrom"]>(claim?.derivedFrom ?? null);
  const isGradingEnabled = useGradingEnabled(projectId);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isStale, setIsStale] = useState(false);
  const [isSaving, setIsSaving] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const recordedPropositions = useRecordedPropositions(projectId, subject?.id, property?.valueType === "assertion" ? propertyId : undefined);

  // The form opens beside a selection that may be anywhere on the page: bring it into view, ready to type.
  useEffect(() => {
    formRef.current?.scrollIntoView({ block: "nearest" });
    formRef.current?.querySelector<HTMLElement>("input, select, textarea")?.focus({ preventScroll: true });
  }, []);

  // A suggested chain names parties; those the project knows by that name become entity links.
  useEffect(() => {
    if (!prefill?.attribution.length) return;
    let isCurrent = true;
    void Promise.all(prefill.attribution.map(async (link) => ({ role: link.role, ...(await resolveParty(projectId, link.partyName ?? "")) }))).then(
      (links) => isCurrent && setChain(links),
    );
    return () => {
      isCurrent = false;
    };
  }, [prefill, projectId]);

  // After a refused save, the first field that needs fixing takes the focus.
  useEffect(() => {
    if (Object.keys(errors).length > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [errors]);

  function changeValue(next: ClaimValue) {
    setValue(next);
    if (next.type === "assertion") setMemory({ polarity: next.polarity, proposition: next.proposition });
  }

  function changeProperty(id: string) {
    setPropertyId(id);
    const next = properties.find((p) => p.id === id);
    if (next) setValue((current) => valueForType(current, next.valueType, memory));
  }

  function applyValue(suggested: ClaimValue, victimGroup?: string) {
    // The property stays the user's choice; only a property that cannot hold the value is switched.
    if (property?.valueType !== suggested.type) {
      const fitting = properties.find((p) => p.valueType === suggested.type);
      if (fitting) setPropertyId(fitting.id);
    }
    changeValue(suggested);
    if (victimGroup && ["civilians", "fighters", "soldiers", "mixed"].includes(victimGroup)) {
      setQualifiers((q) => ({ ...q, victimGroup: victimGroup as Qualifiers["victimGroup"] }));
    }
  }

  async function applyAttribution(suggested: SuggestedAttribution) {
    const links = await Promise.all(suggested.chain.map(async (link) => ({ role: link.role, ...(await resolveParty(projectId, link.partyName)) })));
    setChain(links);
    if (suggested.hedging) setHedging(suggested.hedging);
    const polarity = suggested.polarity;
    if (polarity) {
      setMemory((current) => ({ ...current, polarity }));
      setValue((current) => (current.type === "assertion" ? { ...current, polarity } : current));
    }
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setFormError(null);
    const input = {
      subjectId: subject?.id ?? "",
      propertyId,
      value,
      qualifiers: Object.fromEntries(Object.entries(qualifiers).filter(([, v]) => v)),
      hedging: hedging || null,
      note,
      attribution: chain
        .filter((l) => l.entityId || l.partyName || l.sourceId)
        .map(({ role, entityId, partyName, sourceId }) => ({ role, ...(entityId ? { entityId } : partyName ? { partyName } : { sourceId }) })),
      evidenceAnnotationIds: evidence.map((e) => e.annotationId),
      credibility,
      derivedFromId: derivedFrom?.id ?? null,
    };
    const parsed = claimInputSchema.safeParse(input);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => ({ path: i.path.join(".") || "form", message: i.message }));
      setErrors(Object.fromEntries(issues.map((i) => [i.path, i.message])));
      setFormError(formProblemOf({ message: "", details: { fields: issues } }).message);
      return;
    }
    setErrors({});
    setIsSaving(true);
    try {
      const saved = claim
        ? await callApi(updateClaimRoute, { params: { claimId: claim.id }, body: { ...parsed.data, version: claim.version } })
        : await callApi(createClaimRoute, { params: { projectId }, body: parsed.data });
      onSaved(saved.claim);
    } catch (caught) {
      if (caught instanceof ApiRequestError && caught.code === errorCodes.staleVersion) {
        setIsStale(true);
        setFormError(caught.message);
      } else if (caught instanceof ApiRequestError) {
        const fields = (caught.details as { fields?: { path: string; message: string }[] } | undefined)?.fields ?? [];
        setErrors(Object.fromEntries(fields.map((f) => [f.path.replace(/^body\./, ""), f.message])));
        setFormError(formProblemOf(caught).message);
      } else {
        setFormError("The claim could not be saved. Try again.");
      }
    } finally {
      setIsSaving(false);
    }
  }

  return (
    <form ref={formRef} className="form claim-form" onSubmit={onSubmit} aria-label={claim ? "Edit claim" : "New claim"} noValidate>
      <section aria-label="Evidence">
        <h3>Evidence</h3>
        <ul className="evidence-list">
          {evidence.map((span) => (
            <li key={span.annotationId}>
              <q>{span.exact}</q> <span className="muted">— {span.sourceTitle}</span>
            </li>
          ))}
        </ul>
      </section>

      {selectedText ? (
        <SuggestionsPanel text={selectedText} context={{ projectId, publishedAt, language }} onApplyValue={applyValue} onApplyAttribution={applyAttribution} onApplyProposition={(proposition) => applyValue({ type: "assertion", proposition, polarity: value.type === "assertion" ? value.polarity : (memory.polarity ?? "affirmed") })} />
      ) : null}

      <EntityPicker projectId={projectId} label="Subject" value={subject} onChange={setSubject} error={errors.subjectId} />

      <label className="field">
        <span>Property</span>
        <select value={propertyId} onChange={(e) => changeProperty(e.target.value)} aria-invalid={errors.propertyId || errors["value.type"] ? true : undefined}>
          {properties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label} ({valueTypeNames[p.valueType]})
            </option>
          ))}
        </select>
        {errors.propertyId || errors["value.type"] ? <span className="field-error">{errors.propertyId ?? errors["value.type"]}</span> : null}
      </label>

      <ValueEditor
        projectId={projectId}
        value={value}
        onChange={changeValue}
        errors={errors}
        entityName={valueEntityName}
        onEntityName={setValueEntityName}
        recordedPropositions={recordedPropositions}
      />

      <fieldset className="fieldset">
        <legend>Qualifiers</legend>
        <div className="form-row">
          <label className="field">
            <span>Victim group</span>
            <select value={qualifiers.victimGroup ?? ""} onChange={(e) => setQualifiers({ ...qualifiers, victimGroup: (e.target.value || undefined) as Qualifiers["victimGroup"] })}>
              <option value="">—</option>
              <option value="civilians">Civilians</option>
              <option value="fighters">Fighters</option>
              <option value="soldiers">Soldiers</option>
              <option value="mixed">Mixed</option>
            </select>
          </label>
          {(["time", "place", "side"] as const).map((key) => (
            <label key={key} className="field">
              <span>{key[0]!.toUpperCase() + key.slice(1)}</span>
              <input value={qualifiers[key] ?? ""} onChange={(e) => setQualifiers({ ...qualifiers, [key]: e.target.value || undefined })} />
            </label>
          ))}
          <label className="field">
            <span>Hedging</span>
            <select value={hedging} onChange={(e) => setHedging(e.target.value as Hedging | "")}>
              <option value="">—</option>
              <option value="claimed">Claimed</option>
              <option value="reported">Reported</option>
              <option value="confirmed">Confirmed</option>
              <option value="disputed">Disputed</option>
            </select>
          </label>
        </div>
      </fieldset>

      <AttributionEditor projectId={projectId} chain={chain} onChange={setChain} sourceTitle={evidence[0]?.sourceTitle} />

      <div className="form-row">
        <DerivedFromField
          projectId={projectId}
          claimId={claim?.id}
          subjectId={subject?.id}
          propertyId={propertyId}
          value={derivedFrom}
          onChange={setDerivedFrom}
          error={errors.derivedFromId}
        />
        {/* A grade set before grading was turned off stays shown, so an edit does not clear it unseen. */}
        {isGradingEnabled || credibility !== null ? <CredibilityField value={credibility} onChange={setCredibility} error={errors.credibility} /> : null}
      </div>

      <label className="field">
        <span>Note</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>

      {formError ? (
        <p role="alert" className="form-error">
          {formError}{" "}
          {isStale ? (
            <button type="button" className="button button--small" onClick={() => window.location.reload()}>
              Reload the current version
            </button>
          ) : null}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={isSaving || isStale}>
          {isSaving ? "Saving…" : claim ? "Save changes" : "Save claim"}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** A party named in the text becomes an entity link when exactly one entity has that name or alias. */
async function resolveParty(projectId: string, name: string): Promise<Pick<AttributionDraft, "entityId" | "entityName" | "partyName">> {
  const { entities } = await callApi(listEntitiesRoute, { params: { projectId }, query: { q: name } });
  const lower = name.toLowerCase();
  const exact = entities.filter((e) => e.name.toLowerCase() === lower || e.aliases.some((a) => a.toLowerCase() === lower));
  return exact.length === 1 ? { entityId: exact[0]!.id, entityName: exact[0]!.name } : { partyName: name };
}
