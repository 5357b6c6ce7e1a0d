"use client";

import { useState, type FormEvent } from "react";
import { FormOutcome, type Outcome } from "@/components/ui/form-outcome";
import { DEFAULT_TOKEN_DAYS, TOKEN_LIFETIME_CHOICES, type ApiTokenView } from "@/lib/auth/token-input";
import { ApiRequestError } from "@/lib/client/api-fetch";
import { callApi } from "@/lib/client/api-client";
import { createOwnTokenRoute, revokeTokenRoute } from "@/lib/api/contract/foundation";
import type { ResponseOf } from "@/lib/api/define-route";
import { formatTimestamp } from "@/lib/format/timestamp";
import { ActionsHeader } from "@/components/ui/actions-header";

type IssuedToken = ResponseOf<typeof createOwnTokenRoute>;

const when = (iso: string | null, none: string) => (iso ? formatTimestamp(iso) : none);

/** The user's API tokens: issue one (shown once), see when each was last used, revoke any. */
export function ApiTokenList({ initialTokens }: { initialTokens: ApiTokenView[] }) {
  const [tokens, setTokens] = useState(initialTokens);
  const [issued, setIssued] = useState<IssuedToken | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  async function onCreate(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const lifetime = String(form.get("lifetime"));
    setIsBusy(true);
    setOutcome(null);
    try {
      const created = await callApi(createOwnTokenRoute, {
        body: { name: String(form.get("name") ?? "").trim() || undefined, expiresInDays: lifetime === "never" ? null : Number(lifetime) },
      });
      setIssued(created);
      setTokens((current) => [created, ...current]);
    } catch (caught) {
      setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The token could not be created." });
    } finally {
      setIsBusy(false);
    }
  }

  async function revoke(token: ApiTokenView) {
    setIsBusy(true);
    setOutcome(null);
    try {
      await callApi(revokeTokenRoute, { params: { tokenId: token.id } });
      setTokens((current) => current.filter((t) => t.id !== token.id));
      if (issued?.id === token.id) setIssued(null);
      setOutcome({ kind: "success", text: `“${token.name}” is revoked: requests with it are refused from now on.` });
    } catch (caught) {
      setOutcome({ kind: "error", text: caught instanceof ApiRequestError ? caught.message : "The token could not be revoked." });
    } finally {
      setIsBusy(false);
    }
  }

  return (
    <section className="card stack" aria-labelledby="tokens-title">
      <h2 id="tokens-title">API tokens</h2>
      <p className="muted">For scripts and notebooks: send one as <code>Authorization: Bearer …</code>. A token acts as you, in every project of yours.</p>
      <form className="form token-form" onSubmit={onCreate} aria-label="Create an API token">
        <label className="field">
          <span>Name</span>
          <input name="name" maxLength={100} placeholder="e.g. casualty notebook" />
        </label>
        <label className="field">
          <span>Expires</span>
          <select name="lifetime" defaultValue={String(DEFAULT_TOKEN_DAYS)}>
            {TOKEN_LIFETIME_CHOICES.map((days) => (
              <option key={days} value={days}>
                in {days} days
              </option>
            ))}
            <option value="never">never</option>
          </select>
        </label>
        <div>
          <button type="submit" className="button button--primary" disabled={isBusy}>
            Create token
          </button>
        </div>
      </form>
      {issued && (
        <div className="token-issued" role="status">
          <p>
            Your new token “{issued.name}”. Copy it now: it is shown only this once.
          </p>
          <output aria-label="New API token" className="token-issued__value">
            {issued.token}
          </output>
        </div>
      )}
      <FormOutcome outcome={outcome} />
      {tokens.length === 0 ? (
        <p className="muted">You have no API tokens.</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Created</th>
              <th scope="col">Last used</th>
              <th scope="col">Expires</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {tokens.map((token) => (
              <tr key={token.id}>
                <td>{token.name}</td>
                <td>{when(token.createdAt, "—")}</td>
                <td>{when(token.lastUsedAt, "never")}</td>
                <td>{when(token.expiresAt, "never")}</td>
                <td>
                  <button type="button" className="button" disabled={isBusy} onClick={() => void revoke(token)} aria-label={`Revoke ${token.name}`}>
                    Revoke
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
