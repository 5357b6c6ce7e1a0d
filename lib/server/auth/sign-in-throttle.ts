import "server-only";
import type { Db } from "@/lib/db/client";
import { Prisma } from "@/lib/db/generated/client";
import { RateLimitedError } from "../errors";

type Tx = Prisma.TransactionClient;

interface Limit {
  /** Attempts allowed before any wait. */
  free: number;
  /** The longest wait between two attempts; each attempt past the free ones doubles it up to this. */
  maxDelaySeconds: number;
}

/**
 * Who is slowed down, and how much. The account's own limit is counted per
 * address, so someone guessing from elsewhere slows only themselves and can
 * never lock the owner out. An address is limited across every email it
 * tries. The account's total is a brake on guessing spread over many
 * addresses; it waits a minute at most, so it cannot lock anyone out either.
 */
export const SIGN_IN_LIMITS = {
  "account-address": { free: 5, maxDelaySeconds: 15 * 60 },
  address: { free: 20, maxDelaySeconds: 15 * 60 },
  account: { free: 50, maxDelaySeconds: 60 },
} as const satisfies Record<string, Limit>;
export type ThrottleScope = keyof typeof SIGN_IN_LIMITS;

/** A key is forgotten this long after its last attempt. */
const FORGET_AFTER_SECONDS = 60 * 60;

export function throttleKeys(email: string, address: string): Record<ThrottleScope, string> {
  return { "account-address": `account-address:${email}|${address}`, address: `address:${address}`, account: `account:${email}` };
}

/**
 * Counts one attempt under a key, in one statement that takes the key's row
 * lock, so parallel attempts are counted one after another and never past
 * the limit. Returns false when the key must wait. The wait is computed from
 * the clock, not the transaction start, so a transaction that began earlier
 * is not refused by one that committed after it.
 */
async function countAttempt(tx: Tx, key: string, limit: Limit): Promise<boolean> {
  const forgetBefore = Prisma.sql`clock_timestamp() - make_interval(secs => ${FORGET_AFTER_SECONDS}::int)`;
  // Every SET expression sees the row as it was, so the new count is spelled out for each.
  const attempts = Prisma.sql`(CASE WHEN t."lastAttemptAt" < ${forgetBefore} THEN 1 ELSE t."attempts" + 1 END)`;
  const rows = await tx.$queryRaw<{ key: string }[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "attempts", "retryAt", "lastAttemptAt")
    VALUES (${key}, 1, ${retryAt(Prisma.sql`1`, limit)}, clock_timestamp())
    ON CONFLICT ("key") DO UPDATE SET
      "attempts" = ${attempts},
      "retryAt" = ${retryAt(attempts, limit)},
      "lastAttemptAt" = clock_timestamp()
    WHERE t."retryAt" IS NULL OR t."retryAt" <= clock_timestamp()
    RETURNING t."key"`;
  return rows.length === 1;
}

/** Free attempts have no wait; after them each one doubles it, up to the limit's longest. */
function retryAt(attempts: Prisma.Sql, limit: Limit): Prisma.Sql {
  return Prisma.sql`CASE WHEN ${attempts} < ${limit.free}::int THEN NULL
    ELSE clock_timestamp() + make_interval(secs => least(${limit.maxDelaySeconds}::int, power(2, ${attempts} - ${limit.free}::int))) END`;
}

/**
 * Counts a sign-in attempt under every key, before the password is checked.
 * When any key must wait, nothing is counted and the attempt is refused with
 * the wait, so a refused attempt costs no password check and tells nothing.
 */
export async function admitSignInAttempt(db: Db, email: string, address: string): Promise<void> {
  const keys = throttleKeys(email, address);
  const scopes = Object.keys(keys) as ThrottleScope[];
  await admitAttempt(db, scopes.map((scope) => ({ key: keys[scope], limit: SIGN_IN_LIMITS[scope] })), "sign-in attempts");
}

/** Registrations from one address: a few at once, then slower and slower, so nobody mints accounts in bulk. */
export const SIGN_UP_LIMIT = { free: 3, maxDelaySeconds: 60 * 60 } as const satisfies Limit;

export async function admitSignUpAttempt(db: Db, address: string): Promise<void> {
  await admitAttempt(db, [{ key: `sign-up:${address}`, limit: SIGN_UP_LIMIT }], "accounts created from your address");
}

async function admitAttempt(db: Db, keys: { key: string; limit: Limit }[], what: string): Promise<void> {
  await db.$transaction(async (tx) => {
    for (const { key, limit } of keys) {
      if (await countAttempt(tx, key, limit)) continue;
      const [row] = await tx.$queryRaw<{ seconds: number }[]>`
        SELECT ceil(extract(epoch FROM "retryAt" - clock_timestamp()))::int AS seconds FROM "SignInThrottle" WHERE "key" = ${key}`;
      const seconds = Math.max(1, row?.seconds ?? 1);
      throw new RateLimitedError(`Too many ${what}. Try again in ${describeWait(seconds)}.`, seconds);
    }
  });
}

/**
 * A right password: the account starts afresh from this address, and the
 * attempt is handed back to the address and the account's total, which keep
 * counting everyone else's failures.
 */
export async function recordSignInSuccess(db: Db, email: string, address: string): Promise<void> {
  const keys = throttleKeys(email, address);
  await db.$transaction([
    db.signInThrottle.deleteMany({ where: { key: keys["account-address"] } }),
    db.signInThrottle.updateMany({ where: { key: { in: [keys.address, keys.account] }, attempts: { gt: 0 } }, data: { attempts: { decrement: 1 } } }),
  ]);
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}
