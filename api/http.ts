import { timingSafeEqual } from 'node:crypto';
import { type Hook, z } from '@hono/zod-openapi';
import type { Context, ErrorHandler, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { StanceError, type StanceErrorCode } from '../core/errors.js';

/* How the API speaks HTTP: the one error shape, the one error handler, the token guard. */

const STATUS_BY_CODE: Partial<Record<StanceErrorCode, ContentfulStatusCode>> = {
  bad_input: 400,
  bad_usage: 400,
  not_found: 404,
  conflict: 409,
  unauthorized: 401,
  forbidden: 403,
  unavailable: 503,
};

export interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'bad_input' }),
      message: z.string(),
      details: z.unknown(),
    }),
  })
  .openapi('Error');

const errorContent = { 'application/json': { schema: ErrorSchema } };

/**
 * The error responses of a route, for the OpenAPI document: a 400 that says what this route
 * refuses (`invalid`), absent for routes that take no input, and those any route can give.
 */
export function errorResponses(invalid?: string) {
  const always = {
    403: { description: 'The Host header (or, on writes, the Origin) is not this server: a page of another site tried to reach it', content: errorContent },
    500: { description: 'Internal error', content: errorContent },
    503: {
      description: 'The database cannot serve the request (read-only, damaged, disk full, locked): the message names the file and what to do',
      content: errorContent,
    },
  };
  return invalid ? { 400: { description: `Invalid request: ${invalid}`, content: errorContent }, ...always } : always;
}

/** The 413 of routes that take a body: the limit is set by `createApp`. */
export const tooLarge = { 413: { description: 'Request body over the size limit (10 MB by default): send smaller batches', content: errorContent } };

export function errorBody(code: string, message: string, details: unknown = null): ErrorBody {
  return { error: { code, message, details } };
}

type ZodIssue = ZodError['issues'][number];

const wrongType = (branch: ZodIssue[]) => branch.length === 1 && branch[0].code === 'invalid_type' && branch[0].path.length === 0;

/**
 * zod reports a union that no branch accepted as just "Invalid input". The branch that accepted
 * the value's type (the array branch for an array) says what is wrong with it; when none did,
 * the types the branches expected say it.
 */
function problemsOf(issue: ZodIssue, base: PropertyKey[] = []): Array<{ path: PropertyKey[]; message: string }> {
  const path = [...base, ...issue.path];
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [{ path, message: issue.message }];
  const typed = issue.errors.filter((branch) => !wrongType(branch));
  if (typed.length === 1) return typed[0].flatMap((inner) => problemsOf(inner, path));
  if (typed.length === 0) {
    const expected = issue.errors.map((branch) => (branch[0] as { expected?: string }).expected);
    return [{ path, message: `Invalid input: expected ${expected.join(' or ')}` }];
  }
  return [{ path, message: issue.message }];
}

/** A zod failure as one readable line: every problem with the parameter it concerns. */
export function describeZodError(error: ZodError): string {
  // An unknown parameter's message names it and lists the accepted ones (api/params.ts `queryOf`).
  const problems = error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? [issue.message] : problemsOf(issue).map((p) => `${p.path.join('.') || '(input)'}: ${p.message}`),
  );
  return `invalid request: ${problems.join('; ')}`;
}

function codeForStatus(status: number): string {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 413) return 'payload_too_large';
  if (status < 500) return 'bad_input';
  return 'internal';
}

/** The one place errors become responses: StanceError codes, zod failures, Hono's own (malformed JSON). */
export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof StanceError) {
    const status = STATUS_BY_CODE[error.code] ?? 500;
    return c.json(errorBody(error.code, error.message, error.details ?? null), status);
  }
  if (error instanceof ZodError) {
    return c.json(errorBody('bad_input', describeZodError(error), { issues: error.issues }), 400);
  }
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    return c.json(errorBody(codeForStatus(status), error.message || 'request rejected'), status);
  }
  if (error instanceof SyntaxError && /JSON/i.test(error.message)) {
    // A handler that reads `c.req.json()` itself gets the parser's error, not Hono's 400.
    return c.json(errorBody('bad_input', `malformed JSON in the request body: ${error.message}`), 400);
  }
  console.error(error);
  return c.json(errorBody('internal', `internal error: ${(error as Error).message ?? String(error)}`), 500);
};

/** The default hook of every OpenAPI route: a failed validation is a 400 in the common error shape. */
// biome-ignore lint/suspicious/noExplicitAny: one hook serves every route, whatever its environment and path types
export const validationHook: Hook<unknown, any, any, unknown> = (result, c) => {
  if (!result.success) {
    return c.json(errorBody('bad_input', describeZodError(result.error), { issues: result.error.issues }), 400);
  }
};

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Guards write routes: with a token configured, requests must carry it as a Bearer token. */
export function requireToken(token: string | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (token) {
      const header = c.req.header('authorization') ?? '';
      const given = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
      if (!given || !sameSecret(given, token)) {
        throw new StanceError('unauthorized', 'this endpoint writes to the database: send the API token as "Authorization: Bearer <token>"');
      }
    }
    await next();
  };
}

export function notFound(c: Context) {
  return c.json(errorBody('not_found', `no route ${c.req.method} ${c.req.path}; the routes are listed at /docs`), 404);
}
