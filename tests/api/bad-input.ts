import { expect } from 'vitest';

interface ErrorBody {
  error: { code: string; message: string; details: unknown };
}

/** The parameters an error blames: `details.param` of the app's own checks, or the paths of zod's issues. */
export function blamedParams(body: ErrorBody): string[] {
  const details = body.error.details as { param?: string; issues?: Array<{ path: PropertyKey[] }> } | null;
  if (details?.param) return [details.param];
  return [...new Set(details?.issues?.map((issue) => issue.path.join('.')) ?? [])];
}

/**
 * A 400 that says what is wrong: the `bad_input` code, the parameter it concerns, and a message
 * that names the problem. A check that stopped running, or a different check answering in its
 * place, fails one of the three.
 */
export async function expectBadInput(response: Response, param: string, message: string | RegExp): Promise<void> {
  expect(response.status).toBe(400);
  const body = (await response.json()) as ErrorBody;
  expect(body.error.code).toBe('bad_input');
  expect(blamedParams(body)).toEqual([param]);
  if (typeof message === 'string') expect(body.error.message).toContain(message);
  else expect(body.error.message).toMatch(message);
}
