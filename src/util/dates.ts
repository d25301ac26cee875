/** Calendar helpers on ISO dates (YYYY-MM-DD strings compare correctly as text). */

export function isRealIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

export function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y, m);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function monthStart(y: number, m: number): string {
  return iso(y, m, 1);
}

export function monthEnd(y: number, m: number): string {
  return iso(y, m, daysInMonth(y, m));
}

export function quarterStart(y: number, q: number): string {
  return monthStart(y, (q - 1) * 3 + 1);
}

export function quarterEnd(y: number, q: number): string {
  return monthEnd(y, q * 3);
}

/** "dd/mm/yyyy" (day and month with or without a leading zero) to ISO, or undefined if not a real date. */
export function parseVnDate(s: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s.trim());
  if (!m) return undefined;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isRealDate(y, mo, d) ? iso(y, mo, d) : undefined;
}

/**
 * ISO date in the printed form of Nghị định 30/2020: a leading zero for days below 10 and for
 * months 1 and 2 only ("09/6/2025", "27/02/2026", "15/10/2025").
 */
export function formatVnDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return `${String(d).padStart(2, '0')}/${m <= 2 ? String(m).padStart(2, '0') : m}/${y}`;
}

/** Today in UTC as ISO (the CLI's default as-of date). */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}
