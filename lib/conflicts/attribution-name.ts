export interface ChainLink {
  role: "origin" | "intermediary" | "reporter";
  /** The entity's name, the party's name or the source's title. */
  label: string;
}

/**
 * Who a claim is attributed to in explanations: the chain's origin (its
 * first link), and when someone relayed it, the last intermediary too, as a
 * reader would cite it: "Le Monde (citing local sources)".
 */
export function attributionName(chain: readonly ChainLink[]): string {
  const [origin, ...rest] = chain;
  if (!origin) return "an unattributed source";
  const relay = rest.findLast((link) => link.role === "intermediary");
  return relay ? `${relay.label} (citing ${origin.label})` : origin.label;
}
