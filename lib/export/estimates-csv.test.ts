import { describe, expect, it } from "vitest";
import { CSV_BOM } from "./csv";
import { ESTIMATES_CSV_HEADER, writeEstimatesCsv } from "./estimates-csv";
import { collectText, testReader } from "./test-dataset";

describe("estimates.csv", () => {
  it("writes one row per estimate with UCDP's columns, the rule and the claims used and left out", async () => {
    const [header, row, end] = (await collectText(writeEstimatesCsv(testReader()))).split("\r\n");
    expect(header).toBe(CSV_BOM + ESTIMATES_CSV_HEADER.join(","));
    expect(end).toBe("");
    expect(row).toBe(
      'e1,MSA and JNIM forces,casualties,,,,"MSA, JNIM",ucdp,4,4,4,1,Movement for the Salvation of Azawad,c1,c2,,,,,,' +
        "Low 4: Movement for the Salvation of Azawad's exactly 4 killed.",
    );
  });
});
