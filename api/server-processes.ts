import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { StanceError } from '../core/errors.js';

/*
 * `stance serve --processes N`: N server processes answering on one port (node:cluster; the
 * first process hands each new connection to the next server in turn). One Node process answers
 * on one core, and a trend request costs a few milliseconds of it, so a second process is what
 * lets the server use a second core. The first process serves nothing itself: it has migrated the
 * database before the servers open it, owns the background analysis they ask for, restarts a
 * server that dies, and stops them all when asked to.
 */

/** Messages between a server process and the first process. */
export type ServerMessage = { type: 'listening'; url: string } | { type: 'analyse' };

function isServerMessage(message: unknown): message is ServerMessage {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'analyse' || (type === 'listening' && typeof (message as { url?: unknown }).url === 'string');
}

/** `--processes`: a whole number from 1 up, or `auto` for one per core. */
export function parseProcesses(value: string): number {
  if (value === 'auto') return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new StanceError('bad_usage', `expected --processes to be a whole number from 1 up or "auto", got "${value}"`);
  return n;
}

/** This process is one of the servers the first process started (see `superviseServers`). */
export function isServerProcess(): boolean {
  return cluster.isWorker;
}

/** Which server this is (1…N) and how many there are, as the first process numbered them. */
export function serverNumber(): { number: number; of: number } {
  return { number: Number(process.env.STANCE_SERVER_NUMBER ?? 1), of: Number(process.env.STANCE_SERVER_COUNT ?? 1) };
}

/** Tells the first process something (a server process only). */
export function tellSupervisor(message: ServerMessage): void {
  process.send?.(message);
}

/**
 * Ends the channel to the first process, so that a server process that failed to start exits
 * with its own exit code (the open channel would keep it running; a channel that closes
 * unexpectedly ends it with 0).
 */
export function leaveSupervisor(): void {
  cluster.worker?.disconnect();
}

/**
 * A server that dies this many times within RESTART_WINDOW_MS is not started again: something
 * that fails each time (the database gone, the port taken) stops the whole server instead.
 */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;
/** How long the servers get to finish their requests and close before they are killed. */
const STOP_GRACE_MS = 10_000;

export interface Supervisor {
  /** Resolves with the URL once every server listens; rejects when one fails before it does. */
  listening: Promise<string>;
  /** Stops every server (SIGTERM, then SIGKILL after a grace period) and resolves when all have exited. */
  stop(): Promise<void>;
}

export interface SuperviseOptions {
  processes: number;
  /** A server asked for an analysis pass (articles were posted to it). */
  onAnalyse: () => void;
  log: (line: string) => void;
  /** Called when the servers cannot be kept running; the first process should stop then. */
  onGiveUp: (reason: string) => void;
}

/** Starts `processes` servers running this same command line and keeps them running. */
export function superviseServers(options: SuperviseOptions): Supervisor {
  const { processes, log } = options;
  const live = new Map<number, Worker>();
  const restarts: number[] = [];
  let stopping = false;
  let started = false;
  let ready!: (url: string) => void;
  let failed!: (error: Error) => void;
  const listening = new Promise<string>((resolve, reject) => {
    ready = resolve;
    failed = reject;
  });
  let waiting = processes;

  const start = (number: number): void => {
    const worker = cluster.fork({ STANCE_SERVER_NUMBER: String(number), STANCE_SERVER_COUNT: String(processes) });
    live.set(number, worker);
    let up = false;
    worker.on('message', (message: unknown) => {
      if (!isServerMessage(message)) return;
      if (message.type === 'analyse') options.onAnalyse();
      else if (!up) {
        up = true;
        if (!started && --waiting === 0) {
          started = true;
          ready(message.url);
        }
      }
    });
    worker.on('exit', (code, signal) => {
      if (live.get(number) === worker) live.delete(number);
      if (stopping) return;
      if (code === 0 && started) {
        // Stopped on purpose (a signal sent to it alone): not started again.
        log(`server process ${number} (pid ${worker.process.pid}) stopped`);
        if (live.size === 0) options.onGiveUp('every server process has stopped');
        return;
      }
      const how = signal ? `was killed by ${signal}` : `exited with code ${code}`;
      if (!started) {
        // It said why on its standard error; the others are stopped and the command fails.
        failed(new StanceError('bad_usage', `server process ${number} of ${processes} ${how} before it listened`));
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts.length > 0 && restarts[0] < now - RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length > MAX_RESTARTS) {
        options.onGiveUp(`server process ${number} ${how}, the ${restarts.length}th server to die within ${RESTART_WINDOW_MS / 1000} s; not starting it again`);
        return;
      }
      log(`server process ${number} (pid ${worker.process.pid}) ${how}; starting another`);
      start(number);
    });
  };
  for (let number = 1; number <= processes; number++) start(number);

  const stop = async (): Promise<void> => {
    stopping = true;
    const exits = [...live.values()].map((worker) => (worker.isDead() ? Promise.resolve() : new Promise<void>((done) => worker.once('exit', () => done()))));
    for (const worker of live.values()) worker.process.kill('SIGTERM');
    const grace = setTimeout(() => {
      for (const worker of live.values()) if (!worker.isDead()) worker.process.kill('SIGKILL');
    }, STOP_GRACE_MS);
    await Promise.all(exits);
    clearTimeout(grace);
  };
  return { listening, stop };
}
