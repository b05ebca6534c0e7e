/** Dates as plans keep them (YYYY-MM-DD) and as people in the UK read them. */

/** Today as YYYY-MM-DD in the person's own time zone. */
export function today(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** 2027-03-10 → 10/03/2027; anything else is shown as it is. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split("-");
  return d && m && y ? `${d}/${m}/${y}` : iso;
}
