import { readFileSync } from 'node:fs';

/*
 * When a long-running command (`stance serve`) should stop: on SIGINT, SIGTERM or SIGHUP, and,
 * when npm or npx started it, as soon as that npm process is gone. npx runs the command through
 * a shell and does not pass its own termination on: killing `npx stance serve` left the server
 * running on its port with nobody to stop it.
 */

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const WATCH_MS = 1000;

/** The parent of `pid` and its command line, from /proc (Linux); undefined elsewhere or when gone. */
function processInfo(pid: number): { parent: number; argv: string[] } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return { parent, argv };
  } catch {
    return undefined;
  }
}

/**
 * `npm …`, `npx …`, or node running npm's own scripts. npm sets its process title, which
 * overwrites its command line with one string ("npm exec stance serve --db /data/s.db"), so the
 * program is the first word of the first argument, not the part after its last slash.
 */
export function isNpm(argv: string[]): boolean {
  const name = (arg: string | undefined) => arg?.trim().split(/\s+/)[0].split('/').pop() ?? '';
  return ['npm', 'npx'].includes(name(argv[0])) || ['npm-cli.js', 'npx-cli.js', 'npm', 'npx'].includes(name(argv[1]));
}

/** The npm or npx process this one runs under, if any: its pid. */
function npmAncestor(): number | undefined {
  if (!process.env.npm_command && !process.env.npm_lifecycle_event) return undefined;
  for (let pid = process.ppid, hops = 0; pid > 1 && hops < 8; hops++) {
    const info = processInfo(pid);
    if (!info) break;
    if (isNpm(info.argv)) return pid;
    pid = info.parent;
  }
  // Without /proc, the parent stands in for it.
  return process.ppid > 1 ? process.ppid : undefined;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Calls `stop` once, with the reason, when the process is asked to end (see above). */
export function onStopRequest(stop: (reason: string) => void): void {
  let stopping = false;
  const once = (reason: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(watch);
    stop(reason);
  };
  for (const signal of SIGNALS) process.on(signal, () => once(signal));
  const npm = npmAncestor();
  const watch = setInterval(() => {
    if (npm !== undefined && !alive(npm)) once('npm, which started this process, is gone');
  }, WATCH_MS);
  watch.unref();
}
