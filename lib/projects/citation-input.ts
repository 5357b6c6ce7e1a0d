import { z } from "zod";

/**
 * How a project's datasets are cited: its authors in order (people, or an
 * organisation), an optional DOI and a contact. The limits are what
 * CITATION.cff (Citation File Format 1.2.0) and datapackage.json accept.
 */

const name = z.string().trim().min(1).max(200);
const ORCID_PATTERN = /^https:\/\/orcid\.org\/[0-9]{4}-[0-9]{4}-[0-9]{4}-[0-9]{3}[0-9X]$/;

export const citationPersonSchema = z.object({
  familyNames: name,
  givenNames: name.optional(),
  /** As CFF wants it: the full https://orcid.org/… URL. */
  orcid: z.string().trim().regex(ORCID_PATTERN, "An ORCID is https://orcid.org/0000-0000-0000-0000").optional(),
  affiliation: name.optional(),
});
export const citationOrganisationSchema = z.object({ name });

export const citationAuthorSchema = z.union([citationPersonSchema.strict(), citationOrganisationSchema.strict()]);
export type CitationAuthor = z.infer<typeof citationAuthorSchema>;

export const citationAuthorsSchema = z.array(citationAuthorSchema).max(100);

/** A DOI without its resolver, as CFF's `doi` wants it: "10.5281/zenodo.1234567". */
export const doiSchema = z
  .string()
  .trim()
  .regex(/^10\.\d{4,9}\/[-._;()/:A-Za-z0-9]+$/, "A DOI looks like 10.5281/zenodo.1234567");

export const contactNameSchema = name;
export const contactEmailSchema = z.email("Enter an email address").trim().toLowerCase().max(320);

/**
 * The settings form writes one author a line: "Family names, Given names,
 * ORCID URL, Affiliation" for a person (all but the family names optional),
 * a line without a comma for an organisation. These turn that text into
 * authors (checked by citationAuthorsSchema afterwards) and back.
 */
export function authorsFromLines(text: string): unknown[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      if (!line.includes(",")) return { name: line };
      const [familyNames, givenNames, orcid, ...affiliation] = line.split(",").map((part) => part.trim());
      const optional = { givenNames, orcid, affiliation: affiliation.join(", ") };
      return { familyNames, ...Object.fromEntries(Object.entries(optional).filter(([, value]) => value)) };
    });
}

export function authorLines(authors: readonly CitationAuthor[]): string {
  return authors
    .map((author) => ("name" in author ? author.name : [author.familyNames, author.givenNames ?? "", author.orcid ?? "", author.affiliation ?? ""].join(", ").replace(/(, )+$/, "")))
    .join("\n");
}
