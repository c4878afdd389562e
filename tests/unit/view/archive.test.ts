import { describe, expect, it } from 'vitest';
import { archiveView, monthNeighbours, yearPath } from '../../../src/lib/view/archive.ts';
import type { DayView } from '../../../src/lib/view/model.ts';

const day = (date: string, events: number): DayView =>
  ({ date, label: date, shortLabel: date, href: `/days/${date}/`, events: Array.from({ length: events }, () => ({})), sourceCount: 1 }) as unknown as DayView;

describe('archiveView', () => {
  const days = [day('2023-12-30', 2), day('2024-01-02', 1), day('2024-01-20', 3), day('2024-03-01', 1)];
  const archive = archiveView(days);

  it('groups days into months and months into years, ascending, with counts', () => {
    expect(archive.months.map((m) => [m.month, m.days.length, m.eventCount])).toEqual([
      ['2023-12', 1, 2],
      ['2024-01', 2, 4],
      ['2024-03', 1, 1],
    ]);
    expect(archive.years.map((y) => [y.year, y.months.length, y.eventCount])).toEqual([
      ['2023', 1, 2],
      ['2024', 2, 5],
    ]);
  });

  it('labels and links months without the machine zone', () => {
    const jan = archive.monthByKey.get('2024-01')!;
    expect(jan.label).toBe('January 2024');
    expect(jan.href).toBe('/months/2024-01/');
    expect(yearPath('2024')).toBe('/years/2024/');
  });

  it('skips months without events when finding neighbours', () => {
    const n = monthNeighbours(archive, '2024-03');
    expect(n.previous?.month).toBe('2024-01');
    expect(n.next).toBeUndefined();
    expect(monthNeighbours(archive, '2024-02')).toEqual({});
  });

  it('is empty for no days', () => {
    expect(archiveView([])).toMatchObject({ years: [], months: [] });
  });
});
