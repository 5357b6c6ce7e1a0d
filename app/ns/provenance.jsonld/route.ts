import { provenanceContextText } from "@/lib/export/vocabulary";

/** Our JSON-LD context, at the stable path every export's documents are resolved against. */
export const GET = () =>
  new Response(provenanceContextText, {
    headers: { "Content-Type": "application/ld+json", "Access-Control-Allow-Origin": "*", "Cache-Control": "public, max-age=3600" },
  });
