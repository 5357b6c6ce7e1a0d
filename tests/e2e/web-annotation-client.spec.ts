import { readFile } from "node:fs/promises";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { annotationPages, pageAnnotations, type ExportedAnnotation, type WebAnnotationNode } from "../fixtures/web-annotation-pages";
import { apiToken, signIn } from "./helpers";

/**
 * The Web Annotation export, as a reviewer downloads it, loaded into a W3C
 * client nobody here wrote: Recogito's text-annotator, in Chromium. Each page
 * of the collection is one source revision; the client fetches the text that
 * `target.source` names, draws it, and anchors the page's annotations on it.
 */

const RECOGITO = path.resolve("node_modules/@recogito/text-annotator/dist/text-annotator.umd.js");
const RECOGITO_CSS = path.resolve("node_modules/@recogito/text-annotator/dist/text-annotator.css");

/** Characters outside the Basic Multilingual Plane before the quote: code points and UTF-16 units part ways. */
const POST = "🇲🇱 Talataye 🕌 — update: at least 7 civilians killed near the market, 𝕃ocal sources said. 😢";
const QUOTE = "at least 7 civilians killed";

interface Anchoring {
  source: string;
  annotations: number;
  /** Annotations whose range in the client is not exactly their quote. */
  misplaced: { id: string; exact: string; anchored: string | null }[];
}

declare global {
  interface Window {
    RecogitoJS: {
      createTextAnnotator(container: HTMLElement, options: object): {
        setAnnotations(annotations: object[], replace?: boolean): void;
        state: { store: { getAnnotation(id: string): { target: { selector: { range?: Range }[] } } | undefined } };
      };
      W3CTextFormat(source: string, container: HTMLElement): object;
    };
  }
}

// The client runs in a blank document of the app's origin, whose CSP (rightly) admits none but the app's own scripts.
test.use({ bypassCSP: true });

test("every annotation of the downloaded export anchors on exactly its quote in Recogito's text-annotator", async ({ page, request }) => {
  const researcher = { authorization: `Bearer ${await apiToken(request, "researcher@demo.test")}` };
  const projects = (await (await request.get("/api/v1/projects", { headers: researcher })).json()).projects as { id: string; slug: string }[];
  const demo = projects.find((p) => p.slug === "demo")!;
  const title = `Telegram post (${Date.now()})`;
  const created = await request.post(`/api/v1/projects/${demo.id}/sources`, {
    headers: researcher,
    data: { title, text: `${POST}\n${title}\n`, outlet: "Telegram", language: "en", url: "https://t.me/s/example/1" },
  });
  expect(created.status()).toBe(201);
  const { source } = (await created.json()) as { source: { id: string } };
  const highlight = await request.post(`/api/v1/sources/${source.id}/annotations`, { headers: researcher, data: { quote: { exact: QUOTE } } });
  expect(highlight.status()).toBe(201);
  const entities = (await (await request.get(`/api/v1/projects/${demo.id}/entities`, { headers: researcher })).json()).entities as { id: string; name: string }[];
  const claims = (await (await request.get(`/api/v1/projects/${demo.id}/claims?pageSize=200`, { headers: researcher })).json()).claims as {
    property: { id: string; key: string };
  }[];
  const claim = await request.post(`/api/v1/projects/${demo.id}/claims`, {
    headers: researcher,
    data: {
      subjectId: entities.find((e) => e.name === "Movement for the Salvation of Azawad")!.id,
      propertyId: claims.find((c) => c.property.key === "casualties")!.property.id,
      value: { type: "quantity", kind: "at_least", min: 7, max: null, category: "killed" },
      attribution: [{ role: "origin", partyName: "local sources" }],
      evidenceAnnotationIds: [(await highlight.json()).annotation.id],
    },
  });
  expect(claim.status()).toBe(201);

  // The reviewer selects approved and draft claims and downloads the Web Annotation file from the export page.
  await signIn(page, "reviewer@demo.test");
  await page.goto("/projects/demo/export");
  await page.getByRole("checkbox", { name: "Draft" }).check();
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page).toHaveURL(/status=/);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("list", { name: "Single formats" }).getByRole("link", { name: "Web Annotation" }).click(),
  ]);
  const collection = JSON.parse(await readFile((await download.path())!, "utf8")) as WebAnnotationNode;
  const pages = annotationPages(collection).map((p) => ({ source: (pageAnnotations(p)[0]!.target.source.id), annotations: pageAnnotations(p) }));
  expect(pages.flatMap((p) => p.annotations)).toHaveLength(collection.total as number);
  const post = pages.find((p) => p.annotations.some((a) => a.target.selector[0].exact === QUOTE && p.source.includes(source.id)));
  expect(post, "the post's annotation is in the export").toBeDefined();
  for (const { source: iri, annotations } of pages) expect(annotations.every((a) => a.target.source.id === iri), iri).toBe(true);

  // A blank document of the app's origin, so the client's fetches carry the reviewer's session as the export's readers would.
  await page.goto("/api/health");
  await page.setContent('<!doctype html><html lang="en"><body></body></html>');
  // The bundle reads process.env.NODE_ENV, which a client's bundler would define.
  await page.addScriptTag({ content: 'window.process = { env: { NODE_ENV: "production" } };' });
  await page.addScriptTag({ content: await readFile(RECOGITO, "utf8") });
  await page.addStyleTag({ content: await readFile(RECOGITO_CSS, "utf8") });

  const anchor = (annotations: ExportedAnnotation[], convertToUtf16: boolean) =>
    page.evaluate(
      async ({ annotations, convertToUtf16 }): Promise<Anchoring> => {
        const iri = annotations[0]!.target.source.id;
        const response = await fetch(iri, { credentials: "same-origin" });
        if (!response.ok) throw new Error(`${iri} answered ${response.status}`);
        const text = await response.text();
        const container = document.createElement("div");
        container.style.whiteSpace = "pre-wrap";
        container.textContent = text;
        document.body.replaceChildren(container);
        // The export counts code points, as the W3C model does; the DOM counts UTF-16 units.
        const utf16 = (offset: number) => Array.from(text).slice(0, offset).join("").length;
        const forClient = annotations.map((annotation) => ({
          ...annotation,
          target: {
            ...annotation.target,
            selector: annotation.target.selector.map((selector) =>
              selector.type === "TextPositionSelector" && convertToUtf16 ? { ...selector, start: utf16(selector.start), end: utf16(selector.end) } : selector,
            ),
          },
        }));
        const annotator = window.RecogitoJS.createTextAnnotator(container, { adapter: window.RecogitoJS.W3CTextFormat(iri, container) });
        annotator.setAnnotations(forClient, true);
        const misplaced = annotations.flatMap(({ id, target }) => {
          const anchored = annotator.state.store.getAnnotation(id)?.target.selector[0]?.range?.toString() ?? null;
          return anchored === target.selector[0].exact ? [] : [{ id, exact: target.selector[0].exact, anchored }];
        });
        return { source: iri, annotations: annotations.length, misplaced };
      },
      { annotations, convertToUtf16 },
    );

  for (const { annotations } of pages) {
    const result = await anchor(annotations, true);
    expect(result.misplaced, result.source).toEqual([]);
    expect(result.annotations).toBe(annotations.length);
  }
  // Handed the offsets unconverted, a UTF-16 client lands the post's annotation on other characters: the conversion is needed.
  const unconverted = await anchor(post!.annotations, false);
  expect(unconverted.misplaced.map((m) => m.exact)).toContain(QUOTE);
});
