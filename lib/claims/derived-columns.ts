import type { ClaimValue } from "./value";

export interface DerivedColumns {
  quantityMin: number | null;
  quantityMax: number | null;
  polarity: boolean | null;
  valueEntityId: string | null;
  dateStart: Date | null;
  dateEnd: Date | null;
}

/** The columns a typed value is stored in besides its JSON, so filters and detection can use SQL. */
export function derivedColumns(value: ClaimValue): DerivedColumns {
  const columns: DerivedColumns = {
    quantityMin: null,
    quantityMax: null,
    polarity: null,
    valueEntityId: null,
    dateStart: null,
    dateEnd: null,
  };
  switch (value.type) {
    case "quantity":
      return { ...columns, quantityMin: value.min, quantityMax: value.max };
    case "date":
      return { ...columns, dateStart: new Date(`${value.start}T00:00:00Z`), dateEnd: new Date(`${value.end}T00:00:00Z`) };
    case "assertion":
      return { ...columns, polarity: value.polarity === "affirmed" };
    case "entity":
      return { ...columns, valueEntityId: value.entityId };
    case "text":
      return columns;
  }
}
