import { describe, expect, it } from "vitest";
import { normalizePartyName, originResolver } from "./origin";

describe("origin", () => {
  const resolve = originResolver([
    { id: "moi", name: "Interior Ministry", aliases: ["Ministry of the Interior"] },
    { id: "a", name: "Alpha", aliases: ["shared"] },
    { id: "b", name: "Beta", aliases: ["shared"] },
  ]);
  const party = (name: string) => resolve({ entityId: null, partyName: name, sourceId: null, label: name });

  it("normalises case, accents, punctuation and a leading 'the'", () => {
    expect(normalizePartyName("The  Ministère de l'Intérieur.")).toBe("ministere de l'interieur");
    expect(party("local sources").key).toBe(party("Local sources").key);
  });

  it("resolves a party name to the entity it names or aliases, so both are one origin", () => {
    expect(party("the interior ministry")).toEqual({ key: "entity:moi", label: "Interior Ministry" });
    expect(party("Ministry of the Interior").key).toBe(resolve({ entityId: "moi", partyName: null, sourceId: null, label: "Interior Ministry" }).key);
  });

  it("does not resolve an alias that two entities share", () => {
    expect(party("shared").key).toBe("party:shared");
  });
});
