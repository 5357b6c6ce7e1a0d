import { hash, verify } from "@node-rs/argon2";

// argon2id with the library's defaults (OWASP-recommended memory/time costs).
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password).catch(() => false);
}

let unknownAccountHash: Promise<string> | undefined;

/**
 * Checks a password for an account that may not exist. Without an account a password is still
 * verified, against a hash made once per process, so that the time taken does not tell
 * whether an email has an account.
 */
export async function verifyPasswordOf(passwordHash: string | null, password: string): Promise<boolean> {
  unknownAccountHash ??= hashPassword("no account has this password");
  const isRight = await verifyPassword(passwordHash ?? (await unknownAccountHash), password);
  return passwordHash !== null && isRight;
}
