import { describe, expect, it } from "vitest";
import { toReadableStream, utf8Chunks } from "./byte-stream";

describe("byte stream", () => {
  it("gathers small strings into chunks of about the requested size, keeping every byte", async () => {
    async function* parts() {
      for (let i = 0; i < 100; i++) yield "é–x";
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of utf8Chunks(parts(), 64)) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(new TextDecoder().decode(Buffer.concat(chunks))).toBe("é–x".repeat(100));
  });

  it("keeps every chunk it handed out intact, and passes a string longer than a chunk whole, lone surrogates as U+FFFD", async () => {
    const long = "ü".repeat(100);
    async function* parts() {
      for (let i = 0; i < 50; i++) yield `${i},`;
      yield long;
      yield "\ud800!";
    }
    const chunks: Uint8Array[] = [];
    for await (const chunk of utf8Chunks(parts(), 64)) chunks.push(chunk);
    expect(chunks.every((chunk) => chunk.byteLength <= 64 || new TextDecoder().decode(chunk) === long)).toBe(true);
    const expected = `${Array.from({ length: 50 }, (_, i) => `${i},`).join("")}${long}\ufffd!`;
    expect(new TextDecoder().decode(Buffer.concat(chunks))).toBe(expected);
    expect(Buffer.concat(chunks)).toEqual(Buffer.from(new TextEncoder().encode(`${Array.from({ length: 50 }, (_, i) => `${i},`).join("")}${long}\ud800!`)));
  });

  it("reads from the source only as fast as the consumer pulls, and closes the source when cancelled", async () => {
    let produced = 0;
    let isClosed = false;
    async function* source() {
      try {
        for (;;) {
          produced++;
          yield new Uint8Array([produced]);
        }
      } finally {
        isClosed = true;
      }
    }
    const reader = toReadableStream(source()).getReader();
    await reader.read();
    await reader.read();
    // Two chunks read, at most one more buffered ahead: the rest was never produced.
    expect(produced).toBeLessThanOrEqual(3);
    await reader.cancel();
    expect(isClosed).toBe(true);
  });
});
