import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { type BertShape, bertGraph } from './bert-graph.js';
import { bertConfig, bertTokenizerJson, writeModelFolder } from './fixture-files.js';
import { CUE_WORDS, fixtureVocabulary, TOPIC_WORDS } from './fixture-vocabulary.js';
import { GraphBuilder } from './onnx-builder.js';

export const FIXTURE_MODEL_NAME = 'stance-fixture-nli';
export const REALISTIC_MODEL_NAME = 'stance-realistic-nli';

export interface WrittenModel {
  name: string;
  dir: string;
}

/*
 * The fixture is a real NLI classifier over a bag of words, with hand-set weights.
 * Each word embedding switches on features: support cue, oppose cue, negation, one per topic word.
 * Premise and hypothesis are pooled separately (the segment comes from token_type_ids) into
 * feature presence, then three clamped layers compute:
 *   premise stance  = support cue without negation  vs  oppose cue or negated support
 *   hypothesis says = supports vs opposes
 *   topic overlap   = a topic word present in both segments
 * entailment when the stances agree on a shared topic, contradiction when they disagree,
 * neutral otherwise. It does not check who the actor is.
 */
const SUPPORT = 0;
const OPPOSE = 1;
const NEGATION = 2;
const TOPIC = 3;
const FEATURES = TOPIC + TOPIC_WORDS.length;

function embeddings(vocabulary: string[]): Float32Array {
  const table = new Float32Array(vocabulary.length * FEATURES);
  const mark = (words: readonly string[], feature: (index: number) => number) => {
    words.forEach((word, index) => {
      table[vocabulary.indexOf(word) * FEATURES + feature(index)] = 1;
    });
  };
  mark(CUE_WORDS.support, () => SUPPORT);
  mark(CUE_WORDS.oppose, () => OPPOSE);
  mark(CUE_WORDS.negation, () => NEGATION);
  mark(TOPIC_WORDS, (index) => TOPIC + index);
  return table;
}

/** A dense layer given as rows of `{ input index: weight }` per output unit. */
function dense(inputs: number, units: Array<{ weights: Record<number, number>; bias: number }>) {
  const weights = new Float32Array(inputs * units.length);
  units.forEach((unit, column) => {
    for (const [row, weight] of Object.entries(unit.weights)) weights[Number(row) * units.length + column] = weight;
  });
  return { weights, bias: Float32Array.from(units.map((unit) => unit.bias)), units: units.length };
}

function fixtureLayers() {
  const p = (feature: number) => feature;
  const h = (feature: number) => FEATURES + feature;
  const topics = TOPIC_WORDS.map((_, k) => k);
  const [u1, u2, u3, u4, u5] = [0, 1, 2, 3, 4];
  const overlap = (k: number) => 5 + k;
  const [sp, sn, g, hs, hn] = [0, 1, 2, 3, 4];
  const layer1 = dense(2 * FEATURES, [
    { weights: { [p(SUPPORT)]: 1, [p(NEGATION)]: -2 }, bias: 0 },
    { weights: { [p(OPPOSE)]: 1, [p(NEGATION)]: -2 }, bias: 0 },
    { weights: { [p(SUPPORT)]: 1, [p(NEGATION)]: 1 }, bias: -1 },
    { weights: { [h(SUPPORT)]: 1 }, bias: 0 },
    { weights: { [h(OPPOSE)]: 1 }, bias: 0 },
    ...topics.map((k) => ({ weights: { [p(TOPIC + k)]: 1, [h(TOPIC + k)]: 1 }, bias: -1 })),
  ]);
  const layer2 = dense(layer1.units, [
    { weights: { [u1]: 1, [u2]: -1, [u3]: -1 }, bias: 0 },
    { weights: { [u1]: -1, [u2]: 1, [u3]: 1 }, bias: 0 },
    { weights: Object.fromEntries(topics.map((k) => [overlap(k), 1])), bias: 0 },
    { weights: { [u4]: 1, [u5]: -1 }, bias: 0 },
    { weights: { [u4]: -1, [u5]: 1 }, bias: 0 },
  ]);
  const agree = (a: number, b: number) => ({ weights: { [a]: 1, [b]: 1, [g]: 1 }, bias: -2 });
  const layer3 = dense(layer2.units, [agree(sp, hs), agree(sn, hn), agree(sp, hn), agree(sn, hs)]);
  // Outputs in label order contradiction, neutral, entailment; neutral wins when nothing fires.
  const output = dense(layer3.units, [
    { weights: { 2: 6, 3: 6 }, bias: -1 },
    { weights: {}, bias: 2 },
    { weights: { 0: 6, 1: 6 }, bias: -1 },
  ]);
  return [layer1, layer2, layer3, output];
}

/** Sums the embeddings of the tokens whose mask is 1: [B,S] x [B,S,D] -> [B,D]. */
function maskedSum(graph: GraphBuilder, mask: string, embedded: string): string {
  const rows = graph.op('Unsqueeze', [mask, 'axis_one']);
  return graph.op('Flatten', [graph.op('MatMul', [rows, embedded])], { axis: 1 });
}

