import { expect, type APIRequestContext } from "@playwright/test";
import { apiToken, createTalatayeCopy } from "./helpers";

/**
 * A closed blind round on a private copy of the Talataye article, coded through the API by the researcher and the
 * reviewer: two units (MSA's count per MSA, 4 against 5; per ACLED, 17 against 20).
 */
export async function closedRound(request: APIRequestContext) {
  const tokens = { owner: await apiToken(request, "owner@demo.test"), researcher: await apiToken(request, "researcher@demo.test"), reviewer: await apiToken(request, "reviewer@demo.test") };
  const auth = (token: string) => ({ authorization: `Bearer ${token}` });
  const copy = await createTalatayeCopy(request, tokens.owner, "curation");
  const read = async (path: string) => (await request.get(path, { headers: auth(tokens.owner) })).json();
  const members = (await read(`/api/v1/projects/${copy.projectId}/members`)).members as { userId: string; role: string }[];
  const entities = (await read(`/api/v1/projects/${copy.projectId}/entities`)).entities as { id: string; name: string }[];
  const entityId = (name: string) => entities.find((entity) => entity.name === name)!.id;
  const seeded = (await read(`/api/v1/projects/${copy.projectId}/claims?pageSize=200`)).claims as { property: { id: string; key: string } }[];
  const casualties = seeded.find((claim) => claim.property.key === "casualties")!.property.id;
  const coderIds = ["researcher", "reviewer"].map((role) => members.find((member) => member.role === role)!.userId);
  const opened = await request.post(`/api/v1/sources/${copy.sourceId}/coding-rounds`, { headers: auth(tokens.owner), data: { coderIds, isBlind: true } });
  expect(opened.status()).toBe(201);
  const roundId: string = (await opened.json()).round.id;

  const code = async (token: string, phrase: string, origin: string, count: number) => {
    const annotation = await request.post(`/api/v1/sources/${copy.sourceId}/annotations`, { headers: auth(token), data: { quote: { exact: phrase } } });
    expect(annotation.status()).toBe(201);
    const created = await request.post(`/api/v1/projects/${copy.projectId}/claims`, {
      headers: auth(token),
      data: {
        subjectId: entityId("MSA and JNIM forces"),
        propertyId: casualties,
        value: { type: "quantity", kind: "exact", min: count, max: count },
        note: `Curation e2e ${copy.title}`,
        attribution: [{ role: "origin", entityId: entityId(origin) }],
        evidenceAnnotationIds: [(await annotation.json()).annotation.id],
      },
    });
    expect(created.status()).toBe(201);
    return (await created.json()).claim.id as string;
  };
  const claims = {
    researcherMsa: await code(tokens.researcher, "4 (per MSA)", "Movement for the Salvation of Azawad", 4),
    reviewerMsa: await code(tokens.reviewer, "4 (per MSA)", "Movement for the Salvation of Azawad", 5),
    researcherAcled: await code(tokens.researcher, "17+ (per ACLED)", "ACLED", 17),
    reviewerAcled: await code(tokens.reviewer, "17+ (per ACLED)", "ACLED", 20),
  };
  for (const token of [tokens.researcher, tokens.reviewer]) expect((await request.post(`/api/v1/coding-rounds/${roundId}/done`, { headers: auth(token) })).status()).toBe(200);
  return { roundId, claims, url: `/projects/demo/coding-rounds/${roundId}` };
}
