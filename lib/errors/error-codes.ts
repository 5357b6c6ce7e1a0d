/**
 * Every code an error can carry, from an API route or a server action. The
 * server throws with these and the client matches against these, so a code
 * is never spelled twice.
 */
export const errorCodes = {
  validationFailed: "validation_failed",
  importRejected: "import_rejected",
  unauthenticated: "unauthenticated",
  forbidden: "forbidden",
  notFound: "not_found",
  conflict: "conflict",
  duplicate: "duplicate",
  duplicateContent: "duplicate_content",
  concurrentChange: "concurrent_change",
  staleVersion: "stale_version",
  staleStatus: "stale_status",
  invalidTransition: "invalid_transition",
  projectNotEmpty: "project_not_empty",
  duplicateConflict: "duplicate_conflict",
  notOpen: "not_open",
  alreadyOpen: "already_open",
  closedAutomatically: "closed_automatically",
  alreadyMerged: "already_merged",
  mergeCycle: "merge_cycle",
  notMerged: "not_merged",
  mergedSince: "merged_since",
  lastOwner: "last_owner",
  alreadyMember: "already_member",
  accountExists: "account_exists",
  invitationAccepted: "invitation_accepted",
  invitationRevoked: "invitation_revoked",
  invitationExpired: "invitation_expired",
  wrongAccount: "wrong_account",
  signUpClosed: "sign_up_closed",
  propertyInUse: "property_in_use",
  annotationInUse: "annotation_in_use",
  payloadTooLarge: "payload_too_large",
  unsupportedMediaType: "unsupported_media_type",
  rateLimited: "rate_limited",
  databaseUnavailable: "database_unavailable",
  portInUse: "port_in_use",
  jobFinished: "job_finished",
  internalError: "internal_error",
  /** Only the client's: an answer without our error body (a proxy's page, a dropped connection). */
  httpError: "http_error",
} as const;

export type ErrorCode = (typeof errorCodes)[keyof typeof errorCodes];

const known = new Set<string>(Object.values(errorCodes));

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === "string" && known.has(value);
}

/** The one error envelope: `{ error: ErrorBody }` from API routes, `{ ok: false, error: ErrorBody }` from server actions. */
export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** `fields` for invalid input, the current state for a stale version, and so on. */
  details?: unknown;
}
