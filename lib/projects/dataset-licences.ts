import { z } from "zod";

/**
 * The licences a project can put its datasets under: the SPDX identifiers of
 * the licences written for data (Creative Commons, Open Data Commons), each
 * with its name and the URL of its legal text. The app cannot ship or fetch
 * the texts themselves, so an export names the licence and links to it.
 */
export const DATASET_LICENCES = [
  { id: "CC0-1.0", name: "Creative Commons Zero v1.0 Universal", url: "https://creativecommons.org/publicdomain/zero/1.0/legalcode" },
  { id: "CC-BY-4.0", name: "Creative Commons Attribution 4.0 International", url: "https://creativecommons.org/licenses/by/4.0/legalcode" },
  { id: "CC-BY-SA-4.0", name: "Creative Commons Attribution Share Alike 4.0 International", url: "https://creativecommons.org/licenses/by-sa/4.0/legalcode" },
  { id: "CC-BY-NC-4.0", name: "Creative Commons Attribution Non Commercial 4.0 International", url: "https://creativecommons.org/licenses/by-nc/4.0/legalcode" },
  {
    id: "CC-BY-NC-SA-4.0",
    name: "Creative Commons Attribution Non Commercial Share Alike 4.0 International",
    url: "https://creativecommons.org/licenses/by-nc-sa/4.0/legalcode",
  },
  { id: "CC-BY-ND-4.0", name: "Creative Commons Attribution No Derivatives 4.0 International", url: "https://creativecommons.org/licenses/by-nd/4.0/legalcode" },
  { id: "ODbL-1.0", name: "Open Data Commons Open Database License v1.0", url: "https://opendatacommons.org/licenses/odbl/1-0/" },
  { id: "ODC-By-1.0", name: "Open Data Commons Attribution License v1.0", url: "https://opendatacommons.org/licenses/by/1-0/" },
  { id: "PDDL-1.0", name: "Open Data Commons Public Domain Dedication & License 1.0", url: "https://opendatacommons.org/licenses/pddl/1-0/" },
] as const;

export type DatasetLicence = (typeof DATASET_LICENCES)[number];
export type DatasetLicenceId = DatasetLicence["id"];

const licenceIds = DATASET_LICENCES.map((licence) => licence.id) as [DatasetLicenceId, ...DatasetLicenceId[]];

export const datasetLicenceIdSchema = z.enum(licenceIds, "Choose one of the listed licences (SPDX identifiers)");

export function datasetLicence(id: DatasetLicenceId): DatasetLicence {
  const licence = DATASET_LICENCES.find((candidate) => candidate.id === id);
  if (!licence) throw new Error(`Unknown licence ${id}`);
  return licence;
}
