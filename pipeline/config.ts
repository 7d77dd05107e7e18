import { z } from 'zod';
import { StanceError } from '../core/errors.js';

const EnvSchema = z.object({
  STANCE_DB: z.string().min(1).optional(),
  STANCE_MODELS_DIR: z.string().min(1).optional(),
  STANCE_NLI_MODEL: z.string().min(1).optional(),
  STANCE_API_TOKEN: z.string().min(1).optional(),
  STANCE_MODEL_HUB: z.url({ protocol: /^https?$/, error: 'expected an http(s) address' }).optional(),
  STANCE_SOURCES: z.string().min(1).optional(),
});

export interface Config {
  db: string;
  modelsDir: string;
  nliModel?: string;
  apiToken?: string;
  /** Where `stance models pull` downloads from (a mirror); default: transformers.js's own hub setting. */
  modelHub?: string;
  /** The researcher's source registry (outlet → country, kind); the bundled default when absent. */
  sourcesFile?: string;
}

export const DEFAULT_DB = './data/stance.db';
export const DEFAULT_MODELS_DIR = './data/models';

/** Environment and flags, read once: flags win over the environment, which wins over defaults. */
export function loadConfig(env: NodeJS.ProcessEnv, flags: { db?: string; model?: string; sources?: string } = {}): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    throw new StanceError('bad_config', `invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const e = parsed.data;
  const db = flags.db ?? e.STANCE_DB ?? DEFAULT_DB;
  return {
    db,
    modelsDir: e.STANCE_MODELS_DIR ?? DEFAULT_MODELS_DIR,
    nliModel: flags.model ?? e.STANCE_NLI_MODEL,
    apiToken: e.STANCE_API_TOKEN,
    modelHub: e.STANCE_MODEL_HUB,
    sourcesFile: flags.sources ?? e.STANCE_SOURCES,
  };
}
