import { describe, expect, it } from "vitest";
import { CSV_BOM, CSV_HEADER, csvField, neutraliseFormula, writeCsv } from "./csv";
import { collectText, testClaims, testReader } from "./test-dataset";

/** An RFC 4180 reader, to check that what we write parses back to the same cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let isQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (isQuoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') isQuoted = false;
      else field += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += char;
  }
  return rows;
}

describe("CSV export", () => {
  it("writes a BOM, a header and one CRLF-terminated row per claim that parse back to the same cells", async () => {
    const text = await collectText(writeCsv(testReader()));
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(text.endsWith("\r\n")).toBe(true);
    const rows = parseCsv(text.slice(CSV_BOM.length));
    expect(rows[0]).toEqual(CSV_HEADER);
    expect(rows).toHaveLength(1 + testClaims.length);
    for (const row of rows) expect(row).toHaveLength(CSV_HEADER.length);
    const byHeader = (row: string[]) => Object.fromEntries(CSV_HEADER.map((h, i) => [h, row[i]]));
    const msa = byHeader(rows[1]!);
    expect(msa).toMatchObject({
      claim_id: "c1",
      subject: "MSA and JNIM forces",
      value: "exactly 4 killed",
      quantity_min: "4",
      quantity_max: "4",
      attributed_to: "Movement for the Salvation of Azawad",
      evidence_quotes: "4 (per MSA)",
      conflicts: "contradiction (resolved, preferred)",
      reviewer: "Rémi Reviewer",
      reviewed_at: "2024-05-03T08:00:00.000Z",
    });
    expect(byHeader(rows[2]!)).toMatchObject({ quantity_min: "60", quantity_max: "", value_words: "60+" });
    const denial = byHeader(rows[3]!);
    expect(denial.attribution_chain).toBe("origin: local sources > intermediary: Le Monde > reporter: Battle of Talataye (2022)");
    expect(denial.note).toBe('Le Monde, "citing local sources"\nsee the talk page');
  });

  it("neutralises cells a spreadsheet would run as formulas, and only those", async () => {
    const rows = parseCsv((await collectText(writeCsv(testReader()))).slice(CSV_BOM.length));
    expect(rows[1]![CSV_HEADER.indexOf("note")]).toBe(`'=HYPERLINK("http://attacker.example","click")`);
    for (const dangerous of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutraliseFormula(dangerous)).toBe(`'${dangerous}`);
    for (const safe of ["4 (per MSA)", "a=b", "2024-05-03", ""]) expect(neutraliseFormula(safe)).toBe(safe);
    expect(csvField("a;=1+1")).toBe('"a;=1+1"');
    expect(csvField("4 (per MSA); =cmd|' /C calc'!A0")).toBe(`"4 (per MSA); =cmd|' /C calc'!A0"`);
    expect(csvField(-1)).toBe("-1");
    expect(csvField(null)).toBe("");
    expect(csvField('say "hi", then\nleave')).toBe('"say ""hi"", then\nleave"');
  });

  it("is byte-identical for the same records", async () => {
    expect(await collectText(writeCsv(testReader()))).toBe(await collectText(writeCsv(testReader())));
  });
});
