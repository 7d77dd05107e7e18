import { createApp } from '../api/app.js';
import { registerArticleRoutes } from '../api/routes/articles.route.js';
import { registerJobRoutes } from '../api/routes/jobs.route.js';
import { registerTopicWriteRoutes } from '../api/routes/topics.route.js';
import { type RunningServer, startServer } from '../api/server.js';
import { isServerProcess, leaveSupervisor, serverNumber, superviseServers, tellSupervisor } from '../api/server-processes.js';
import { errorMessage, StanceError } from '../core/errors.js';
import type { Scorer } from '../models/scorer.js';
import type { ScorerSpec } from '../models/scorers.js';
import type { Config } from '../pipeline/config.js';
import { loadSourceRegistry } from '../pipeline/data/source-registry.js';
import { allActors } from '../pipeline/db/actors.repo.js';
import { openDatabase } from '../pipeline/db/client.js';
import { storeFault } from '../pipeline/db/faults.js';
import type { DbHandle } from '../pipeline/db/handle.js';
import { allTopics } from '../pipeline/db/topics.repo.js';
import { analysePending } from '../pipeline/run.js';
import { interruptOwnRuns } from '../pipeline/run-record.js';
import { buildScorer } from '../pipeline/scorer-factory.js';
import { onStopRequest } from './lifetime.js';

export interface ServeOptions {
  host: string;
  port: number;
  corsOrigin?: string;
  /** Names besides localhost and IP addresses under which clients may reach the server. */
  allowedHosts?: string[];
  scorer: { spec: ScorerSpec; id: string };
  /** Server processes answering on the port (see api/server-processes.ts); 1 serves from this process. */
  processes: number;
}

/**
 * `stance serve`: the HTTP API over the configured database. Articles posted to it are analysed
 * in the background, one analysis pass at a time; reads go on meanwhile (WAL). With several
 * processes, this one migrates the database, owns the analysis and supervises the servers.
 */
export async function serve(cfg: Config, options: ServeOptions, log: (line: string) => void): Promise<void> {
  if (isServerProcess()) return serveRequests(cfg, options);
  if (options.processes > 1 && cfg.db === ':memory:') {
    throw new StanceError('bad_usage', 'an in-memory database lives in one process: serve it with --processes 1, or give a file or PostgreSQL URL');
  }
  const handle = await openDatabase(cfg.db, { forQueries: options.processes === 1 });
  const analyse = backgroundAnalysis(handle, options.scorer, log);
  let stopServing: () => Promise<void>;
  let url: string;
  if (options.processes === 1) {
    const server = await startApi(cfg, handle, options, analyse);
    url = server.url;
    stopServing = server.close;
  } else {
    const supervisor = superviseServers({
      processes: options.processes,
      onAnalyse: analyse,
      log,
      onGiveUp: (reason) => {
        log(`stopping: ${reason}`);
        void stop(1);
      },
    });
    stopServing = supervisor.stop;
    try {
      url = await supervisor.listening;
    } catch (error) {
      await supervisor.stop();
      await handle.close();
      throw error;
    }
  }
  const processes = options.processes === 1 ? '' : `; ${options.processes} server processes`;
  log(`stance API on ${url} (database ${handle.path}${processes}; dashboard at ${url}/, reference at ${url}/docs)`);
  let stopping: Promise<void> | undefined;
  const stop = (code: number) => {
    stopping ??= (async () => {
      await stopServing().catch(() => undefined);
      try {
        // An analysis in progress stops with the process: what it holds goes back to the queue now.
        await interruptOwnRuns(handle.db);
      } finally {
        await handle.close();
        process.exit(code);
      }
    })();
    return stopping;
  };
  onStopRequest((reason) => {
    log(`stopping (${reason})`);
    void stop(0);
  });
}

/** One of several server processes: answers requests and hands analysis to the first process. */
async function serveRequests(cfg: Config, options: ServeOptions): Promise<void> {
  let handle: DbHandle | undefined;
  try {
    // The first process has brought the schema and the rollup up to date before starting this one.
    handle = await openDatabase(cfg.db, { readonly: true, forQueries: true });
    const server = await startApi(cfg, handle, options, () => tellSupervisor({ type: 'analyse' }));
    tellSupervisor({ type: 'listening', url: server.url });
    const opened = handle;
    onStopRequest(async () => {
      await server.close().catch(() => undefined);
      await opened.close();
      process.exit(0);
    });
  } catch (error) {
    await handle?.close();
    leaveSupervisor();
    throw error;
  }
}

/** The API over `handle` on host:port, its caches of counts filled at once. */
async function startApi(cfg: Config, handle: DbHandle, options: ServeOptions, onIngested: () => void): Promise<RunningServer> {
  const deps = {
    db: handle.db,
    dbFile: handle.path,
    topics: () => allTopics(handle.db),
    actors: () => allActors(handle.db),
    sources: () => loadSourceRegistry(cfg.sourcesFile),
    apiToken: cfg.apiToken,
    corsOrigin: options.corsOrigin,
    hostCheck: { allowedHosts: options.allowedHosts ?? [] },
    serverProcess: serverNumber(),
  };
  const app = createApp({
    ...deps,
    extraRoutes: (a) => {
      registerArticleRoutes(a, { ...deps, onIngested });
      registerTopicWriteRoutes(a, deps);
      registerJobRoutes(a, deps);
    },
  });
  const server = await startServer({ app, host: options.host, port: options.port, apiToken: cfg.apiToken });
  // The dashboard's first page asks for every actor's and topic's counts, a scan of every record
  // (about a second on a million); computed now, they wait in the cache until the data changes.
  setImmediate(() => void Promise.all([app.request('/v1/topics'), app.request('/v1/actors')]).catch(() => undefined));
  return server;
}

/** Runs an analysis pass over the queue when called, one at a time, and once more if called meanwhile. */
function backgroundAnalysis(handle: DbHandle, scorer: ServeOptions['scorer'], log: (line: string) => void): () => void {
  const { spec } = scorer;
  // A model (and its inference processes) is loaded on the first analysis and kept for the next.
  let model: Promise<Scorer> | undefined;
  const loadModel = () => {
    model ??= buildScorer(spec).catch((error: unknown) => {
      model = undefined;
      throw error;
    });
    return model;
  };
  let running: Promise<void> | undefined;
  let again = false;
  const analyse = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = (spec.kind === 'lexicon' ? Promise.resolve(undefined) : loadModel())
      .then((loaded) => analysePending(handle, { scorer: spec, model: loaded, offThread: true, progress: false }, scorer.id))
      .then((report) => log(`analysed ${report.analyzed} article(s): ${report.stances} stance record(s)`))
      .catch((error) => log(`analysis failed: ${errorMessage(storeFault(error, handle.path) ?? error)}`))
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          analyse();
        }
      });
  };
  return analyse;
}
