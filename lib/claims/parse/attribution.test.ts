import { describe, expect, it } from "vitest";
import { type AttributionSuggestion, findAttributions, parseAttribution } from "@/lib/claims/parse/attribution";

type Expected = Omit<AttributionSuggestion, "start" | "end">;
const withoutSpan = (found: AttributionSuggestion | null | undefined): Expected | null => {
  if (!found) return null;
  const { start: _start, end: _end, ...rest } = found;
  return rest;
};

const origin = (partyName: string) => ({ role: "origin" as const, partyName });
const via = (partyName: string) => ({ role: "intermediary" as const, partyName });

describe("parseAttribution", () => {
  it.each<[string, Expected]>([
    ["per ACLED", { chain: [origin("ACLED")], polarity: null, hedging: null }],
    ["(per IS)", { chain: [origin("IS")], polarity: null, hedging: null }],
    ["(per local officials)", { chain: [origin("local officials")], polarity: null, hedging: null }],
    ["according to Bamako", { chain: [origin("Bamako")], polarity: null, hedging: null }],
    ["According to the pro-Russian news outlet African Initiative", { chain: [origin("African Initiative")], polarity: null, hedging: null }],
    ["ACLED stated", { chain: [origin("ACLED")], polarity: "affirmed", hedging: null }],
    ["Le Monde stated that airstrikes did not occur", { chain: [origin("Le Monde")], polarity: "denied", hedging: null }],
    ["RFI claimed", { chain: [origin("RFI")], polarity: "affirmed", hedging: "claimed" }],
    ["ACLED reported", { chain: [origin("ACLED")], polarity: "affirmed", hedging: "reported" }],
    ["the UN confirmed", { chain: [origin("UN")], polarity: "affirmed", hedging: "confirmed" }],
    ["CSP denied", { chain: [origin("CSP")], polarity: "denied", hedging: null }],
    ["but CSP denied their involvement", { chain: [origin("CSP")], polarity: "denied", hedging: null }],
    ["Le Monde, citing local sources", { chain: [origin("local sources"), via("Le Monde")], polarity: null, hedging: null }],
    [
      "Le Monde, which stated that airstrikes did not occur, citing local sources",
      { chain: [origin("local sources"), via("Le Monde")], polarity: "denied", hedging: null },
    ],
    [
      "This claim was disputed by Le Monde",
      { chain: [origin("Le Monde")], polarity: "denied", hedging: "disputed" },
    ],
    ["A local elected official in Talataye reported", { chain: [origin("a local elected official")], polarity: "affirmed", hedging: "reported" }],
    ["an MSA official claimed", { chain: [origin("an MSA official")], polarity: "affirmed", hedging: "claimed" }],
    ["The Malian government stated in a press release", { chain: [origin("Malian government")], polarity: "affirmed", hedging: null }],
    ["CSP said that", { chain: [origin("CSP")], polarity: "affirmed", hedging: null }],
    ["The Alliance of Sahel States claimed", { chain: [origin("Alliance of Sahel States")], polarity: "affirmed", hedging: "claimed" }],
    ["the Kyiv Post reported", { chain: [origin("Kyiv Post")], polarity: "affirmed", hedging: "reported" }],
    ["The Movement for the Salvation of Azawad stated", { chain: [origin("Movement for the Salvation of Azawad")], polarity: "affirmed", hedging: null }],
    ["Islamic State in the Greater Sahara (ISGS) claimed", { chain: [origin("ISGS")], polarity: "affirmed", hedging: "claimed" }],
    ["ISGS, meanwhile, said", { chain: [origin("ISGS")], polarity: "affirmed", hedging: null }],
    [
      "a senior Ukrainian official, according to Bamako, admitted Kyiv's involvement",
      { chain: [origin("a senior Ukrainian official"), via("Bamako")], polarity: "affirmed", hedging: null },
    ],
  ])("reads %j", (words, expected) => {
    expect(withoutSpan(parseAttribution(words))).toEqual(expected);
  });

  it.each<[string, string[], AttributionSuggestion["polarity"]]>([
    ["Ivan Petrov, a popular war correspondent, wrote that 45 soldiers had died.", ["Ivan Petrov"], "affirmed"],
    ["The head of the office, Salameh Maarouf, said in a statement that work continues.", ["Salameh Maarouf"], "affirmed"],
    ["Ten people were killed on Saturday, said the army's spokesman in that province, Antony Mwalushayi.", ["Antony Mwalushayi"], "affirmed"],
    ['"We counted 30 bodies," said one resident.', ["one resident"], "affirmed"],
    ["The interior ministry on Friday rejected the figure.", ["interior ministry"], "denied"],
    ["At least 12 people were killed, the agency reported.", ["agency"], "affirmed"],
    ["Five civilians were killed, a local official told the BBC.", ["a local official", "BBC"], "affirmed"],
    ["Zelensky told the UN Security Council that 15 people were killed, Nexta reported.", ["Zelensky", "Nexta"], "affirmed"],
    ["The army said, citing local sources, that 17 militants were killed.", ["local sources", "army"], "affirmed"],
    ["AFP reported, citing data from city hospitals, that 17 people were killed.", ["city hospitals", "AFP"], "affirmed"],
    ["The ministry said 10 were killed but gave no details.", ["ministry"], "affirmed"],
    ["Human Rights Watch said today that 107 civilians were killed.", ["Human Rights Watch"], "affirmed"],
    ["A council member, Abdul Khowa, said he was told by locals that 147 civilians were killed.", ["locals", "Abdul Khowa"], "affirmed"],
    // Reports are no party of their own: the villagers they cite are the origin.
    ["Some local media reports have cited villagers claiming up to 170 civilians died.", ["villagers"], "affirmed"],
    ["The agency quoted a nurse as saying 12 people died.", ["a nurse", "agency"], "affirmed"],
    ["Kibrom Gebreselassie, chief clinical director at Ayder Referral Hospital, also said there had been a drone attack.", ["Kibrom Gebreselassie"], "affirmed"],
    ["During a meeting on Wednesday, Monday Kassah, head of the local government in Bokkos, Plateau State, said that 148 villagers had been killed.", ["Monday Kassah"], "affirmed"],
    ["The ministry, which is controlled by the Houthis, said 100 were wounded.", ["ministry"], "affirmed"],
    ["Hayelom Kebede said in a brief message to AFP that two injured people had arrived.", ["Hayelom Kebede", "AFP"], "affirmed"],
    ["The capital was hit by an air strike at midnight, Tigray rebels and hospital officials said.", ["Tigray rebels and hospital officials"], "affirmed"],
    ["A local official who asked not to be named said 12 people died.", ["a local official"], "affirmed"],
    ["Yemen's health ministry said 36 police commandos were killed.", ["health ministry"], "affirmed"],
    ["Khaing Thukha told the Associated Press that a jet fighter bombed the village.", ["Khaing Thukha", "Associated Press"], "affirmed"],
    ["BBC Burmese, the Irrawaddy and Radio Free Asia reported at least 50 fatalities.", ["BBC Burmese, the Irrawaddy and Radio Free Asia"], "affirmed"],
    ["Nearly 3.3 million people have been displaced, according to the Displacement Tracking Matrix (IOM DTM).", ["IOM DTM"], null],
    ["Russian Defense Minister Sergei Shoigu claimed that Ukraine had lost 11,000 soldiers.", ["Sergei Shoigu"], "affirmed"],
  ])("reads the chain of %j", (words, names, polarity) => {
    const found = parseAttribution(words);
    expect(found?.chain.map((link) => link.partyName)).toEqual(names);
    expect(found?.polarity).toBe(polarity);
  });

  it.each([
    ["a pronoun with no party named before it", "They said 12 people were killed."],
    ["a weekday", "On Friday said nothing"],
    ["the object of a verb after a comma", "The source, speaking on condition of anonymity, said the attack occurred."],
    ["a percentage", "About 71 per cent of the people"],
    ["people reported dead", "At least 50 people were also reported dead in several villages"],
    ["a check that failed", "The report could not be independently verified by Al Jazeera"],
  ])("names no party for %s", (_, words) => {
    expect(parseAttribution(words)?.chain[0]?.partyName ?? "").not.toMatch(/^(?:They|Friday|attack|cent|people|Al Jazeera)$/);
  });

  it("resolves a pronoun to the party named before it", () => {
    expect(findAttributions("The UN reported clashes. They said 12 people were killed.").map((a) => a.chain[0]?.partyName)).toEqual(["UN", "UN"]);
  });

  it.each([
    ["a rate", "two attacks per day"],
    ["a verb that attributes nothing", "civilians were massacred by ISGS"],
    ["a noun that looks like a verb", "the claims were false"],
    ["no party before the verb", "it was later reported"],
  ])("finds no attribution in %s", (_, words) => {
    expect(parseAttribution(words)).toBeNull();
  });

  it("gives one attribution per speaker, clause by clause", () => {
    expect(findAttributions("JNIM also claims to have taken part, but CSP denied their involvement.").map(withoutSpan)).toEqual([
      { chain: [origin("JNIM")], polarity: "affirmed", hedging: "claimed" },
      { chain: [origin("CSP")], polarity: "denied", hedging: null },
    ]);
  });
});
