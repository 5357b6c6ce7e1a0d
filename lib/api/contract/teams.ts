import { Role, ValueType } from "@/lib/db/generated/enums";
import { signUpSchema } from "@/lib/auth/account-input";
import { acceptInvitationSchema, createInvitationSchema, INVITATION_LIFETIME_DAYS } from "@/lib/invitations/invitation-input";
import { createPropertySchema, updatePropertySchema } from "@/lib/vocabulary/property-input";
import { replaceVagueLexiconSchema } from "@/lib/vocabulary/vague-lexicon-input";
import { defineRoute } from "../define-route";
import { memberSchema } from "./foundation";
import { idSchema, z } from "../schemas";

const projectParams = z.object({ projectId: idSchema });

const pendingInvitationSchema = z
  .object({ id: z.string(), email: z.string(), role: z.enum(Role), expiresAt: z.string(), createdAt: z.string(), invitedBy: z.string() })
  .meta({ id: "PendingInvitation" });

export const createInvitationRoute = defineRoute({
  operationId: "createInvitation",
  method: "post",
  path: "/api/v1/projects/{projectId}/invitations",
  summary: `Invite an address with a role (owners only). The link works once, for ${INVITATION_LIFETIME_DAYS} days; it is mailed when SMTP_URL is set and is in the answer either way. Inviting an address again withdraws its earlier link. Audited.`,
  tag: "Teams",
  params: projectParams,
  body: createInvitationSchema,
  response: {
    status: 201,
    description: "The invitation with its link, shown this once.",
    schema: z.object({
      invitation: z
        .object({
          id: z.string(),
          email: z.string(),
          role: z.enum(Role),
          expiresAt: z.string(),
          url: z.string().meta({ description: "The link to send; only its hash is stored." }),
          token: z.string(),
          mailed: z.boolean().meta({ description: "Whether the link was also mailed (SMTP_URL)." }),
        })
        .meta({ id: "IssuedInvitation" }),
    }),
  },
  errors: [403, 404, 409],
});

export const listInvitationsRoute = defineRoute({
  operationId: "listInvitations",
  method: "get",
  path: "/api/v1/projects/{projectId}/invitations",
  summary: "The invitations that can still be accepted, newest first (owners only).",
  tag: "Teams",
  params: projectParams,
  response: { status: 200, description: "Pending invitations.", schema: z.object({ invitations: z.array(pendingInvitationSchema) }) },
  errors: [403, 404],
});

export const revokeInvitationRoute = defineRoute({
  operationId: "revokeInvitation",
  method: "delete",
  path: "/api/v1/projects/{projectId}/invitations/{invitationId}",
  summary: "Withdraw an invitation that has not been used (owners only); audited.",
  tag: "Teams",
  params: z.object({ projectId: idSchema, invitationId: idSchema }),
  response: { status: 204, description: "Withdrawn." },
  errors: [403, 404, 409],
});

export const acceptInvitationRoute = defineRoute({
  operationId: "acceptInvitation",
  method: "post",
  path: "/api/v1/invitations/accept",
  summary:
    "Accept an invitation. Without a session, `name` and `password` create the account for the invited address; signed in as that address, `token` alone does. A used, withdrawn or expired link answers 410.",
  tag: "Teams",
  isPublic: true,
  body: acceptInvitationSchema,
  response: {
    status: 201,
    description: "The membership.",
    schema: z.object({ project: z.object({ id: z.string(), slug: z.string(), name: z.string() }), member: memberSchema }),
  },
  errors: [403, 404, 409, 410],
});

export const signUpRoute = defineRoute({
  operationId: "signUp",
  method: "post",
  path: "/api/v1/auth/sign-up",
  summary: "Create an account, where the instance allows self-registration (ALLOW_SIGNUP=true); otherwise 403. Limited per address.",
  tag: "Auth",
  isPublic: true,
  body: signUpSchema,
  response: { status: 201, description: "The account; sign in with it.", schema: z.object({ user: z.object({ id: z.string(), email: z.string(), name: z.string() }) }) },
  errors: [403, 409, 429],
});

const propertySchema = z
  .object({
    id: z.string(),
    key: z.string(),
    label: z.string(),
    valueType: z.enum(ValueType),
    isSingleValued: z.boolean(),
    description: z.string(),
    archivedAt: z.string().nullable(),
    claimCount: z.number().int().meta({ description: "Live claims that use the property." }),
  })
  .meta({ id: "Property" });
const propertyResponse = { status: 200, description: "The property.", schema: z.object({ property: propertySchema }) };
const propertyParams = z.object({ propertyId: idSchema });

