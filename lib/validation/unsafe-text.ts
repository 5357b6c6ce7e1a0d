export interface UnsafeText {
  path: string;
  message: string;
}

const NUL_MESSAGE = "Contains a NUL character (\\u0000), which text cannot hold.";
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const SURROGATE_MESSAGE = "Contains a lone UTF-16 surrogate, which is not a character.";

/**
 * The first string in `value` that PostgreSQL text cannot store as sent: NUL is refused by
 * the database, and a lone surrogate would be silently replaced. Keys are checked too.
 */
export function findUnsafeText(value: unknown, path: string): UnsafeText | null {
  if (typeof value === "string") {
    if (value.includes("\u0000")) return { path, message: NUL_MESSAGE };
    if (LONE_SURROGATE.test(value)) return { path, message: SURROGATE_MESSAGE };
    return null;
  }
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findUnsafeText(item, `${path}.${index}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = findUnsafeText(key, `${path}.${key}`) ?? findUnsafeText(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}
