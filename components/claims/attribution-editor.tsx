"use client";

import type { AttributionLink } from "@/lib/claims/value";
import { EntityPicker } from "./entity-picker";

export interface AttributionDraft extends Omit<AttributionLink, "role"> {
  role: AttributionLink["role"];
  /** Display name of a picked entity. */
  entityName?: string;
}

const ROLE_LABELS: Record<AttributionLink["role"], string> = {
  origin: "Origin (who asserts it)",
  intermediary: "Intermediary (through whom)",
  reporter: "Reporter",
};

/** The ordered chain origin → intermediaries; the reporting document is the evidence's source. */
export function AttributionEditor({
  projectId,
  chain,
  onChange,
  sourceTitle,
}: {
  projectId: string;
  chain: AttributionDraft[];
  onChange: (chain: AttributionDraft[]) => void;
  sourceTitle?: string;
}) {
  const update = (index: number, link: AttributionDraft) => onChange(chain.map((l, i) => (i === index ? link : l)));
  const move = (index: number, delta: number) => {
    const next = [...chain];
    const [link] = next.splice(index, 1);
    next.splice(index + delta, 0, link!);
    onChange(next);
  };
  return (
    <fieldset className="fieldset">
      <legend>Attribution chain</legend>
      <ol className="chain-editor">
        {chain.map((link, index) => (
          <li key={index} className="chain-editor__link">
            <label className="field">
              <span>Role</span>
              <select value={link.role} onChange={(e) => update(index, { ...link, role: e.target.value as AttributionDraft["role"] })}>
                {Object.entries(ROLE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </label>
            <EntityPicker
              projectId={projectId}
              label="Entity"
              value={link.entityId ? { id: link.entityId, name: link.entityName ?? "" } : null}
              onChange={(entity) => update(index, { ...link, entityId: entity?.id, entityName: entity?.name, partyName: entity ? undefined : link.partyName })}
            />
            <label className="field">
              <span>…or an unidentified party</span>
              <input
                value={link.partyName ?? ""}
                placeholder="local sources"
                onChange={(e) => update(index, { ...link, partyName: e.target.value || undefined, entityId: undefined, entityName: undefined })}
              />
            </label>
            <div className="chain-editor__actions">
              <button type="button" className="button button--small" aria-label={`Move link ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                ↑
              </button>
              <button type="button" className="button button--small" aria-label={`Move link ${index + 1} down`} disabled={index === chain.length - 1} onClick={() => move(index, 1)}>
                ↓
              </button>
              <button type="button" className="button button--small" aria-label={`Remove link ${index + 1}`} onClick={() => onChange(chain.filter((_, i) => i !== index))}>
                Remove
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button button--small" onClick={() => onChange([...chain, { role: chain.length ? "intermediary" : "origin" }])}>
        Add a link
      </button>
      {sourceTitle ? <p className="muted">Reported in: {sourceTitle}</p> : null}
    </fieldset>
  );
}
