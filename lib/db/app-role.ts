import pg from "pg";

/**
 * The role the application connects as. The migrations create it and grant it
 * reading and writing the data and appending to the audit trail — nothing
 * else: it owns no table, so it can neither disable the audit trigger nor
 * alter the schema, and it is no superuser, so it cannot switch triggers off
 * with session_replication_role.
 */
export const APP_ROLE = "provenance_app";

/** The embedded cluster answers on 127.0.0.1 only; its roles' passwords guard nothing else. */
export const EMBEDDED_APP_PASSWORD = "provenance_app";

export function urlAs(databaseUrl: string, user: string, password: string): string {
  const url = new URL(databaseUrl);
  url.username = user;
  url.password = password;
  return url.toString();
}

/** Lets the application role sign in with `password`, as the cluster's owner. */
export async function allowAppRoleLogin(ownerUrl: string, password: string): Promise<void> {
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`ALTER ROLE ${APP_ROLE} LOGIN PASSWORD ${client.escapeLiteral(password)}`);
  } finally {
    await client.end();
  }
}
