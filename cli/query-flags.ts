import { type Command, Option } from 'commander';
import type { z } from 'zod';

/*
 * `stance trends` and `stance compare` take the query parameters of the routes they ask, as flags:
 * `min_confidence` is `--min-confidence`. The flags, their help and their mapping back to the
 * parameters all come from the route's query schema, so a parameter added to a route is a flag
 * at once and no list of names is kept here.
 */

type QuerySchema = { shape: Record<string, z.ZodType> };

function flagOf(param: string): string {
  return `--${param.replaceAll('_', '-')} <value>`;
}

/** The choices of an enum parameter, looking through `optional` and `default`. */
function choicesOf(field: z.ZodType): string[] | undefined {
  let inner = field as z.ZodType & { unwrap?: () => z.ZodType; options?: unknown[] };
  while (typeof inner.unwrap === 'function' && !inner.options) inner = inner.unwrap() as typeof inner;
  return Array.isArray(inner.options) && inner.options.every((o) => typeof o === 'string') ? (inner.options as string[]) : undefined;
}

/**
 * The route's description of a parameter, with an enum's choices. The choices are told, not
 * enforced: the route checks every value, so the command line and the API refuse the same
 * input with the same message.
 */
function helpOf(param: string, field: z.ZodType): string {
  const description = String(field.meta()?.description ?? param);
  const choices = choicesOf(field);
  return choices ? `${description}: ${choices.join(', ')}` : description;
}

/** Adds a flag for each parameter of `schema`: required where the route requires it, with its default. */
export function addQueryFlags(command: Command, schema: QuerySchema): Command {
  for (const [param, field] of Object.entries(schema.shape)) {
    const option = new Option(flagOf(param), helpOf(param, field));
    const absent = field.safeParse(undefined);
    if (!absent.success) option.makeOptionMandatory();
    else if (absent.data !== undefined) option.default(absent.data);
    command.addOption(option);
  }
  return command;
}

/** The flags' values under the route's parameter names, ready for a query string. */
export function queryOf(schema: QuerySchema, flags: Record<string, unknown>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.keys(schema.shape).map((param) => {
      const value = flags[new Option(flagOf(param)).attributeName()];
      return [param, value === undefined ? undefined : String(value)];
    }),
  );
}
