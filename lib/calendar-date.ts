import { z } from "zod";

/**
 * A day as YYYY-MM-DD. PostgreSQL's dates and timestamps have no year 0 (1 BC comes before
 * AD 1), so such a day is refused here rather than by the database.
 */
export const calendarDateSchema = z.iso
  .date("Use the date format YYYY-MM-DD")
  .refine((day) => day >= "0001-01-01", "Years start at 1: there is no year 0.");
