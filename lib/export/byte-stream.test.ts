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
