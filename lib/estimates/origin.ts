import { normalizePhrase } from "@/lib/conflicts/normalize-phrase";

/**
 * Who a claim comes from, for counting independent sources. Two claims have
 * one origin when their chains start at the same entity, or at party names
 * that are the same after normalisation — or that name an entity (its name or
 * an alias), which then is their origin. Intermediaries never make a new
 * source: "ACLED, via Reuters" is ACLED.
 */

export interface OriginLink {
  entityId: string | null;
  /** The entity's name, the party's name or the source's title. */
  label: string;
  partyName: string | null;
  sourceId: string | null;
}

export interface KnownEntity {
  id: string;
  name: string;
  aliases: readonly string[];
}

export interface Origin {
  key: string;
  label: string;
}

export type OriginResolver = (origin: OriginLink | undefined) => Origin;

/** A resolver over the project's entities, built once for many claims. */
export function originResolver(entities: readonly KnownEntity[]): OriginResolver {
  const byName = new Map<string, KnownEntity>();
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = normalizePartyName(name);
      // An alias two entities share identifies neither.
      if (byName.has(key) && byName.get(key)!.id !== entity.id) byName.set(key, { id: "", name: "", aliases: [] });
      else byName.set(key, entity);
    }
  }
  return (origin) => {
    if (!origin) return { key: "unattributed", label: "an unattributed source" };
    if (origin.entityId) return { key: `entity:${origin.entityId}`, label: origin.label };
    if (origin.sourceId) return { key: `source:${origin.sourceId}`, label: origin.label };
    const name = normalizePartyName(origin.partyName ?? origin.label);
    const entity = byName.get(name);
    if (entity?.id) return { key: `entity:${entity.id}`, label: entity.name };
    return { key: `party:${name}`, label: origin.label };
  };
}

/** "The Interior Ministry", "interior ministry" and "Interior Ministry." are one party. */
export function normalizePartyName(name: string): string {
  return normalizePhrase(name).replace(/^the /, "");
}