export const listPropertiesRoute = defineRoute({
  operationId: "listProperties",
  method: "get",
  path: "/api/v1/projects/{projectId}/properties",
  summary: "The project's vocabulary, archived properties included, with how many claims use each.",
  tag: "Vocabulary",
  params: projectParams,
  response: { status: 200, description: "Properties.", schema: z.object({ properties: z.array(propertySchema) }) },
  errors: [404],
});

export const createPropertyRoute = defineRoute({
  operationId: "createProperty",
  method: "post",
  path: "/api/v1/projects/{projectId}/properties",
  summary: "Add a property to the vocabulary (owners only); audited.",
  tag: "Vocabulary",
  params: projectParams,
  body: createPropertySchema,
  response: { ...propertyResponse, status: 201 },
  errors: [403, 404, 409],
});

export const updatePropertyRoute = defineRoute({
  operationId: "updateProperty",
  method: "patch",
  path: "/api/v1/properties/{propertyId}",
  summary:
    "Change a property's label, description, value type or cardinality (owners only). The value type of a property in use cannot change (409); a new cardinality recomputes the conflicts. Audited.",
  tag: "Vocabulary",
  params: propertyParams,
  body: updatePropertySchema,
  response: propertyResponse,
  errors: [403, 404, 409],
});

export const archivePropertyRoute = defineRoute({
  operationId: "archiveProperty",
  method: "post",
  path: "/api/v1/properties/{propertyId}/archive",
  summary: "Retire a property (owners only): claims that have it keep it, new claims cannot use it. Audited.",
  tag: "Vocabulary",
  params: propertyParams,
  response: propertyResponse,
  errors: [403, 404],
});

export const restorePropertyRoute = defineRoute({
  operationId: "restoreProperty",
  method: "delete",
  path: "/api/v1/properties/{propertyId}/archive",
  summary: "Bring an archived property back into use (owners only); audited.",
  tag: "Vocabulary",
  params: propertyParams,
  response: propertyResponse,
  errors: [403, 404],
});

const vagueLexiconResponse = {
  status: 200,
  description: "The lexicon the project's suggestions read vague amounts with.",
  schema: z
    .object({
      entries: z.array(
        z
          .object({
            words: z.string(),
            min: z.number().int().nullable().meta({ description: "Null: no lower figure." }),
            max: z.number().int().nullable().meta({ description: "Null: no upper figure." }),
            kind: z.enum(["vague", "approximately"]).meta({ description: "Read as a vague amount, or as about a figure (\"une trentaine\")." }),
          })
          .meta({ id: "VagueQuantity" }),
      ),
      isDefault: z.boolean().meta({ description: "True when the project has no list of its own and reads the default (ACLED's codebook)." }),
    })
    .meta({ id: "VagueLexicon" }),
};

export const getVagueLexiconRoute = defineRoute({
  operationId: "getVagueLexicon",
  method: "get",
  path: "/api/v1/projects/{projectId}/vague-quantities",
  summary: "How the project's suggestions read vague amounts (\"dozens\" as 12 to 99): its own list, or the default that follows ACLED's codebook.",
  tag: "Vocabulary",
  params: projectParams,
  response: vagueLexiconResponse,
  errors: [404],
});

export const replaceVagueLexiconRoute = defineRoute({
  operationId: "replaceVagueLexicon",
  method: "put",
  path: "/api/v1/projects/{projectId}/vague-quantities",
  summary:
    "Replace the project's reading of vague amounts with a whole list (owners only); `{\"entries\": null}` goes back to the default. Applies to suggestions from then on. Audited; a save that changes nothing is not.",
  tag: "Vocabulary",
  params: projectParams,
  body: replaceVagueLexiconSchema,
  response: vagueLexiconResponse,
  errors: [403, 404],
});

const accountSchema = z
  .object({ id: z.string(), email: z.string(), name: z.string(), isAdmin: z.boolean(), isDisabled: z.boolean(), createdAt: z.string(), projectCount: z.number().int() })
  .meta({ id: "Account" });

export const listAccountsRoute = defineRoute({
  operationId: "listAccounts",
  method: "get",
  path: "/api/v1/admin/users",
  summary: "Every account of the instance (instance administrators only).",
  tag: "Administration",
  response: { status: 200, description: "Accounts.", schema: z.object({ users: z.array(accountSchema) }) },
  errors: [403],
});

export const updateAccountRoute = defineRoute({
  operationId: "updateAccount",
  method: "patch",
  path: "/api/v1/admin/users/{userId}",
  summary: "Disable or enable an account (instance administrators only). Disabling ends its sessions and API tokens at once. Audited.",
  tag: "Administration",
  params: z.object({ userId: idSchema }),
  body: z.object({ isDisabled: z.boolean() }),
  response: { status: 200, description: "The account.", schema: z.object({ user: accountSchema }) },
  errors: [403, 404, 409],
});
