/**
 * Chromium processes this bench did not start. On a two-core machine another browser test skews
 * every timing, so the start-up rows wait for such a browser to go before each pair of loads, and
 * the notes say which figures were taken alongside one anyway. Ours are told apart by ancestry
 * (descendants of this Node process). Left out: zombies (state Z: exited, not yet reaped) and
 * crash handlers (chrome_crashpad_handler detaches to init, so no ancestry says whose it is; it idles).
 */
import { execFileSync } from 'node:child_process';

const POLL_MS = 500;

export function foreignChromiumProcesses(): number {
  let listing: string;
  try {
    listing = execFileSync('ps', ['-eo', 'pid=,ppid=,stat=,args='], { encoding: 'utf8' });
  } catch {
    return 0; // no `ps`: nothing to say
  }
  const rows = listing
    .split('\n')
    .map((line) => line.trim().match(/^(\d+)\s+(\d+)\s+(\S+)\s+(.*)$/))
    .filter((match): match is RegExpMatchArray => match !== null)
    .map(([, pid, ppid, stat, args]) => ({ pid: Number(pid), ppid: Number(ppid), stat, args }));
  const parentOf = new Map(rows.map((row) => [row.pid, row.ppid]));
  const ours = (pid: number) => {
    for (let at: number | undefined = pid; at !== undefined && at > 1; at = parentOf.get(at)) if (at === process.pid) return true;
    return false;
  };
  const counts = (row: (typeof rows)[number]) => /chrom/i.test(row.args) && !/crashpad/.test(row.args) && !row.stat.startsWith('Z');
  return rows.filter((row) => counts(row) && !ours(row.pid)).length;
}

/**
 * Waits until no foreign Chromium has been seen for `quietMs`, for at most `maxMs`; none at the
 * first look goes straight on. `quiet` false: the wait gave up, and what follows shares the machine.
 */
export async function waitForOtherBrowsers(quietMs = 2_000, maxMs = 30_000): Promise<{ waitedMs: number; quiet: boolean }> {
  const start = Date.now();
  if (foreignChromiumProcesses() === 0) return { waitedMs: 0, quiet: true };
  let quietSince: number | null = null;
  while (Date.now() - start < maxMs) {
    await new Promise((done) => setTimeout(done, POLL_MS));
    quietSince = foreignChromiumProcesses() > 0 ? null : (quietSince ?? Date.now());
    if (quietSince !== null && Date.now() - quietSince >= quietMs) return { waitedMs: Date.now() - start, quiet: true };
  }
  return { waitedMs: Date.now() - start, quiet: false };
}
