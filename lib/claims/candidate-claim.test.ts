import { describe, expect, it } from "vitest";
import { claimInputSchema } from "./claim-input";
import { candidateClaimFields } from "./candidate-claim";

describe("candidateClaimFields", () => {
  it("turns the date into the time qualifier and keeps the victim group, hedging and named parties", () => {
    const fields = candidateClaimFields({
      value: { type: "quantity", kind: "range", min: 300, max: 700, category: "killed", text: "300 to 700" },
      qualifiers: { victimGroup: "civilians" },
      attribution: { chain: [{ role: "origin", partyName: "local sources" }, { role: "intermediary", partyName: "Le Monde" }], polarity: null, hedging: "reported" },
      date: { type: "date", start: "2022-03-01", end: "2022-08-31", precision: "month", text: "between March and August 2022" },
    });
    expect(fields).toEqual({
      value: { type: "quantity", kind: "range", min: 300, max: 700, category: "killed", text: "300 to 700" },
      qualifiers: { victimGroup: "civilians", time: "March 2022 to August 2022" },
      hedging: "reported",
      attribution: [
        { role: "origin", partyName: "local sources" },
        { role: "intermediary", partyName: "Le Monde" },
      ],
    });
  });

  it("clips an assertion read from a long sentence to what a claim may hold", () => {
    const sentence = `The MSA said that ${"fighting went on, ".repeat(60)}`;
    const fields = candidateClaimFields({
      value: { type: "assertion", proposition: sentence, polarity: "denied", text: sentence },
      attribution: { chain: [{ role: "origin", partyName: "MSA" }], polarity: "denied", hedging: null },
      date: null,
    });
    const parsed = claimInputSchema.safeParse({ subjectId: "s", propertyId: "p", evidenceAnnotationIds: ["a"], ...fields });
    expect(parsed.success).toBe(true);
    expect(fields.qualifiers).toEqual({});
    expect(fields.hedging).toBeNull();
  });
});
