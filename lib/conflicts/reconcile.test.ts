import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { type DetectedConflict, detectConflicts } from "@/lib/conflicts/detect";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import { type ExistingConflict, type ReconcilePlan, reconcile } from "@/lib/conflicts/reconcile";
import { claimsArbitrary, valueArbitrary } from "@/lib/conflicts/test-arbitraries";

const options = { divergenceThreshold: 0.5 };
const exactly = (n: number): ClaimValue => ({ type: "quantity", kind: "exact", min: n, max: n });
const atLeast = (n: number): ClaimValue => ({ type: "quantity", kind: "at_least", min: n, max: null });
const claim = (id: string, attributedTo: string, value: ClaimValue): DetectableClaim => ({
  id,
  subjectId: "talataye",
  propertyKey: "deaths",
  isSingleValued: true,
  value,
  qualifiers: {},
  attributedTo,
});

const MSA = claim("msa", "MSA", exactly(4));
const IS = claim("is", "IS", atLeast(60));

/** What the data layer does with a plan, in memory. */
function apply(existing: readonly ExistingConflict[], plan: ReconcilePlan): ExistingConflict[] {
  const closed = new Set(plan.close.map((c) => c.id));
  const reopened = new Set(plan.reopen.map((c) => c.id));
  const updated = existing.map((conflict) =>
    closed.has(conflict.id)
      ? { ...conflict, status: "resolved" as const, isClosedAutomatically: true }
      : reopened.has(conflict.id)
        ? { ...conflict, status: "open" as const, isClosedAutomatically: false }
        : conflict,
  );
  return [...updated, ...plan.create.map(stored)];
}

function stored(conflict: DetectedConflict): ExistingConflict {
  return {
    id: `stored-${conflict.fingerprint}`,
    fingerprint: conflict.fingerprint,
    kind: conflict.kind,
    status: "open",
    isManual: false,
    isClosedAutomatically: false,
    claimIds: conflict.claimIds,
  };
}

const detectAndReconcile = (existing: readonly ExistingConflict[], claims: DetectableClaim[]) =>
  reconcile(existing, detectConflicts(claims, options), { claims, ...options });

describe("reconcile", () => {
  const [contradiction] = detectConflicts([MSA, IS], options);
  const existing = stored(contradiction as DetectedConflict);

  it("creates what is new and keeps what is still detected, with its current explanation", () => {
    expect(detectAndReconcile([], [MSA, IS])).toEqual({ create: [contradiction], keep: [], close: [], reopen: [] });
    const edited = { ...MSA, value: exactly(5) };
    expect(detectAndReconcile([existing], [edited, IS])).toEqual({
      create: [],
      keep: [{ id: existing.id, explanation: "MSA says exactly 5; IS says at least 60: the figures cannot both be true." }],
      close: [],
      reopen: [],
    });
  });

  it("closes a conflict whose claims now agree, saying why", () => {
    const plan = detectAndReconcile([existing], [{ ...MSA, value: exactly(70) }, IS]);
    expect(plan.close).toEqual([
      {
        id: existing.id,
        status: "resolved",
        statusNote: "The claims no longer disagree: IS says at least 60; MSA says exactly 70: the figures are compatible and less than 50% apart.",
      },
    ]);
  });

  it("names the deleted claim when the caller passes it", () => {
    const plan = reconcile([existing], [], { claims: [{ ...MSA, isDeleted: true }, IS], ...options });
    expect(plan.close[0]?.statusNote).toBe("The claims no longer disagree: the claim attributed to MSA was deleted.");
    const withoutIt = reconcile([existing], [], { claims: [IS], ...options });
    expect(withoutIt.close[0]?.statusNote).toMatch(/^The claims no longer disagree: one of them is no longer compared/);
  });

  it("closes a conflict whose claim was curated away, and names it", () => {
    const plan = detectAndReconcile([existing], [{ ...MSA, isCuratedAway: true }, IS]);
    expect(plan.create).toEqual([]);
    expect(plan.close).toEqual([
      { id: existing.id, status: "resolved", statusNote: "The claims no longer disagree: the claim attributed to MSA was curated away (another claim stands for its coding unit)." },
    ]);
  });

  it("replaces a contradiction that became a divergence", () => {
    const plan = detectAndReconcile([existing], [{ ...MSA, value: exactly(20) }, { ...IS, value: atLeast(10) }]);
    expect(plan.create.map((c) => c.kind)).toEqual(["divergence"]);
    expect(plan.close[0]?.statusNote).toBe(
      "The claims no longer form a contradiction: IS says at least 10; MSA says exactly 20: the estimates differ by 50% or more (20 is 2 times 10).",
    );
  });

  it("reopens only what it closed itself; a person's decision stands", () => {
    const closedByReconcile = { ...existing, status: "resolved" as const, isClosedAutomatically: true };
    expect(detectAndReconcile([closedByReconcile], [MSA, IS]).reopen).toEqual([
      {
        id: existing.id,
        status: "open",
        explanation: contradiction?.explanation,
        statusNote: `The claims disagree again: ${contradiction?.explanation}`,
      },
    ]);
    for (const status of ["resolved", "dismissed"] as const) {
      const decided = { ...existing, status, isClosedAutomatically: false };
      expect(detectAndReconcile([decided], [MSA, IS])).toEqual({
        create: [],
        keep: [{ id: existing.id, explanation: contradiction?.explanation }],
        close: [],
        reopen: [],
      });
    }
  });

  it("never touches manual conflicts, nor conflicts of groups that were not recomputed", () => {
    const manual: ExistingConflict = { ...existing, id: "manual", fingerprint: "manual:1", kind: "manual", isManual: true };
    const elsewhere: ExistingConflict = { ...existing, id: "elsewhere", fingerprint: "contradiction:x:y", claimIds: ["x", "y"] };
    expect(detectAndReconcile([manual, elsewhere], [{ ...MSA, value: exactly(70) }, IS])).toEqual({
      create: [],
      keep: [],
      close: [],
      reopen: [],
    });
  });

  it("is idempotent: after applying its plan there is nothing left to do", () => {
    const edits = fc.array(fc.record({ op: fc.constantFrom("keep", "change", "delete"), value: valueArbitrary }), {
      minLength: 14,
      maxLength: 14,
    });
    const decisions = fc.array(fc.constantFrom("open", "resolved", "dismissed", "auto-closed"), { minLength: 200, maxLength: 200 });
    fc.assert(
      fc.property(claimsArbitrary, edits, decisions, (before, changes, statuses) => {
        // Conflicts stored from an earlier state of the claims, some of them since decided by people or closed.
        const earlier = apply([], detectAndReconcile([], before)).map((conflict, i): ExistingConflict => {
          const status = statuses[i] ?? "open";
          return status === "auto-closed"
            ? { ...conflict, status: "resolved", isClosedAutomatically: true }
            : { ...conflict, status };
        });
        const after = before.map((c, i) => {
          const change = changes[i];
          if (change?.op === "change") return { ...c, value: change.value };
          return change?.op === "delete" ? { ...c, isDeleted: true } : c;
        });

        const plan = detectAndReconcile(earlier, after);
        expect(detectAndReconcile(earlier, after)).toEqual(plan);
        const next = detectAndReconcile(apply(earlier, plan), after);
        expect(next.create).toEqual([]);
        expect(next.close).toEqual([]);
        expect(next.reopen).toEqual([]);
      }),
    );
  });
});
