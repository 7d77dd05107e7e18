/**
 * The one error family of the project. `code` is stable and machine-readable; the message says
 * what was expected, what was got and what to do. The CLI prints `message` on one line; the
 * API maps `code` to an HTTP status in one place.
 */
export type StanceErrorCode =
  | 'bad_usage'
  | 'bad_input'
  | 'bad_config'
  | 'not_found'
  | 'conflict'
  | 'model_missing'
  | 'model_broken'
  | 'unauthorized'
  | 'forbidden'
  | 'unavailable'
  | 'internal';

export class StanceError extends Error {
  override readonly name = 'StanceError';
  constructor(
    readonly code: StanceErrorCode,
    message: string,
    readonly details?: unknown,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
