import type { EntityKind } from "@/lib/db/generated/enums";
import { projectTemplates } from "@/lib/projects/templates";

export const DEMO_PASSWORD = "provenance-demo";
export const DEMO_PROJECT_SLUG = "demo";

export const demoAccounts = [
  { email: "owner@demo.test", name: "Olivia Owner", role: "owner" },
  { email: "reviewer@demo.test", name: "Rémi Reviewer", role: "reviewer" },
  { email: "researcher@demo.test", name: "Rania Researcher", role: "researcher" },
  { email: "viewer@demo.test", name: "Victor Viewer", role: "viewer" },
] as const;

export const demoSources = [
  {
    file: "battle-of-talataye-2022.txt",
    title: "Battle of Talataye (2022)",
    outlet: "Wikipedia",
    url: "https://en.wikipedia.org/wiki/Battle_of_Talataye_(2022)",
    language: "en",
  },
  {
    file: "battle-of-tinzaouaten-2024.txt",
    title: "Battle of Tinzaouaten (2024)",
    outlet: "Wikipedia",
    url: "https://en.wikipedia.org/wiki/Battle_of_Tinzaouaten",
    language: "en",
  },
] as const;

/** The demo project's vocabulary: the conflict-monitoring template's. */
export const demoProperties = projectTemplates["conflict-casualty-monitoring"].properties;

export const demoEntities: { name: string; kind: EntityKind; aliases: string[]; wikidataQid?: string }[] = [
  { name: "Battle of Talataye (2022)", kind: "event", aliases: ["Talataye battle"] },
  { name: "Battle of Tinzaouaten (2024)", kind: "event", aliases: ["Tinzaouaten battle", "Battle of Tinzaouaten"] },
  { name: "Islamic State in the Greater Sahara", kind: "armed_group", aliases: ["ISGS", "IS Sahel", "Sahel Province", "Islamic State"] },
  { name: "Jama'at Nasr al-Islam wal-Muslimin", kind: "armed_group", aliases: ["JNIM", "Jama'at Nasr al-Islam wal Muslimin"] },
  { name: "Movement for the Salvation of Azawad", kind: "armed_group", aliases: ["MSA"] },
  { name: "MSA and JNIM forces", kind: "armed_group", aliases: ["JNIM-MSA forces", "MSA/JNIM"] },
  { name: "Wagner Group", kind: "armed_group", aliases: ["Wagner", "Wagner mercenaries"] },
  { name: "Malian Armed Forces", kind: "state_force", aliases: ["FAMa"] },
  { name: "Government of Mali", kind: "state_force", aliases: ["Malian government", "Bamako"] },
  { name: "Strategic Framework for the Defense of the People of Azawad", kind: "armed_group", aliases: ["CSP", "CSP-DPA"] },
  { name: "Alliance of Sahel States", kind: "organisation", aliases: ["AES"] },
  { name: "ACLED", kind: "organisation", aliases: ["Armed Conflict Location & Event Data Project"] },
  { name: "United Nations", kind: "organisation", aliases: ["UN"] },
  { name: "Le Monde", kind: "media_outlet", aliases: [] },
  { name: "RFI", kind: "media_outlet", aliases: ["Radio France Internationale"] },
  { name: "African Initiative", kind: "media_outlet", aliases: [] },
  { name: "Kyiv Post", kind: "media_outlet", aliases: [] },
  { name: "Talataye", kind: "place", aliases: [] },
];
