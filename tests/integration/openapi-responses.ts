import { Ajv2020 } from "ajv/dist/2020";
import type { buildOpenApiDocument } from "@/lib/api/openapi";

type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;

const DOCUMENT_ID = "openapi.json";
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** A JSON pointer's segment, as a URI fragment carries it: media types hold "/", ";", quotes and spaces. */
const segment = (name: string) => encodeURIComponent(name.replaceAll("~", "~0").replaceAll("/", "~1"));

/**
 * Checks answers against what the OpenAPI document promises for them. The whole document is one
 * schema resource, so the response schemas' `#/components/schemas/…` references resolve in it as
 * they do for any client reading the document.
 */
export function responseChecker(document: OpenApiDocument) {
  // The document's own keywords (openapi, paths, example…) are not JSON Schema: not an error here.
  const ajv = new Ajv2020({ allErrors: true, strictSchema: false });
  ajv.addFormat("date", /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat("uri", (value: string) => URL.canParse(value));
  ajv.addSchema(document as object, DOCUMENT_ID);

  function schemaProblems(pointer: string[], value: unknown): string[] {
    const validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${pointer.map(segment).join("/")}` });
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => `${error.instancePath || "(body)"} ${error.message} ${JSON.stringify(error.params)}`);
  }

  /** What is wrong with this answer of the operation, by the document; nothing when it keeps every promise. */
  return async function problemsOf(method: string, path: string, response: Response): Promise<string[]> {
    const responses = document.paths?.[path]?.[method as "get"]?.responses ?? {};
    const status = String(response.status);
    const documented = responses[status];
    if (!documented || "$ref" in documented) return [`${status} is not documented (only ${Object.keys(responses).join(", ")})`];
    const bytes = new Uint8Array(await response.arrayBuffer());
    const contentType = response.headers.get("content-type");
    if (!documented.content) return bytes.length ? [`${status} documents no body, and ${bytes.length} bytes came`] : [];
    if (!contentType || !documented.content[contentType]) {
      return [`${status} sent ${contentType ?? "no Content-Type"}, documented: ${Object.keys(documented.content).join(" | ")}`];
    }
    const pointer = ["paths", path, method, "responses", status, "content", contentType, "schema"];
    if (contentType === "application/zip") return ZIP_MAGIC.every((byte, i) => bytes[i] === byte) ? [] : ["the zip does not start with PK\\3\\4"];
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    if (/^application\/([\w.-]+\+)?json(;|$)/.test(contentType)) return schemaProblems(pointer, JSON.parse(text));
    if (contentType.startsWith("application/x-ndjson")) {
      const lines = text.split("\n").filter((line) => line !== "");
      const broken = lines.filter((line) => !isJson(line)).map((line) => `not a JSON line: ${line.slice(0, 80)}`);
      return [...broken, ...schemaProblems(pointer, text)];
    }
    return schemaProblems(pointer, text);
  };
}

function isJson(line: string): boolean {
  try {
    JSON.parse(line);
    return true;
  } catch {
    return false;
  }
}
