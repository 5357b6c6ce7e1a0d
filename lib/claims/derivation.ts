/**
 * Why a claim cannot be marked as derived from another, or undefined when it
 * can. `chain` is the claim it would repeat followed by what that one repeats,
 * and so on: the claim itself anywhere in it would make a loop, in which no
 * claim has an origin to count as its source.
 */
export function derivationRefusal(claimId: string | undefined, chain: readonly string[]): string | undefined {
  if (!claimId) return undefined;
  if (chain[0] === claimId) return "A claim cannot be derived from itself";
  const at = chain.indexOf(claimId);
  if (at === -1) return undefined;
  return `That claim is already derived from this one${at > 1 ? ` (through ${at - 1} other ${at === 2 ? "claim" : "claims"})` : ""}, which would make a loop`;
}
