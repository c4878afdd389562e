/**
 * Month and year archives: with years of news the home page shows only the latest stretch, and
 * readers reach the rest through `/years/YYYY/` and `/months/YYYY-MM/`. Pure: calendar strings in,
 * view models out.
 */
import type { DayView } from './model.ts';
import { formatMonth } from './dates.ts';
import { monthPath, withBase } from './urls.ts';

/** Actor and outlet pages show the latest whole days holding at most this many events (page weight). */
export const FACET_MAX_EVENTS = 40;
/** Outlet pages list at most this many of the outlet's articles, newest first. */
export const FACET_MAX_ARTICLES = 50;
/** Sources pages list this many articles each. */
export const ARTICLES_PER_PAGE = 100;

export interface MonthView {
  /** `YYYY-MM` */
  month: string;
  /** "March 2024" */
  label: string;
  href: string;
  /** Days with events, ascending. */
  days: DayView[];
  eventCount: number;
}

export interface YearView {
  /** `YYYY` */
  year: string;
  href: string;
  /** Months with events, ascending. */
  months: MonthView[];
  eventCount: number;
}

export interface ArchiveView {
  years: YearView[];
  months: MonthView[];
  monthByKey: ReadonlyMap<string, MonthView>;
}

export function yearPath(year: string, base?: string): string {
  return withBase(`years/${year}/`, base);
}

export function archivePath(base?: string): string {
  return withBase('months/', base);
}

/** Groups days (ascending) into months and years (ascending). */
export function archiveView(days: readonly DayView[]): ArchiveView {
  const months: MonthView[] = [];
  for (const day of days) {
    const key = day.date.slice(0, 7);
    let month = months[months.length - 1];
    if (!month || month.month !== key) {
      month = { month: key, label: formatMonth(key), href: monthPath(key), days: [], eventCount: 0 };
      months.push(month);
    }
    month.days.push(day);
    month.eventCount += day.events.length;
  }
  const years: YearView[] = [];
  for (const month of months) {
    const key = month.month.slice(0, 4);
    let year = years[years.length - 1];
    if (!year || year.year !== key) {
      year = { year: key, href: yearPath(key), months: [], eventCount: 0 };
      years.push(year);
    }
    year.months.push(month);
    year.eventCount += month.eventCount;
  }
  return { years, months, monthByKey: new Map(months.map((m) => [m.month, m])) };
}

/** The previous and next month that have events. */
export function monthNeighbours(archive: ArchiveView, month: string): { previous?: MonthView | undefined; next?: MonthView | undefined } {
  const i = archive.months.findIndex((m) => m.month === month);
  if (i < 0) return {};
  return { previous: archive.months[i - 1], next: archive.months[i + 1] };
}
