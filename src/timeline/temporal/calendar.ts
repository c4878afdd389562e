/**
 * Pure calendar arithmetic on (year, month, day) triples. Never touches the
 * machine clock or time zone: Date is used only through its UTC functions.
 */
export interface Ymd { y: number; m: number; d: number }

const DAY_MS = 86_400_000;

export function toDays(a: Ymd): number {
  return Math.floor(Date.UTC(a.y, a.m - 1, a.d) / DAY_MS);
}

export function fromDays(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDays(toDays(a) + n);
}

/** ISO weekday: Monday = 1 ... Sunday = 7. */
export function isoWeekday(a: Ymd): number {
  const w = new Date(toDays(a) * DAY_MS).getUTCDay();
  return w === 0 ? 7 : w;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** ISO-8601 week-numbering year and week. */
export function isoWeek(a: Ymd): { y: number; w: number } {
  const thursday = addDays(a, 4 - isoWeekday(a));
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { y: thursday.y, w: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function fmtDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

export function fmtWeek(a: Ymd): string {
  const { y, w } = isoWeek(a);
  return `${pad(y, 4)}-W${pad(w)}`;
}

/** Shift a (year, month) by n months. */
export function addMonths(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12 + 12) % 12 + 1 };
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

export function validDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}
