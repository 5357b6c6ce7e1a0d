type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  minimum?: number;
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
};

/**
 * A request body shaped like the route's schema, with a NUL in every string (and in a key),
 * so a route that lets NUL through to the database cannot hide behind a validation error.
 */
export function bodyWithNul(schema: JsonSchema, components: Record<string, JsonSchema>, depth = 0): unknown {
  if (depth > 8) return null;
  const next = (s: JsonSchema) => bodyWithNul(s, components, depth + 1);
  if (schema.$ref) return next(components[schema.$ref.split("/").at(-1)!]!);
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const choice = schema.oneOf?.[0] ?? schema.anyOf?.[0];
  if (choice) return next(choice);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((part) => next(part) as object));
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  switch (type) {
    case "object":
      return {
        "key\u0000": "nul",
        ...Object.fromEntries(Object.entries(schema.properties ?? {}).map(([key, property]) => [key, next(property)])),
      };
    case "array":
      return Array.from({ length: Math.max(1, schema.minItems ?? 1) }, () => next(schema.items ?? {}));
    case "integer":
    case "number":
      return Math.max(1, schema.minimum ?? 1);
    case "boolean":
      return true;
    case "string":
      return "nul\u0000here";
    default:
      return "nul\u0000here";
  }
}
