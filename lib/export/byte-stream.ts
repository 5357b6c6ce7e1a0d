export const CHUNK_BYTES = 64 * 1024;

/**
 * Gathers the many small strings a serializer yields into UTF-8 chunks of at
 * most `size` bytes (a longer string is a chunk of its own): fewer, larger
 * writes, and still only one chunk in memory at a time. Each string is
 * encoded straight into the chunk's buffer: joining them first, then
 * encoding, cost the 100,000-claim export a tenth of its time.
 */
export async function* utf8Chunks(parts: AsyncIterable<string>, size = CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  let chunk = Buffer.allocUnsafe(size);
  let used = 0;
  for await (const part of parts) {
    // A UTF-16 code unit takes at most 3 bytes of UTF-8.
    if (used + part.length * 3 > size) {
      if (used > 0) {
        yield chunk.subarray(0, used);
        // The consumer may keep what it was given (a compressor's queue): the next chunk is a new buffer.
        chunk = Buffer.allocUnsafe(size);
        used = 0;
      }
      if (part.length * 3 > size) {
        yield Buffer.from(part, "utf8");
        continue;
      }
    }
    used += chunk.write(part, used, "utf8");
  }
  if (used > 0) yield chunk.subarray(0, used);
}

/**
 * A web ReadableStream that pulls the next chunk only when the consumer asks
 * for one, so a slow client slows the database cursor down instead of
 * filling memory; cancelling the stream closes the source (and its cursor).
 */
export function toReadableStream(chunks: AsyncIterable<Uint8Array>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await iterator.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        controller.error(error);
      }
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}
