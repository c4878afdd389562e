/**
 * Runs a command and measures it as a whole process tree: wall time, peak resident memory of
 * the tree (sum of RSS over every descendant, sampled from /proc every 50 ms) and CPU time
 * (user + system of the tree, from GNU time when present, which also reports the largest single
 * process's peak RSS as a cross-check of the sampler).
 */
import { spawn } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, readdirSync } from "node:fs";
import { execFileSync } from "node:child_process";

const PAGE_SIZE = (() => {
  try {
    return Number(execFileSync("getconf", ["PAGESIZE"], { encoding: "utf8" }).trim()) || 4096;
  } catch {
    return 4096;
  }
})();
const CLOCK_TICKS = (() => {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
})();
const GNU_TIME = "/usr/bin/time";

/** CPU time the whole machine has spent busy (user, nice, system, irq, softirq, steal) since boot, ms; null without /proc/stat. */
function machineBusyMs(): number | null {
  try {
    const f = readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    const busy = (f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[5] ?? 0) + (f[6] ?? 0) + (f[7] ?? 0);
    return (busy * 1000) / CLOCK_TICKS;
  } catch {
    return null;
  }
}

export interface Measurement {
  command: string;
  exitCode: number | null;
  wallMs: number;
  /** Peak of the summed RSS of the whole tree, bytes. */
  peakTreeRssBytes: number;
  /** Peak RSS of the largest single process (GNU time), bytes; null without GNU time. */
  maxProcessRssBytes: number | null;
  /** User + system CPU time of the tree, ms. */
  cpuMs: number | null;
  /** Most processes seen at once in the tree. */
  maxProcesses: number;
  samples: number;
  /** Mean of the 1-minute load average over the run (it counts threads waiting on the disk too, the build's own included). */
  meanLoadAverage: number;
  /**
   * CPU time the rest of the machine used during the run, ms: the machine's busy time (/proc/stat)
   * minus the tree's own. Other work competing for the cores shows here, the build's own disk
   * waits and helper processes do not. Null where /proc/stat or the tree's CPU time is missing.
   */
  otherCpuMs: number | null;
  logFile: string;
}

function childrenOf(pid: number): number[] {
  const out: number[] = [];
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tasks) {
    try {
      const text = readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
      if (text) for (const c of text.split(/\s+/)) out.push(Number(c));
    } catch {
      // The task ended between listing and reading.
    }
  }
  return out;
}

function treeOf(root: number): number[] {
  const seen: number[] = [];
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop() as number;
    seen.push(pid);
    stack.push(...childrenOf(pid));
  }
  return seen;
}

function rssBytes(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/statm`, "utf8").split(" ");
    return Number(fields[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** utime + stime of one process in ms, from /proc/PID/stat (fallback without GNU time). */
function cpuOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  logFile: string;
  intervalMs?: number;
}

export function runMeasured(command: string, args: string[], options: RunOptions): Promise<Measurement> {
  const withTime = existsSync(GNU_TIME);
  const timeFile = `${options.logFile}.time`;
  const [cmd, argv] = withTime
    ? [GNU_TIME, ["-f", "%e %U %S %M", "-o", timeFile, command, ...args]]
    : [command, args];
  const log = openSync(options.logFile, "w");
  const busyAtStart = machineBusyMs();
  const started = performance.now();
  const child = spawn(cmd, argv, { cwd: options.cwd, env: options.env, stdio: ["ignore", log, log] });
  const root = child.pid as number;
  let peak = 0;
  let maxProcesses = 0;
  let samples = 0;
  let loadSum = 0;
  const lastCpu = new Map<number, number>();
  const sample = (): void => {
    const pids = treeOf(root);
    let total = 0;
    for (const pid of pids) {
      total += rssBytes(pid);
      if (!withTime) lastCpu.set(pid, cpuOf(pid));
    }
    samples++;
    try {
      loadSum += Number(readFileSync("/proc/loadavg", "utf8").split(" ")[0]);
    } catch {
      // No /proc/loadavg: the mean stays 0.
    }
    if (total > peak) peak = total;
    if (pids.length > maxProcesses) maxProcesses = pids.length;
  };
  sample();
  const timer = setInterval(sample, options.intervalMs ?? 50);
  return new Promise((resolve) => {
    child.on("exit", (code) => {
      const wallMs = performance.now() - started;
      const busyAtEnd = machineBusyMs();
      clearInterval(timer);
      closeSync(log);
      let cpuMs: number | null = null;
      let maxProcessRssBytes: number | null = null;
      if (withTime && existsSync(timeFile)) {
        const line = readFileSync(timeFile, "utf8").trim().split("\n").pop() ?? "";
        const m = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(line);
        if (m) {
          cpuMs = (Number(m[2]) + Number(m[3])) * 1000;
          maxProcessRssBytes = Number(m[4]) * 1024;
        }
      } else {
        cpuMs = [...lastCpu.values()].reduce((a, b) => a + b, 0);
      }
      resolve({
        command: [command, ...args].join(" "),
        exitCode: code,
        wallMs,
        peakTreeRssBytes: peak,
        maxProcessRssBytes,
        cpuMs,
        maxProcesses,
        samples,
        meanLoadAverage: samples > 0 ? Number((loadSum / samples).toFixed(2)) : 0,
        otherCpuMs: busyAtStart != null && busyAtEnd != null && cpuMs != null ? Math.max(0, busyAtEnd - busyAtStart - cpuMs) : null,
        logFile: options.logFile,
      });
    });
  });
}
