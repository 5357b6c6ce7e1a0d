import { describe, expect, it } from "vitest";
import { writeJsonl } from "./jsonl";
import { parseImport } from "./parse-import";
import { collectText, testReader } from "./test-dataset";

async function exportedLines(): Promise<string[]> {
  return (await collectText(writeJsonl(testReader()))).trimEnd().split("\n");
}

function problemsOf(lines: string[]) {
  const result = parseImport(lines.join("\n"));
  if (result.ok) throw new Error("expected the file to be rejected");
  return result.problems;
}

describe("reading an export back for import", () => {
  it("reports every bad line with its number and reason, in line order", async () => {
    const lines = await exportedLines();
    const sourceLine = lines.findIndex((l) => l.includes('"kind":"source"'));
    const claimLines = lines.flatMap((l, i) => (l.includes('"kind":"claim"') ? [i] : []));
    const source = JSON.parse(lines[sourceLine]!);
    source.revisions[0].text = source.revisions[0].text.replace("Talataye", "Talatay");
    lines[sourceLine] = JSON.stringify(source);
    const first = JSON.parse(lines[claimLines[0]!]!);
    first.property.key = "wounded";
    lines[claimLines[0]!] = JSON.stringify(first);
    lines[claimLines[1]!] = "{not json";
    const third = JSON.parse(lines[claimLines[2]!]!);
    delete third.value.polarity;
    lines[claimLines[2]!] = JSON.stringify(third);
    lines.push(lines[claimLines[0]!]!);

    const problems = problemsOf(lines);
    expect(problems).toEqual([
      { line: sourceLine + 1, reason: "The text of revision 1 does not match its sha256." },
      expect.objectContaining({ line: claimLines[0]! + 1, reason: expect.stringMatching(/Property "wounded" has no property record/) }),
      expect.objectContaining({ line: claimLines[0]! + 1, reason: expect.stringMatching(/lies on revision 1 of source src1, which the file does not hold/) }),
      expect.objectContaining({ line: claimLines[1]! + 1, reason: expect.stringMatching(/^Not valid JSON/) }),
      expect.objectContaining({ line: claimLines[2]! + 1, reason: expect.stringMatching(/^value\.polarity/) }),
      expect.objectContaining({ line: lines.length, reason: expect.stringMatching(/Duplicate claim id "c1"/) }),
      expect.objectContaining({ line: lines.length, reason: expect.stringMatching(/Property "wounded"/) }),
      expect.objectContaining({ line: lines.length, reason: expect.stringMatching(/which the file does not hold/) }),
    ]);
  });

  it("checks every quote against the revision text at its offsets", async () => {
    const lines = await exportedLines();
    const index = lines.findIndex((l) => l.includes('"id":"c1"'));
    const claim = JSON.parse(lines[index]!);
    claim.evidence[0].start += 1;
    claim.evidence[0].end += 1;
    lines[index] = JSON.stringify(claim);
    expect(problemsOf(lines)).toEqual([{ line: index + 1, reason: expect.stringMatching(/the quote does not match the text at \[\d+, \d+\)/) }]);
  });

  it("requires the header first, and names a file of another schema version", async () => {
    const lines = await exportedLines();
    expect(problemsOf(lines.slice(1))[0]).toMatchObject({ line: 1, reason: expect.stringMatching(/first record must be the header/) });
    const other = ['{"kind":"header","schemaVersion":"provenance-export/2"}', ...lines.slice(1)];
    expect(problemsOf(other)[0]).toMatchObject({ line: 1, reason: expect.stringMatching(/^schemaVersion/) });
    expect(problemsOf([""])).toEqual([{ line: 1, reason: "The file is empty." }]);
  });
});
