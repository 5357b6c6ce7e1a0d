const encoder = new TextEncoder();

export const CHUNK_BYTES = 64 * 1024;

/**
 * Gathers the many small strings a serializer yields into UTF-8 chunks of
 * about `size` bytes: fewer, larger writes, and still only one chunk in
 * memory at a time.
 */
export async function* utf8Chunks(parts: AsyncIterable<string>, size = CHUNK_BYTES): AsyncGenerator<Uint8Array> {
  let pending: string[] = [];
  let pendingLength = 0;
  for await (const part of parts) {
    pending.push(part);
    pendingLength += part.length;
    if (pendingLength >= size) {
      yield encoder.encode(pending.join(""));
      pending = [];
      pendingLength = 0;
    }
  }
  if (pendingLength > 0) yield encoder.encode(pending.join(""));
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
