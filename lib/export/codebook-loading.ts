import type { DescribedTable } from "./datapackage-tables";
import type { FieldType } from "./datapackage-fields";

/**
 * How to load a CSV of the zip with the types of its Table Schema, for
 * DuckDB and pandas: both otherwise guess each column's type from the rows,
 * and a column that is empty in one selection comes out as text.
 */

const duckdbTypes: Record<FieldType, string> = {
  string: "VARCHAR",
  number: "DOUBLE",
  integer: "BIGINT",
  boolean: "BOOLEAN",
  date: "DATE",
  datetime: "TIMESTAMPTZ",
};

// pandas' nullable dtypes keep an empty cell as <NA> instead of turning an integer column into floats.
const pandasTypes: Partial<Record<FieldType, string>> = { string: "string", number: "Float64", integer: "Int64", boolean: "boolean" };

const sqlString = (value: string) => `'${value.replaceAll("'", "''")}'`;
const pyString = (value: string) => JSON.stringify(value);

export function duckdbSnippet(table: DescribedTable): string {
  const columns = table.fields.map((field) => `    ${sqlString(field.name)}: ${sqlString(duckdbTypes[field.type])}`).join(",\n");
  return [
    `CREATE TABLE ${table.name} AS`,
    `SELECT * FROM read_csv(${sqlString(table.path)}, header = true, delim = ',', quote = '"', escape = '"', columns = {`,
    columns,
    "});",
  ].join("\n");
}

export function pandasSnippet(table: DescribedTable): string {
  const dtypes = table.fields.flatMap((field) => {
    const dtype = pandasTypes[field.type];
    return dtype ? [`    ${pyString(field.name)}: ${pyString(dtype)},`] : [];
  });
  const dates = table.fields.filter((field) => field.type === "date" || field.type === "datetime").map((field) => pyString(field.name));
  return [
    `${table.name} = pd.read_csv(`,
    `  ${pyString(table.path)},`,
    '  encoding="utf-8-sig",',
    "  keep_default_na=False,",
    '  na_values=[""],',
    "  dtype={",
    ...dtypes,
    "  },",
    ...(dates.length ? [`  parse_dates=[${dates.join(", ")}],`] : []),
    ")",
  ].join("\n");
}
