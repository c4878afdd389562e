/**
 * Calendar helpers on day numbers (days since 1970-01-01), so the generator never depends on
 * the machine's time zone or the clock. Formatting follows AP style, as US newsrooms write.
 */

const MS_PER_DAY = 86_400_000;

export const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;
const MONTHS = [
  "January", "February", "March", "April", "May", "June",
  "July", "August", "September", "October", "November", "December",
] as const;
/** AP abbreviates the long month names when a day follows; March–July are never abbreviated. */
const AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."] as const;

export interface CalendarDay {
  year: number;
  month: number; // 1-12
  day: number;
}

export function dayNumber(year: number, month: number, day: number): number {
  return Math.floor(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function calendar(dayNum: number): CalendarDay {
  const d = new Date(dayNum * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

export function weekday(dayNum: number): string {
  return WEEKDAYS[(((dayNum + 4) % 7) + 7) % 7] as string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

export function isoDate(dayNum: number): string {
  const c = calendar(dayNum);
  return `${c.year}-${pad(c.month)}-${pad(c.day)}`;
}

/** 'Nov. 3' */
export function apDate(dayNum: number): string {
  const c = calendar(dayNum);
  return `${AP_MONTHS[c.month - 1]} ${c.day}`;
}

/** 'Nov. 3, 2023' */
export function apDateWithYear(dayNum: number): string {
  return `${apDate(dayNum)}, ${calendar(dayNum).year}`;
}

/** 'March 4' — full month name, as in 'the morning of March 4'. */
export function longDate(dayNum: number): string {
  const c = calendar(dayNum);
  return `${MONTHS[c.month - 1]} ${c.day}`;
}

/** '11/23/2025' */
export function numericDate(dayNum: number): string {
  const c = calendar(dayNum);
  return `${c.month}/${c.day}/${c.year}`;
}

export function monthName(dayNum: number): string {
  return MONTHS[calendar(dayNum).month - 1] as string;
}

/** '9:30 a.m.' / '3 p.m.' / 'noon' */
export function apTime(hour: number, minute: number): string {
  if (hour === 12 && minute === 0) return "noon";
  const suffix = hour < 12 ? "a.m." : "p.m.";
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  return minute === 0 ? `${h12} ${suffix}` : `${h12}:${pad(minute)} ${suffix}`;
}

/** UTC offset of an IANA zone at an instant, in minutes (uses the runtime's tz database). */
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();
function offsetMinutesAt(zone: string, utcMs: number): number {
  let fmt = offsetFormatters.get(zone);
  if (!fmt) {
    fmt = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "longOffset" });
    offsetFormatters.set(zone, fmt);
  }
  const name = fmt.formatToParts(utcMs).find((p) => p.type === "timeZoneName")?.value ?? "GMT";
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === "-" ? -minutes : minutes;
}

/** ISO date-time with the zone's offset for a local wall time: '2024-03-05T14:10:00-05:00'. */
export function isoDateTimeInZone(dayNum: number, hour: number, minute: number, zone: string): string {
  const wall = dayNum * MS_PER_DAY + (hour * 60 + minute) * 60_000;
  let offset = offsetMinutesAt(zone, wall);
  offset = offsetMinutesAt(zone, wall - offset * 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${isoDate(dayNum)}T${pad(hour)}:${pad(minute)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
