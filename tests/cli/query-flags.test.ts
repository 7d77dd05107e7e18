import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { CompareQuerySchema, TrendQuerySchema } from '../../api/params.js';
import { addQueryFlags, queryOf } from '../../cli/query-flags.js';

/** Parses `args` as a command made of `schema`'s flags would, and maps the result back to parameters. */
function roundTrip(schema: typeof TrendQuerySchema | typeof CompareQuerySchema, args: string[]) {
  const command = addQueryFlags(new Command('test').exitOverride(), schema);
  command.parse(args, { from: 'user' });
  return queryOf(schema, command.opts());
}

describe('query flags', () => {
  for (const [name, schema] of [
    ['trends', TrendQuerySchema],
    ['compare', CompareQuerySchema],
  ] as const) {
    it(`give ${name} a flag for every query parameter, which maps back to the parameter`, () => {
      const params = Object.keys(schema.shape);
      const args = params.flatMap((param) => [`--${param.replaceAll('_', '-')}`, `value of ${param}`]);
      expect(roundTrip(schema, args)).toEqual(Object.fromEntries(params.map((param) => [param, `value of ${param}`])));
    });
  }

  it("keep the route's defaults and requirements, and leave out what was not given", () => {
    expect(roundTrip(TrendQuerySchema, ['--topic', 'aukus', '--actors', 'CN'])).toEqual({
      topic: 'aukus',
      actors: 'CN',
      from: undefined,
      to: undefined,
      bucket: 'month',
      smooth: undefined,
      min_confidence: undefined,
      source: undefined,
      lang: undefined,
      scorer: undefined,
    });
    expect(() => roundTrip(TrendQuerySchema, ['--topic', 'aukus'])).toThrow(/required option '--actors <value>' not specified/);
  });

  it("describe each flag as the route's documentation does, with an enum's choices", () => {
    const help = addQueryFlags(new Command('test'), TrendQuerySchema).helpInformation();
    expect(help).toContain('Ignore records below this confidence (0..1)');
    expect(help.replace(/\s+/g, ' ')).toContain('Bucket size; weeks are ISO weeks (Monday): day, week, month, quarter, year (default: "month")');
  });
});
