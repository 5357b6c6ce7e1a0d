/** Who is acting: resolved from a session cookie or a bearer token, then checked against the database. */
export interface Actor {
  userId: string;
  email: string;
  name: string;
}
