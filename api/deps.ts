import type { OpenAPIHono } from '@hono/zod-openapi';
import type { ActorInfo } from '../pipeline/data/gazetteer.js';
import type { SourceRegistry } from '../pipeline/data/source-registry.js';
import type { TopicDefinition } from '../pipeline/data/topic-catalogue.js';
import type { Db } from '../pipeline/db/handle.js';

/** What every route module is given: the database and the catalogues, read on every request. */
export interface AppDeps {
  db: Db;
  /** The database file or (password-free) URL, named in the errors its failures give (read-only, damaged, full, unreachable). */
  dbFile?: string;
  /** Built-in and researchers' topics, read on every request so new topics show at once. */
  topics: () => TopicDefinition[] | Promise<TopicDefinition[]>;
  actors: () => ActorInfo[] | Promise<ActorInfo[]>;
  /** The source registry (outlet → country, kind), read per request so a researcher's edits show at once; the bundled default when absent. */
  sources?: () => SourceRegistry;
  /** When set, write routes guarded by `requireToken` need `Authorization: Bearer <token>`. */
  apiToken?: string;
  /** Allowed origins, comma-separated, or `*`; no CORS headers when absent. */
  corsOrigin?: string;
  bodyLimitBytes?: number;
  /** Set by the server: check the Host (and the Origin of writes) against it, with these extra names. */
  hostCheck?: { allowedHosts: string[] };
  /** Set by `stance serve`: which of its server processes this is (1…`of`), as /health reports it. */
  serverProcess?: { number: number; of: number };
  extraRoutes?: (app: OpenAPIHono) => void;
}
