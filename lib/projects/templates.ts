import type { ValueType } from "@/lib/db/generated/enums";

export interface PropertyTemplate {
  key: string;
  label: string;
  valueType: ValueType;
  isSingleValued: boolean;
  description: string;
}

/** Casualties, occurrence, results, dates, places, strengths and commanders: what conflict monitoring records. */
const conflictCasualtyVocabulary: PropertyTemplate[] = [
  { key: "casualties", label: "Casualties", valueType: "quantity", isSingleValued: true, description: "People killed, wounded or captured on a side" },
  { key: "civilian_deaths", label: "Civilian deaths", valueType: "quantity", isSingleValued: true, description: "Civilians killed" },
  { key: "occurred", label: "Occurred", valueType: "assertion", isSingleValued: true, description: "Whether an event took place" },
  { key: "participated_in", label: "Participated in", valueType: "assertion", isSingleValued: false, description: "Whether an actor took part" },
  { key: "result", label: "Result", valueType: "entity", isSingleValued: true, description: "The outcome, e.g. the victor" },
  { key: "date", label: "Date", valueType: "date", isSingleValued: true, description: "When it happened" },
  { key: "location", label: "Location", valueType: "entity", isSingleValued: true, description: "Where it happened" },
  { key: "strength", label: "Strength", valueType: "quantity", isSingleValued: true, description: "Number of fighters engaged" },
  { key: "commander", label: "Commander", valueType: "entity", isSingleValued: false, description: "Who led a side" },
];

/** What a new project starts with. */
export const projectTemplates = {
  blank: { label: "Blank project", description: "No vocabulary yet: define your own properties.", properties: [] },
  "conflict-casualty-monitoring": {
    label: "Conflict casualty monitoring",
    description: "Casualties, civilian deaths, occurrence, results, dates, locations, strengths and commanders.",
    properties: conflictCasualtyVocabulary,
  },
} as const satisfies Record<string, { label: string; description: string; properties: readonly PropertyTemplate[] }>;

export type ProjectTemplateId = keyof typeof projectTemplates;
export const PROJECT_TEMPLATE_IDS = Object.keys(projectTemplates) as [ProjectTemplateId, ...ProjectTemplateId[]];
