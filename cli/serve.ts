import { createApp } from '../api/app.js';
import { registerArticleRoutes } from '../api/routes/articles.route.js';
import { registerJobRoutes } from '../api/routes/jobs.route.js';
import { registerTopicWriteRoutes } from '../api/routes/topics.route.js';
import { startServer } from '../api/server.js';
import { errorMessage } from '../core/errors.js';
import type { Scorer } from '../models/scorer.js';
import type { ScorerSpec } from '../models/scorers.js';
import type { Config } from '../pipeline/config.js';
import { loadSourceRegistry } from '../pipeline/data/source-registry.js';
import { allActors } from '../pipeline/db/actors.repo.js';
import { openDatabase } from '../pipeline/db/client.js';
import { storeFault } from '../pipeline/db/faults.js';
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
}

/**
 * `stance serve`: the HTTP API over the configured database. Articles posted to it are analysed
 * in the background, one analysis pass at a time; reads go on meanwhile (WAL).
 */
export async function serve(cfg: Config, options: ServeOptions, log: (line: string) => void): Promise<void> {
  const handle = await openDatabase(cfg.db, { forQueries: true });
  const { spec } = options.scorer;
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
      .then((scorer) => analysePending(handle, { scorer: spec, model: scorer, offThread: true, progress: false }, options.scorer.id))
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
  const deps = {
    db: handle.db,
    dbFile: handle.path,
    topics: () => allTopics(handle.db),
    actors: () => allActors(handle.db),
    sources: () => loadSourceRegistry(cfg.sourcesFile),
    apiToken: cfg.apiToken,
    corsOrigin: options.corsOrigin,
    hostCheck: { allowedHosts: options.allowedHosts ?? [] },
  };
  const app = createApp({
    ...deps,
    extraRoutes: (a) => {
      registerArticleRoutes(a, { ...deps, onIngested: analyse });
      registerTopicWriteRoutes(a, deps);
      registerJobRoutes(a, deps);
    },
  });
  const server = await startServer({ app, host: options.host, port: options.port, apiToken: cfg.apiToken });
  log(`stance API on ${server.url} (database ${handle.path}; dashboard at ${server.url}/, reference at ${server.url}/docs)`);
  // The dashboard's first page asks for every actor's and topic's counts, a scan of every record
  // (about a second on a million); computed now, they wait in the cache until the data changes.
  setImmediate(() => void Promise.all([app.request('/v1/topics'), app.request('/v1/actors')]).catch(() => undefined));
  onStopRequest(async (reason) => {
    log(`stopping (${reason})`);
    await server.close().catch(() => undefined);
    try {
      // An analysis in progress stops with the process: what it holds goes back to the queue now.
      await interruptOwnRuns(handle.db);
    } finally {
      await handle.close();
      process.exit(0);
    }
  });
}
