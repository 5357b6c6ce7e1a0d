import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";
import { exportFiltersSchema } from "@/lib/export/filters";
import { exportDataset } from "@/lib/server/export/export-dataset";
import { provShapeViolations, provTurtle } from "@/tests/fixtures/prov-rdf";
import { bytesOf, reviewedScenario } from "./export-factories";
import { testDb } from "./factories";

/**
 * The PROV export of a database, as PROV tools read it: our SHACL shapes and
 * ProvPy (Debian's python3-prov, installed by .ci/run for the system
 * interpreter). ProvPy reads Turtle here, since its JSON-LD reader would
 * fetch our context.
 */
const PYTHON = "/usr/bin/python3";
const run = promisify(execFile);

let document: object;

beforeAll(async () => {
  const { project, members } = await reviewedScenario();
  const filters = exportFiltersSchema.parse({ statuses: ["approved", "draft"] });
  const exported = await exportDataset(testDb(), members.reviewer, project.id, { format: "prov", filters });
  document = JSON.parse((await bytesOf(exported)).toString("utf8"));
});

describe("PROV export in PROV tools", () => {
  it("meets every shape of lib/export/prov-shapes.ttl", async () => {
    expect(await provShapeViolations(document)).toEqual([]);
  });

  it("loads in ProvPy with every activity, agent, entity and relation of the scenario", async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "provenance-provpy-")), "prov.ttl");
    writeFileSync(file, await provTurtle(document));
    const { stdout } = await run(PYTHON, [path.resolve("tests/fixtures/provpy-summary.py"), file], { timeout: 60_000 });
    // 5 claims (4 approved, 1 draft), each with 1 span and a chain of 1 link (3 for the airstrikes); 6 entities, 1 of them an event.
    expect(JSON.parse(stdout)).toEqual({
      elements: {
        "prov:Activity": 1,
        // 5 entities of agent kinds, the unnamed "local sources", the software.
        "prov:Agent": 7,
        // The dataset, the event, the source and its revision, 5 claims, 5 spans, 7 statements.
        "prov:Entity": 21,
      },
      relations: {
        "prov:Association": 1,
        "prov:Generation": 1,
        "prov:Usage": 5,
        "prov:Specialization": 1,
        // Each claim and each statement to its party.
        "prov:Attribution": 11,
        // Each claim from its span, its revision and its chain's last statement.
        "prov:Derivation": 15,
      },
    });
  });
});
