import { describe, expect, it } from "vitest";
import type { ClaimValue, Qualifiers } from "@/lib/claims/value";
import { comparePair } from "@/lib/conflicts/compare";
import { detectConflicts } from "@/lib/conflicts/detect";
import type { DetectableClaim } from "@/lib/conflicts/detectable-claim";
import { conflictFingerprint } from "@/lib/conflicts/fingerprint";

/** The reference scenario of DESIGN.md, as a researcher records it on the two texts. */
const claim = (
  id: string,
  attributedTo: string,
  subjectId: string,
  propertyKey: string,
  value: ClaimValue,
  qualifiers: Qualifiers = {},
): DetectableClaim => ({ id, subjectId, propertyKey, isSingleValued: true, value, qualifiers, attributedTo });

const atLeast = (min: number): ClaimValue => ({ type: "quantity", kind: "at_least", min, max: null, category: "killed" });
const exactly = (n: number): ClaimValue => ({ type: "quantity", kind: "exact", min: n, max: n, category: "killed" });
const MSA_JNIM = { victimGroup: "fighters", side: "MSA/JNIM" } as const;
const CIVILIANS = { victimGroup: "civilians" } as const;
const WAGNER = { victimGroup: "fighters", side: "Wagner" } as const;
const airstrikes = (polarity: "affirmed" | "denied"): ClaimValue => ({
  type: "assertion",
  proposition: "airstrikes occurred during the battle",
  polarity,
});
const jnimTookPart = (polarity: "affirmed" | "denied"): ClaimValue => ({
  type: "assertion",
  proposition: "JNIM took part in the battle",
  polarity,
});

const CLAIMS = {
  is60: claim("is-60", "IS", "talataye", "deaths", atLeast(60), MSA_JNIM),
  acled17: claim("acled-17", "ACLED", "talataye", "deaths", atLeast(17), MSA_JNIM),
  msa4: claim("msa-4", "MSA", "talataye", "deaths", exactly(4), MSA_JNIM),
  official45: claim("official-45", "a local elected official", "talataye", "deaths", atLeast(45), CIVILIANS),
  msaOfficial30: claim("msa-official-30", "an MSA official", "talataye", "deaths", exactly(30), CIVILIANS),
  acled30: claim("acled-30", "ACLED", "talataye", "deaths", atLeast(30), CIVILIANS),
  un100: claim("un-100", "the United Nations", "talataye", "deaths", exactly(100), CIVILIANS),
  journalist: claim("journalist-airstrikes", "the journalist", "talataye", "occurred", airstrikes("affirmed")),
  leMonde: claim("le-monde-airstrikes", "Le Monde", "talataye", "occurred", airstrikes("denied")),
  government: claim("government-reconnaissance", "the Malian government", "talataye", "occurred", {
    type: "text",
    text: "conducted “offensive reconnaissance” with its air force during the battle",
  }),
  africanInitiative25: claim("african-initiative-25", "African Initiative", "tinzaouaten", "deaths", atLeast(25), WAGNER),
  csp84: claim("csp-84", "CSP", "tinzaouaten", "deaths", exactly(84), WAGNER),
  jnim: claim("jnim-took-part", "JNIM", "tinzaouaten", "participation", jnimTookPart("affirmed")),
  csp: claim("csp-denies-jnim", "CSP", "tinzaouaten", "participation", jnimTookPart("denied")),
  cspResult: claim("csp-result", "CSP", "tinzaouaten", "result", { type: "entity", entityId: "csp-victory", text: "CSP victory" }),
  aesResult: claim("aes-result", "the Alliance of Sahel States", "tinzaouaten", "result", {
    type: "entity",
    entityId: "fama-victory",
    text: "Malian army victory",
  }),
};
type Name = keyof typeof CLAIMS;

