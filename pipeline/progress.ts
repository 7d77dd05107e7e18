/** Progress on standard error: a redrawn bar on a terminal, a plain line now and then otherwise. */
export interface Progress {
  tick(done: number, total?: number): void;
  /** `label` replaces the progress label on the summary line (the line counts something else). */
  finish(summary?: string, label?: string): void;
  /** A line of its own under the label (what the run is waiting for), the bar redrawn after it. */
  note(text: string): void;
}

export interface ProgressOptions {
  label: string;
  stream?: NodeJS.WriteStream;
  /** Silences everything (e.g. `--quiet`). */
  enabled?: boolean;
  /** Without a terminal, one line per this many milliseconds at most. */
  lineEveryMs?: number;
}

function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600
    ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`
    : s >= 60
      ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`
      : `${s}s`;
}

export function createProgress({ label, stream = process.stderr, enabled = true, lineEveryMs = 5000 }: ProgressOptions): Progress {
  const started = Date.now();
  const tty = Boolean(stream.isTTY);
  let lastDraw = 0;
  let last = '';
  const render = (done: number, total?: number): string => {
    const elapsed = (Date.now() - started) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const rateText = `${rate >= 100 ? Math.round(rate) : rate.toFixed(1)}/s`;
    if (total === undefined || total === 0) return `${label} ${done} ${rateText}`;
    const fraction = Math.min(1, done / total);
    const width = 24;
    const filled = Math.round(fraction * width);
    const eta = rate > 0 ? (total - done) / rate : Infinity;
    const bar = tty ? `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ` : '';
    return `${label} ${bar}${done}/${total} (${Math.floor(fraction * 100)}%) ${rateText} ETA ${formatDuration(eta)}`;
  };
  return {
    tick(done, total) {
      if (!enabled) return;
      const now = Date.now();
      if (now - lastDraw < (tty ? 100 : lineEveryMs)) return;
      lastDraw = now;
      last = render(done, total);
      stream.write(tty ? `\r${last}\x1b[K` : `${last}\n`);
    },
    note(text) {
      if (!enabled) return;
      stream.write(`${tty ? '\r\x1b[K' : ''}${label} ${text}\n`);
      lastDraw = 0;
    },
    finish(summary, summaryLabel = label) {
      if (!enabled) return;
      if (tty && last) stream.write('\r\x1b[K');
      if (summary) stream.write(`${summaryLabel} ${summary} in ${formatDuration((Date.now() - started) / 1000)}\n`);
    },
  };
}
