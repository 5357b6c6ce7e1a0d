import { DEFAULT_VAGUE_QUANTITIES } from "@/lib/claims/parse/vague-quantities";
import type { DatasetMetadata } from "./datapackage-metadata";

/** A project's dataset settings with every field set, for serializer tests and benchmarks. */
export const testDatasetMetadata: DatasetMetadata = {
  slug: "mali-war",
  description: "Casualty claims of the Mali War, with their sources and attribution chains.",
  licence: "CC-BY-4.0",
  authors: [
    { familyNames: "Diallo", givenNames: "Aminata", orcid: "https://orcid.org/0000-0002-1825-0097", affiliation: "Université de Bamako" },
    { name: "Sahel Monitoring Collective" },
  ],
  doi: "10.5281/zenodo.1234567",
  contact: { name: "Aminata Diallo", email: "data@sahel.example" },
  requiredApprovals: 2,
  divergenceThreshold: 0.5,
  vagueQuantities: [...DEFAULT_VAGUE_QUANTITIES],
};
