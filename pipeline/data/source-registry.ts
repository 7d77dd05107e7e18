import { readFileSync, statSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { z } from 'zod';
import { errorMessage, StanceError } from '../../core/errors.js';
import bundled from './sources.json' with { type: 'json' };

/*
 * The source registry: which outlet is from which country and of which kind, so trends can be
 * filtered and grouped by who reports ("what Chinese state media say" against the rest). The
 * researcher edits it as a file (`--sources FILE`, `STANCE_SOURCES`); `sources.json` beside this
 * module is a small default of well-known outlets. An article's `source` is matched against each
 * outlet's name, aliases and web domains (see `sourceKey`).
 */

/** `state`: state-run or state-controlled media, agencies included (Xinhua, TASS); `public`: public broadcasters with editorial independence (BBC, DW); `agency`: independent news agencies (Reuters, AP, AFP). */
export const SOURCE_KINDS = ['state', 'public', 'private', 'agency', 'other'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

/** Is `code` an ISO 3166-1 alpha-2 country code (upper case)? */
export function isCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

const domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^(?!www\.)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a web domain without "www." or a path, e.g. "news.cn"');

const OutletSchema = z.strictObject({
  name: z.string().trim().min(1),
  /** Other spellings of the name as archives give it ("Xinhua News Agency", "新华社"). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  /** Web domains; an article whose source is a URL or a host on one of them (or a subdomain) is this outlet's. */
  domains: z.array(domain).default([]),
  country: z.string().refine(isCountryCode, 'expected an ISO 3166-1 alpha-2 country code in upper case, e.g. "CN"'),
  lang: z
    .string()
    .regex(/^[a-z]{2}$/, 'expected an ISO 639-1 language code, e.g. "zh"')
    .optional(),
  kind: z.enum(SOURCE_KINDS),
});

export const SourceRegistrySchema = z.strictObject({ sources: z.array(OutletSchema) }).superRefine((registry, ctx) => {
  const owner = new Map<string, string>();
  registry.sources.forEach((outlet, i) => {
    for (const key of keysOf(outlet)) {
      const other = owner.get(key);
      if (other !== undefined && other !== outlet.name) {
        ctx.addIssue({
          code: 'custom',
          path: ['sources', i],
          message: `"${key}" names both "${other}" and "${outlet.name}": a name or domain must name one outlet`,
        });
      }
      owner.set(key, outlet.name);
    }
  });
});

export type Outlet = z.infer<typeof OutletSchema>;

/**
 * A source name as the registry compares it: Unicode-normalised, lower case, spaces collapsed;
 * a URL or host is reduced to its host without "www." ("https://www.bbc.co.uk/news/x" → "bbc.co.uk").
 */
export function sourceKey(source: string): string {
  const text = source.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?::\d+)?(?:[/?#]\S*)?$/.exec(text);
  return host ? host[1].replace(/^www\./, '') : text;
}

function keysOf(outlet: Outlet): string[] {
  return [...new Set([outlet.name, ...outlet.aliases, ...outlet.domains].map(sourceKey))];
}

export class SourceRegistry {
  private readonly byKey = new Map<string, Outlet>();

  constructor(
    readonly outlets: readonly Outlet[],
    /** Where it was read from, for messages: a file, or "the bundled default". */
    readonly origin: string,
  ) {
    for (const outlet of outlets) for (const key of keysOf(outlet)) this.byKey.set(key, outlet);
  }

  /** The outlet an article's source names: by name or alias, else by domain (a subdomain counts). */
  lookup(source: string | null): Outlet | undefined {
    if (!source) return undefined;
    const key = sourceKey(source);
    const exact = this.byKey.get(key);
    if (exact) return exact;
    // "english.news.cn" is news.cn's: try each parent domain.
    for (let dot = key.indexOf('.'); dot !== -1 && key.indexOf('.', dot + 1) !== -1; dot = key.indexOf('.', dot + 1)) {
      const parent = this.byKey.get(key.slice(dot + 1));
      if (parent) return parent;
    }
    return undefined;
  }
}

function parseRegistry(input: unknown, origin: string): SourceRegistry {
  const parsed = SourceRegistrySchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(file)'}: ${i.message}`);
    throw new StanceError('bad_config', `the source registry ${origin} is invalid (${parsed.error.issues.length} problem(s)): ${problems.join('; ')}`, {
      issues: parsed.error.issues,
    });
  }
  return new SourceRegistry(parsed.data.sources, origin);
}

let defaultRegistry: SourceRegistry | undefined;
const fromFiles = new Map<string, { stamp: string; registry: SourceRegistry }>();

/**
 * The researcher's registry from `file`, or the bundled default. A file is read again when it
 * changes, so a running server follows the researcher's edits.
 */
export function loadSourceRegistry(file?: string): SourceRegistry {
  if (!file) {
    defaultRegistry ??= parseRegistry(bundled, 'bundled with stance (pipeline/data/sources.json)');
    return defaultRegistry;
  }
  let stamp: string;
  try {
    const info = statSync(file);
    stamp = `${info.mtimeMs}:${info.size}`;
  } catch (error) {
    throw new StanceError(
      'bad_config',
      `cannot read the source registry ${file}: ${errorMessage(error)} (set --sources or STANCE_SOURCES to an existing file)`,
    );
  }
  const cached = fromFiles.get(file);
  if (cached?.stamp === stamp) return cached.registry;
  let input: unknown;
  try {
    input = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new StanceError('bad_config', `cannot read the source registry ${file} as JSON: ${errorMessage(error)}`);
  }
  const registry = parseRegistry(input, file);
  fromFiles.set(file, { stamp, registry });
  return registry;
}
