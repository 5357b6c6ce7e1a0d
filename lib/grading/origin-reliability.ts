import type { ReliabilityGrade } from "@/lib/db/generated/enums";
import { normalizePartyName, originResolver, type KnownEntity, type Origin, type OriginLink } from "@/lib/estimates/origin";

export interface GradedOrigins {
  entities: readonly (KnownEntity & { reliability: ReliabilityGrade | null })[];
  /** By normalised party name. */
  parties: ReadonlyMap<string, ReliabilityGrade>;
}

/**
 * The reliability grade of a claim's origin, read as estimates read it: the
 * origin resolves to an entity (its own grade, also when a party name is one
 * of its names), else its name's grade among the named parties.
 */
export function originReliabilityReader(grades: GradedOrigins): (origin: OriginLink | undefined) => { origin: Origin; grade: ReliabilityGrade | null } {
  const resolve = originResolver(grades.entities);
  const entityGrade = new Map(grades.entities.map((entity) => [`entity:${entity.id}`, entity.reliability]));
  return (link) => {
    const origin = resolve(link);
    if (!link) return { origin, grade: null };
    if (origin.key.startsWith("entity:")) return { origin, grade: entityGrade.get(origin.key) ?? null };
    return { origin, grade: grades.parties.get(normalizePartyName(origin.label)) ?? null };
  };
}

