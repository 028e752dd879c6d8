/** Characters gathered before a piece is handed on: large enough to keep calls few, small enough to never matter. */
const CHUNK_CHARS = 1 << 16;

/**
 * Gathers small pieces of text into chunks for `flush`, so that a serialisation of a whole list can be hashed or
 * encoded without ever being one string, nor leaving behind the copies that concatenating it level by level makes.
 * Call the returned `end` once every piece is written.
 */
export function textChunks(flush: (chunk: string) => void): { write: (text: string) => void; end: () => void } {
  let pending = '';
  return {
    write(text) {
      pending += text;
      if (pending.length < CHUNK_CHARS) return;
      flush(pending);
      pending = '';
    },
    end() {
      if (pending) flush(pending);
      pending = '';
    },
  };
}