function fixtureGraph(vocabulary: string[]): Uint8Array {
  const graph = new GraphBuilder();
  graph.floats('embeddings', [vocabulary.length, FEATURES], embeddings(vocabulary));
  graph.ints('axis_one', [1]);
  graph.scalar('zero', 0);
  graph.scalar('one', 1);
  const embedded = graph.op('Gather', ['embeddings', 'input_ids']);
  const mask = graph.op('Cast', ['attention_mask'], { to: 1 });
  const types = graph.op('Cast', ['token_type_ids'], { to: 1 });
  const hypothesisMask = graph.op('Mul', [mask, types]);
  const premiseMask = graph.op('Sub', [mask, hypothesisMask]);
  const pooled = [maskedSum(graph, premiseMask, embedded), maskedSum(graph, hypothesisMask, embedded)];
  // Counts become presence (0 or 1), so two support cues do not read like a negated one.
  let value = graph.op('Clip', [graph.op('Concat', pooled, { axis: 1 }), 'zero', 'one']);
  const layers = fixtureLayers();
  layers.forEach((layer, index) => {
    const rows = layer.weights.length / layer.units;
    graph.floats(`w${index}`, [rows, layer.units], layer.weights);
    graph.floats(`b${index}`, [layer.units], layer.bias);
    const last = index === layers.length - 1;
    const affine = graph.op('Add', [graph.op('MatMul', [value, `w${index}`]), `b${index}`], {}, last ? 'logits' : undefined);
    value = last ? affine : graph.op('Clip', [affine, 'zero', 'one']);
  });
  return graph.encode({ name: 'stance_fixture_nli', output: 'logits', labels: 3, opset: 13 });
}

function onnxFileNames(quantized: boolean | undefined): string[] {
  if (quantized === undefined) return ['model.onnx', 'model_quantized.onnx'];
  return [quantized ? 'model_quantized.onnx' : 'model.onnx'];
}

/**
 * Writes the fixture model folder under `outDir`. By default the same float graph is written as
 * both `onnx/model.onnx` and `onnx/model_quantized.onnx`; `quantized: false` writes only the
 * float file name and `quantized: true` only the quantized one.
 */
export async function writeFixtureModel(outDir: string, options: { name?: string; quantized?: boolean } = {}): Promise<WrittenModel> {
  const name = options.name ?? FIXTURE_MODEL_NAME;
  const dir = join(outDir, name);
  const vocabulary = fixtureVocabulary();
  await writeModelFolder({
    dir,
    config: bertConfig({ vocab_size: vocabulary.length, hidden_size: FEATURES, num_hidden_layers: 0 }),
    tokenizer: bertTokenizerJson(vocabulary),
    onnx: fixtureGraph(vocabulary),
    onnxFiles: onnxFileNames(options.quantized),
  });
  return { name, dir };
}

/**
 * Writes a BERT-shaped encoder with random weights and the fixture tokenizer, for measuring
 * realistic compute. Its predictions mean nothing. `vocab` defaults to the tokenizer's size:
 * rows beyond it would never be looked up and only make the file larger.
 *
 * Like published models it comes as `onnx/model.onnx` (float) and `onnx/model_quantized.onnx`
 * (int8 weights, dynamically quantised activations), the file loaded by default; `precision`
 * writes only one of them.
 */
export async function writeRealisticModel(
  outDir: string,
  options: { name?: string; layers?: number; hidden?: number; heads?: number; vocab?: number; precision?: 'float' | 'int8' | 'both' } = {},
): Promise<WrittenModel> {
  const name = options.name ?? REALISTIC_MODEL_NAME;
  const precision = options.precision ?? 'both';
  const dir = join(outDir, name);
  const vocabulary = fixtureVocabulary();
  const hidden = options.hidden ?? 768;
  const shape: BertShape = {
    layers: options.layers ?? 12,
    hidden,
    heads: options.heads ?? 12,
    intermediate: hidden * 4,
    vocab: Math.max(options.vocab ?? vocabulary.length, vocabulary.length),
    positions: 512,
    labels: 3,
  };
  await writeModelFolder({
    dir,
    config: bertConfig({
      vocab_size: shape.vocab,
      hidden_size: shape.hidden,
      num_hidden_layers: shape.layers,
      num_attention_heads: shape.heads,
      intermediate_size: shape.intermediate,
    }),
    tokenizer: bertTokenizerJson(vocabulary),
    onnx: precision === 'int8' ? undefined : bertGraph(shape),
    onnxFiles: precision === 'int8' ? [] : ['model.onnx'],
  });
  if (precision !== 'float') await writeFile(join(dir, 'onnx', 'model_quantized.onnx'), bertGraph({ ...shape, quantized: true }));
  return { name, dir };
}
