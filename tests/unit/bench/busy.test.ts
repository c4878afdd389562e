import { describe, expect, it } from 'vitest';
import { busyDuring, type BuildFigures } from '../../../bench/lib/results.ts';

const build = (over: Partial<BuildFigures>): BuildFigures => ({ wallMs: 10_000, meanLoadAverage: 0, ...over }) as BuildFigures;

describe('benchmark: was the machine busy during a build?', () => {
  it("judges by the other processes' CPU time, not by a load average the build's own disk waits raise", () => {
    expect(busyDuring(build({ otherCpuMs: 500, meanLoadAverage: 3.1 }), 2)).toBe(false);
    expect(busyDuring(build({ otherCpuMs: 4_000, meanLoadAverage: 1.2 }), 2)).toBe(true);
  });
  it('falls back to the load average for results without that figure', () => {
    expect(busyDuring(build({ meanLoadAverage: 3.1 }), 2)).toBe(true);
    expect(busyDuring(build({ meanLoadAverage: 1.5 }), 2)).toBe(false);
    expect(busyDuring(null, 2)).toBe(false);
  });
});
