import { z } from 'zod';
import { StanceError } from '../../core/errors.js';
import builtin from './topics.json' with { type: 'json' };

const phrases = z.array(z.string().trim().min(1)).min(1);
const hypothesis = z
  .string()
  .trim()
  .refine((s) => s.includes('{actor}'), { message: 'a hypothesis must contain the placeholder {actor}' });

export const TopicSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected lower-case words joined by hyphens, e.g. "arctic-drilling"'),
  label: z.string().trim().min(3),
  description: z.string().trim().min(3),
  /** Phrases that alone make a sentence relevant, per ISO 639-1 language (same syntax as gazetteer aliases). */
  keywords: z.record(z.string().length(2), phrases),
  /**
   * Pairs of phrase groups: a sentence with a word from each group is relevant ("NATO" + "expand*").
   * A word marked `!` ("!invasion") names the opposite of the proposition, as `contrary` phrases do.
   */
  pairs: z.record(z.string().length(2), z.array(z.tuple([phrases, phrases]))).default({}),
  /**
   * Phrases naming the opposite of the proposition ("annexation" for a country's sovereignty):
   * they make a sentence relevant, and opposing them is supporting the topic.
   */
  contrary: z.record(z.string().length(2), phrases).default({}),
  /** Phrases that state a stance on this topic by themselves ("door remains open", "inseparable part of China"). */
  cues: z.record(z.string().length(2), z.object({ support: z.array(z.string()).default([]), oppose: z.array(z.string()).default([]) })).default({}),
  /** NLI hypotheses; `{actor}` becomes the actor's English name. */
  hypotheses: z.object({ support: hypothesis, oppose: hypothesis }),
});

export type TopicDefinition = z.infer<typeof TopicSchema>;
export type TopicInput = z.input<typeof TopicSchema>;

/** Validates a researcher's topic; the error lists every problem with its path. */
export function parseTopic(input: unknown): TopicDefinition {
  const parsed = TopicSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(topic)'}: ${i.message}`);
  throw new StanceError('bad_input', `invalid topic: ${problems.join('; ')}`, { issues: parsed.error.issues });
}

let builtinTopics: TopicDefinition[] | undefined;

export function builtinCatalogue(): TopicDefinition[] {
  builtinTopics ??= z.array(TopicSchema).parse(builtin);
  return builtinTopics;
}
