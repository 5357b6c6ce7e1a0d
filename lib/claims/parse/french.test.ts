import { describe, expect, it } from "vitest";
import { suggestFromSelection } from "@/lib/claims/parse/suggest";

const fr = (text: string) => suggestFromSelection(text, { language: "fr", publishedAt: "2018-03-02" });
const chain = (text: string) => fr(text).attributions[0]?.chain.map((link) => link.partyName);

describe("French text", () => {
  it.each([
    ["Au moins six assaillants ont été neutralisés.", { kind: "at_least", min: 6, category: "killed" }],
    ["Une trentaine de personnes ont été tuées vendredi", { kind: "approximately", min: 27, max: 33, category: "killed" }],
    ["un bilan de 28 morts", { kind: "exact", min: 28, category: "killed" }],
    ["plus de 2 900 morts dans les combats", { kind: "at_least", min: 2_901, category: "killed" }],
    ["vingt-et-un Français tués", { kind: "exact", min: 21, category: "killed" }],
    ["il n'y avait pas de victime française", { kind: "exact", min: 0, max: 0, category: "killed_or_wounded" }],
  ])("reads the figure of %j", (words, expected) => {
    expect(fr(words).quantities[0]?.value).toMatchObject(expected);
  });

  it("reads no article as a count", () => {
    expect(fr("une autre source a évoqué un bilan").quantities).toEqual([]);
  });

  it.each([
    ["Une trentaine de personnes ont été tuées, selon plusieurs sources sécuritaires interrogées par l'AFP.", ["plusieurs sources sécuritaires", "AFP"]],
    ["une autre source a évoqué un bilan de morts", ["une autre source"]],
    ["Des sources militaires et sécuritaires burkinabè ont elles parlé d'une quinzaine de morts.", ["sources militaires et sécuritaires burkinabè"]],
    ['Ces actions ont un "relent terroriste", a déclaré le ministre de l\'Information Rémis Fulgance Dandjinou à la télévision d\'état RTB.', ["Rémis Fulgance Dandjinou", "RTB"]],
    ["Au moins 75 personnes ont été blessées, selon le directeur central des services de santé, le médecin colonel Amado Kafando, précisant que le bilan pourrait s'alourdir.", ["Amado Kafando"]],
  ])("reads the chain of %j", (words, names) => {
    expect(chain(words)).toEqual(names);
  });

  it("names no one for a pronoun", () => {
    expect(fr("Deux d'entre elles ont fait état d'un bilan de 28 morts").attributions).toEqual([]);
  });

  it("denies only what the reported predicate negates", () => {
    expect(fr("Les autorités ont annoncé qu'il n'y avait pas de victime française.").attributions[0]?.polarity).toBe("affirmed");
    expect(fr("Le ministère a affirmé que les frappes n'ont pas eu lieu.").attributions[0]?.polarity).toBe("denied");
  });

  it("resolves a weekday against the publication date", () => {
    expect(fr("Des attaques ont visé vendredi l'état-major").dates[0]?.value).toMatchObject({ start: "2018-03-02", precision: "day" });
  });
});
