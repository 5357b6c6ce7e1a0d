import { citationCff, CITATION_FILE_PATH, licenceText, LICENSE_FILE_PATH } from "./citation";
import { codebookText, CODEBOOK_FILE_PATH } from "./codebook";
import type { DatasetDescription, DatasetReader } from "./dataset";
import { DATAPACKAGE_FILE_PATH, dataPackageText } from "./datapackage";
import { PACKAGE_TABLES } from "./datapackage-tables";

/** The files that make the zip a documented Data Package: the tables claims.csv refers to, the descriptor, codebook, citation and licence. */
export function dataPackageFiles(dataset: DatasetDescription, reader: DatasetReader): { path: string; mediaType: string; records: () => AsyncIterable<string> }[] {
  return [
    ...PACKAGE_TABLES.map((table) => ({ path: table.path, mediaType: "text/csv; charset=utf-8; header=present", records: () => table.write(reader) })),
    { path: DATAPACKAGE_FILE_PATH, mediaType: "application/json", records: () => once(dataPackageText(dataset)) },
    { path: CODEBOOK_FILE_PATH, mediaType: "text/markdown; charset=utf-8", records: () => once(codebookText(dataset, reader)) },
    { path: CITATION_FILE_PATH, mediaType: "application/x-yaml; charset=utf-8", records: () => once(citationCff(dataset)) },
    { path: LICENSE_FILE_PATH, mediaType: "text/plain; charset=utf-8", records: () => once(licenceText(dataset)) },
  ];
}

async function* once(text: string | Promise<string>): AsyncGenerator<string> {
  yield await text;
}
