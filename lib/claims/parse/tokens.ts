/**
 * Words (with their inner hyphens and apostrophes: "al-Qaeda", "Jama'at"), a
 * bracketed acronym as one token ("(JNIM)"), and every other mark on its own.
 */
const TOKEN = /\(\p{Lu}[\p{L}\p{N}]{1,9}\)|[\p{L}\p{N}][\p{L}\p{N}'-]*|\S/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}
