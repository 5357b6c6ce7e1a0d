import { describe, expect, it } from "vitest";
import { MAX_SOURCE_BYTES, prepareRevisionText } from "./prepare-text";

describe("prepareRevisionText", () => {
  it("keeps plain text byte for byte", () => {
    const text = "= Battle of Talataye (2022) =\n\nInfobox\n- Date: 6–7 September 2022\n";
    const prepared = prepareRevisionText(text, "plain");
    expect(prepared).toMatchObject({ ok: true, text, codePoints: [...text].length });
  });

  it("rejects empty and whitespace-only text", () => {
    expect(prepareRevisionText("  \n\t", "plain")).toMatchObject({ ok: false, code: "empty" });
  });

  it("rejects text over 5 MB", () => {
    const prepared = prepareRevisionText("a".repeat(MAX_SOURCE_BYTES + 1), "plain");
    expect(prepared).toMatchObject({ ok: false, code: "too_large" });
  });

  it("reduces HTML to text and drops scripts, never keeping markup", () => {
    const prepared = prepareRevisionText(
      '<h1>Talataye</h1><p>Le Monde &amp; <b>RFI</b> <img src=x onerror="alert(1)"></p><script>alert(1)</script><p>Second</p>',
      "html",
    );
    expect(prepared).toMatchObject({ ok: true, text: "Talataye\n\nLe Monde & RFI\n\nSecond" });
  });
});
