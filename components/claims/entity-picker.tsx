"use client";

import { useEffect, useId, useRef, useState } from "react";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { callApi } from "@/lib/client/api-client";
import { createEntityRoute, listEntitiesRoute } from "@/lib/api/contract/claims";

export interface PickedEntity {
  id: string;
  name: string;
}

interface EntityOption extends PickedEntity {
  kind: string;
  aliases: string[];
}

const KINDS = ["armed_group", "state_force", "organisation", "person", "place", "event", "media_outlet"] as const;

/**
 * An accessible combobox over the project's entities, matching names and
 * aliases as the user types; offers to create the entity when none matches.
 */
export function EntityPicker({
  projectId,
  label,
  value,
  onChange,
  error,
  allowCreate = true,
}: {
  projectId: string;
  label: string;
  value: PickedEntity | null;
  onChange: (entity: PickedEntity | null) => void;
  error?: string;
  allowCreate?: boolean;
}) {
  const id = useId();
  const [query, setQuery] = useState(value?.name ?? "");
  const [options, setOptions] = useState<EntityOption[]>([]);
  // The query the options answer: until the answer to the current one arrives, the list says it is searching.
  const [answered, setAnswered] = useState<string | null>(null);
  const [isOpen, setIsOpen] = useState(false);
  const [highlighted, setHighlighted] = useState(0);
  const [newKind, setNewKind] = useState<(typeof KINDS)[number]>("armed_group");
  const [createError, setCreateError] = useState<string | null>(null);
  const requestId = useRef(0);

  // A new value from the parent replaces what was typed (adjusted during render, as React advises over an effect).
  const [shownName, setShownName] = useState(value?.name);
  if (value?.name !== shownName) {
    setShownName(value?.name);
    setQuery(value?.name ?? "");
  }

  useEffect(() => {
    if (!isOpen) return;
    const current = ++requestId.current;
    const timer = setTimeout(async () => {
      const { entities } = await callApi(listEntitiesRoute, { params: { projectId }, query: { q: query.trim() || undefined } });
      if (current === requestId.current) {
        setOptions(entities);
        setAnswered(query);
        setHighlighted(0);
      }
    }, 120);
    return () => clearTimeout(timer);
  }, [query, isOpen, projectId]);

  function choose(option: EntityOption) {
    onChange({ id: option.id, name: option.name });
    setQuery(option.name);
    setIsOpen(false);
  }

  async function create() {
    setCreateError(null);
    try {
      const { entity } = await callApi(createEntityRoute, { params: { projectId }, body: { name: query.trim(), kind: newKind } });
      choose(entity);
    } catch (caught) {
      setCreateError(caught instanceof ApiRequestError ? caught.message : "The entity could not be created.");
    }
  }

  const exactMatch = options.some((o) => o.name.toLowerCase() === query.trim().toLowerCase());
  const listId = `${id}-list`;
  return (
    <div
      className="entity-picker"
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setIsOpen(false);
      }}
    >
      <label className="field">
        <span>{label}</span>
        <input
          role="combobox"
          aria-expanded={isOpen}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={error ? true : undefined}
          aria-activedescendant={isOpen && options[highlighted] ? `${id}-${options[highlighted].id}` : undefined}
          value={query}
          placeholder="Type a name or alias"
          onFocus={() => setIsOpen(true)}
          onChange={(event) => {
            setQuery(event.target.value);
            setIsOpen(true);
            if (value) onChange(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "ArrowDown") {
              event.preventDefault();
              setHighlighted((h) => Math.min(h + 1, options.length - 1));
            } else if (event.key === "ArrowUp") {
              event.preventDefault();
              setHighlighted((h) => Math.max(h - 1, 0));
            } else if (event.key === "Enter" && isOpen && options[highlighted]) {
              event.preventDefault();
              choose(options[highlighted]);
            } else if (event.key === "Escape") {
              setIsOpen(false);
            }
          }}
        />
      </label>
      {error ? <p className="field-error">{error}</p> : null}
      {isOpen ? (
        <div className="entity-picker__popover">
          <ul id={listId} role="listbox" aria-label={`${label} suggestions`}>
            {options.map((option, index) => (
              <li
                key={option.id}
                id={`${id}-${option.id}`}
                role="option"
                aria-selected={index === highlighted}
                onMouseDown={(event) => {
                  event.preventDefault();
                  choose(option);
                }}
              >
                <strong>{option.name}</strong>
                {option.aliases.length ? <span className="muted"> · {option.aliases.join(", ")}</span> : null}
              </li>
            ))}
            {answered !== query ? (
              <li className="muted" role="status">
                Searching…
              </li>
            ) : options.length === 0 ? (
              <li className="muted">{query.trim() ? `No entity matches “${query.trim()}”.` : "No entities yet: type a name to create one."}</li>
            ) : null}
          </ul>
          {allowCreate && query.trim() && !exactMatch ? (
            <div className="entity-picker__create">
              <select aria-label="Kind of the new entity" value={newKind} onChange={(e) => setNewKind(e.target.value as typeof newKind)}>
                {KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {kind.replace("_", " ")}
                  </option>
                ))}
              </select>
              <button type="button" className="button button--small" onClick={create}>
                Create “{query.trim()}”
              </button>
              {createError ? <p className="field-error">{createError}</p> : null}
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
