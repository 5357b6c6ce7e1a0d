import type { ClaimInput } from "@/lib/claims/claim-input";

type Value = ClaimInput["value"];
type Link = { role: "origin" | "intermediary"; entity?: string; party?: string };

export interface ScenarioClaim {
  source: "talataye" | "tinzaouaten";
  /** Evidence: exact phrases of the source text. */
  evidence: string[];
  subject: string;
  property: string;
  value: Value;
  /** Names of entities for entity values are resolved by the seed. */
  valueEntity?: string;
  qualifiers?: ClaimInput["qualifiers"];
  hedging?: "claimed" | "reported" | "confirmed" | "disputed";
  chain: Link[];
  review: "approved" | "submitted" | "rejected" | "draft";
}

const killed = (kind: "exact" | "at_least", min: number, text: string): Value => ({
  type: "quantity",
  kind,
  min,
  max: kind === "exact" ? min : null,
  category: "killed",
  text,
});

/** The reference scenario of DESIGN.md, recorded on the two corpus texts. */
export const referenceScenario: ScenarioClaim[] = [
  {
    source: "talataye",
    evidence: ["60+ (per IS)"],
    subject: "MSA and JNIM forces",
    property: "casualties",
    value: killed("at_least", 60, "60+"),
    chain: [{ role: "origin", entity: "Islamic State in the Greater Sahara" }],
    hedging: "claimed",
    review: "approved",
  },
  {
    source: "talataye",
    evidence: ["17+ (per ACLED)"],
    subject: "MSA and JNIM forces",
    property: "casualties",
    value: killed("at_least", 17, "17+"),
    chain: [{ role: "origin", entity: "ACLED" }],
    hedging: "reported",
    review: "approved",
  },
  {
    source: "talataye",
    evidence: ["4 (per MSA)", "the MSA stated only four soldiers were killed by ISGS"],
    subject: "MSA and JNIM forces",
    property: "casualties",
    value: killed("exact", 4, "only four"),
    chain: [{ role: "origin", entity: "Movement for the Salvation of Azawad" }],
    hedging: "claimed",
    review: "submitted",
  },
  {
    source: "talataye",
    evidence: ["A local elected official in Talataye reported the deaths of at least 45 inhabitants"],
    subject: "Battle of Talataye (2022)",
    property: "civilian_deaths",
    value: killed("at_least", 45, "at least 45"),
    qualifiers: { victimGroup: "civilians" },
    chain: [{ role: "origin", party: "a local elected official" }],
    hedging: "reported",
    review: "approved",
  },
  {
    source: "talataye",
    evidence: ["an MSA official claimed 30 civilians were killed"],
    subject: "Battle of Talataye (2022)",
    property: "civilian_deaths",
    value: killed("exact", 30, "30"),
    qualifiers: { victimGroup: "civilians" },
    chain: [{ role: "origin", party: "an MSA official" }],
    hedging: "claimed",
    review: "submitted",
  },
  {
    source: "talataye",
    evidence: ["ACLED reported the deaths of at least 30 civilians"],
    subject: "Battle of Talataye (2022)",
    property: "civilian_deaths",
    value: killed("at_least", 30, "at least 30"),
    qualifiers: { victimGroup: "civilians" },
    chain: [{ role: "origin", entity: "ACLED" }],
    hedging: "reported",
    review: "approved",
  },
  {
    source: "talataye",
    evidence: ["The United Nations reported that 100 civilians"],
    subject: "Battle of Talataye (2022)",
    property: "civilian_deaths",
    value: killed("exact", 100, "100"),
    qualifiers: { victimGroup: "civilians" },
    chain: [{ role: "origin", entity: "United Nations" }],
    hedging: "reported",
    review: "submitted",
  },
  {
    source: "talataye",
    evidence: ["Journalist stated that while airstrikes occurred"],
    subject: "Battle of Talataye (2022)",
    property: "occurred",
    value: { type: "assertion", proposition: "airstrikes occurred during the battle", polarity: "affirmed" },
    chain: [{ role: "origin", party: "a journalist" }],
    hedging: "reported",
    review: "submitted",
  },
  {
    source: "talataye",
    evidence: ["Le Monde, which stated that airstrikes did not occur, citing local sources"],
    subject: "Battle of Talataye (2022)",
    property: "occurred",
    value: { type: "assertion", proposition: "airstrikes occurred during the battle", polarity: "denied" },
    chain: [
      { role: "origin", party: "local sources" },
      { role: "intermediary", entity: "Le Monde" },
    ],
    hedging: "disputed",
    review: "approved",
  },
  {
    source: "talataye",
    evidence: ['The Malian government stated in a press release that it had conducted "offensive reconnaissance" with its air force during the battle'],
    subject: "Battle of Talataye (2022)",
    property: "occurred",
    value: {
      type: "assertion",
      proposition: "the Malian air force conducted \"offensive reconnaissance\" during the battle",
      polarity: "affirmed",
    },
    chain: [{ role: "origin", entity: "Government of Mali" }],
    hedging: "claimed",
    review: "draft",
  },
  {
    source: "tinzaouaten",
    evidence: ["the Wagner Group suffered at least 25 deaths"],
    subject: "Wagner Group",
    property: "casualties",
    value: killed("at_least", 25, "at least 25"),
    chain: [{ role: "origin", entity: "African Initiative" }],
    hedging: "reported",
    review: "approved",
  },
  {
    source: "tinzaouaten",
    evidence: ["CSP said that 84 Wagner mercenaries"],
    subject: "Wagner Group",
    property: "casualties",
    value: killed("exact", 84, "84"),
    chain: [{ role: "origin", entity: "Strategic Framework for the Defense of the People of Azawad" }],
    hedging: "claimed",
    review: "submitted",
  },
  {
    source: "tinzaouaten",
    evidence: ["also claims to have taken part in the battle against the Malian and Wagner forces"],
    subject: "Jama'at Nasr al-Islam wal-Muslimin",
    property: "participated_in",
    value: { type: "assertion", proposition: "took part in the Battle of Tinzaouaten (2024)", polarity: "affirmed" },
    chain: [{ role: "origin", entity: "Jama'at Nasr al-Islam wal-Muslimin" }],
    hedging: "claimed",
    review: "submitted",
  },
  {
    source: "tinzaouaten",
    evidence: ["but CSP denied their involvement"],
    subject: "Jama'at Nasr al-Islam wal-Muslimin",
    property: "participated_in",
    value: { type: "assertion", proposition: "took part in the Battle of Tinzaouaten (2024)", polarity: "denied" },
    chain: [{ role: "origin", entity: "Strategic Framework for the Defense of the People of Azawad" }],
    hedging: "disputed",
    review: "submitted",
  },
  {
    source: "tinzaouaten",
    evidence: ["the CSP claimed victory in the battle"],
    subject: "Battle of Tinzaouaten (2024)",
    property: "result",
    value: { type: "entity", entityId: "", text: "CSP victory" },
    valueEntity: "Strategic Framework for the Defense of the People of Azawad",
    chain: [{ role: "origin", entity: "Strategic Framework for the Defense of the People of Azawad" }],
    hedging: "claimed",
    review: "approved",
  },
  {
    source: "tinzaouaten",
    evidence: ["The Alliance of Sahel States claimed that FAMa repelled the ambush"],
    subject: "Battle of Tinzaouaten (2024)",
    property: "result",
    value: { type: "entity", entityId: "", text: "FAMa repelled the ambush" },
    valueEntity: "Malian Armed Forces",
    chain: [{ role: "origin", entity: "Alliance of Sahel States" }],
    hedging: "claimed",
    review: "submitted",
  },
];