/** Every pair that conflicts, with its kind and explanation; every other pair of the scenario must not. */
const CONFLICTS: [Name, Name, "contradiction" | "divergence", string][] = [
  ["acled17", "is60", "divergence", "ACLED says at least 17; IS says at least 60: the estimates differ by 50% or more (60 is 3.5 times 17)."],
  ["msa4", "is60", "contradiction", "MSA says exactly 4; IS says at least 60: the figures cannot both be true."],
  ["msa4", "acled17", "contradiction", "MSA says exactly 4; ACLED says at least 17: the figures cannot both be true."],
  ["msaOfficial30", "official45", "contradiction", "An MSA official says exactly 30; a local elected official says at least 45: the figures cannot both be true."],
  ["acled30", "official45", "divergence", "ACLED says at least 30; a local elected official says at least 45: the estimates differ by 50% or more (45 is 1.5 times 30)."],
  ["official45", "un100", "divergence", "A local elected official says at least 45; the United Nations says exactly 100: the estimates differ by 50% or more (100 is 2.2 times 45)."],
  ["msaOfficial30", "un100", "contradiction", "An MSA official says exactly 30; the United Nations says exactly 100: the figures cannot both be true."],
  ["acled30", "un100", "divergence", "ACLED says at least 30; the United Nations says exactly 100: the estimates differ by 50% or more (100 is 3.3 times 30)."],
  ["journalist", "leMonde", "contradiction", "The journalist says that airstrikes occurred during the battle; Le Monde denies it: both cannot be true."],
  ["africanInitiative25", "csp84", "divergence", "African Initiative says at least 25; CSP says exactly 84: the estimates differ by 50% or more (84 is 3.4 times 25)."],
  ["jnim", "csp", "contradiction", "JNIM says that JNIM took part in the battle; CSP denies it: both cannot be true."],
  ["aesResult", "cspResult", "contradiction", "The Alliance of Sahel States gives result as “Malian army victory”; CSP gives “CSP victory”: result has a single value, so both cannot be true."],
];

const names = Object.keys(CLAIMS) as Name[];
const allPairs = names.flatMap((a, i) => names.slice(i + 1).map((b) => [a, b] as const));
const expectedFor = (a: Name, b: Name) => CONFLICTS.find(([x, y]) => (x === a && y === b) || (x === b && y === a));
const options = { divergenceThreshold: 0.5 };

describe("the reference scenario", () => {
  it.each(allPairs.map(([a, b]) => [a, b, expectedFor(a, b)?.[2] ?? "no conflict"] as const))(
    "%s and %s: %s",
    (a, b, expected) => {
      const comparison = comparePair(CLAIMS[a], CLAIMS[b], options);
      const relation = comparison.relation === "contradiction" || comparison.relation === "divergence" ? comparison.relation : "no conflict";
      expect(relation).toBe(expected);
      if (comparison.relation !== "not_compared" && relation !== "no conflict") {
        expect(comparison.explain()).toBe(expectedFor(a, b)?.[3]);
      }
    },
  );

  it("explains why pairs that do not conflict were let be", () => {
    const reason = (a: Name, b: Name) => {
      const comparison = comparePair(CLAIMS[a], CLAIMS[b], options);
      return comparison.relation === "not_compared" ? comparison.reason : comparison.explain();
    };
    expect(reason("msaOfficial30", "acled30")).toBe(
      "ACLED says at least 30; an MSA official says exactly 30: the figures are compatible and less than 50% apart.",
    );
    expect(reason("is60", "un100")).toBe("they are about a different victim group (fighters; civilians)");
    expect(reason("journalist", "government")).toBe("their values are of different types");
    expect(reason("is60", "csp84")).toBe("they are about different subjects or properties");
  });

  it("detects exactly these conflicts, once each", () => {
    const detected = detectConflicts(Object.values(CLAIMS), options);
    const expected = CONFLICTS.map(([a, b, kind, explanation]) => {
      const claimIds = [CLAIMS[a].id, CLAIMS[b].id].sort() as [string, string];
      return { kind, claimIds, fingerprint: conflictFingerprint(kind, claimIds), explanation };
    }).sort((x, y) => (x.fingerprint < y.fingerprint ? -1 : 1));
    expect(detected).toEqual(expected);
  });
});
