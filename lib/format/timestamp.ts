const timestampFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
});

/** "21 Nov 2026, 20:41 UTC": fixed to UTC so server and readers in any zone see the same text. */
export function formatTimestamp(iso: string | Date): string {
  return `${timestampFormat.format(new Date(iso))} UTC`;
}
