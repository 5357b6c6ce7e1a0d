/** The largest source text we accept, in UTF-8 bytes. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;
