import { GraphBuilder } from './onnx-builder.js';

export interface BertShape {
  layers: number;
  hidden: number;
  heads: number;
  intermediate: number;
  vocab: number;
  positions: number;
  labels: number;
  /**
   * int8 weights with dynamic int8 activations (DynamicQuantizeLinear → MatMulInteger), the
   * form onnxruntime's dynamic quantisation gives the `model_quantized.onnx` files of published
   * models.
   */
  quantized?: boolean;
}

/** Deterministic weights so two runs write the same file (mulberry32). */
function randomWeights(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  // Uniform with the standard deviation BERT initialises with (0.02).
  const spread = 0.02 * Math.sqrt(3);
  return (size: number) => Float32Array.from({ length: size }, () => (next() * 2 - 1) * spread);
}

class BertBuilder {
  readonly graph = new GraphBuilder();
  private readonly random = randomWeights(1234);

  constructor(readonly shape: BertShape) {
    const g = this.graph;
    g.scalar('half', 0.5);
    g.scalar('one', 1);
    g.scalar('sqrt2', Math.SQRT2);
    g.scalar('two', 2);
    g.scalar('epsilon', 1e-12);
    g.scalar('mask_value', -10000);
    g.scalar('attention_scale', 1 / Math.sqrt(shape.hidden / shape.heads));
    g.ints('zero_i', [0], []);
    g.ints('one_i', [1], []);
    g.ints('head_shape', [0, 0, shape.heads, shape.hidden / shape.heads]);
    g.ints('merged_shape', [0, 0, shape.hidden]);
    g.ints('mask_axes', [1, 2]);
  }

  matrix(name: string, rows: number, columns: number): string {
    return this.graph.floats(name, [rows, columns], this.random(rows * columns));
  }

  dense(input: string, name: string, rows: number, columns: number): string {
    const g = this.graph;
    const bias = g.floats(`${name}.bias`, [columns], new Float32Array(columns));
    const product = this.shape.quantized
      ? this.quantizedProduct(input, name, rows, columns)
      : g.op('MatMul', [input, this.matrix(`${name}.weight`, rows, columns)]);
    return g.op('Add', [product, bias]);
  }

  /** input × weight with symmetric per-tensor int8 weights and dynamically quantised uint8 input. */
  private quantizedProduct(input: string, name: string, rows: number, columns: number): string {
    const g = this.graph;
    const weights = this.random(rows * columns);
    const weightScale = weights.reduce((max, w) => Math.max(max, Math.abs(w)), 0) / 127 || 1;
    const quantised = Int8Array.from(weights, (w) => Math.round(w / weightScale));
    const weight = g.bytes(`${name}.weight_quantized`, [rows, columns], quantised);
    const weightZero = g.bytes(`${name}.weight_zero_point`, [], Int8Array.of(0));
    const [x, xScale, xZero] = g.opOutputs('DynamicQuantizeLinear', [input], 3);
    const integers = g.op('MatMulInteger', [x, weight, xZero, weightZero]);
    const scale = g.op('Mul', [xScale, g.scalar(`${name}.weight_scale`, weightScale)]);
    return g.op('Mul', [g.op('Cast', [integers], { to: 1 }), scale]);
  }

  layerNorm(input: string, name: string): string {
    const g = this.graph;
    const size = this.shape.hidden;
    const gamma = g.floats(`${name}.gamma`, [size], new Float32Array(size).fill(1));
    const beta = g.floats(`${name}.beta`, [size], new Float32Array(size));
    const centred = g.op('Sub', [input, g.op('ReduceMean', [input], { axes: [-1], keepdims: 1 })]);
    const variance = g.op('ReduceMean', [g.op('Pow', [centred, 'two'])], { axes: [-1], keepdims: 1 });
    const normalised = g.op('Div', [centred, g.op('Sqrt', [g.op('Add', [variance, 'epsilon'])])]);
    return g.op('Add', [g.op('Mul', [normalised, gamma]), beta]);
  }

  gelu(input: string): string {
    const g = this.graph;
    const erf = g.op('Erf', [g.op('Div', [input, 'sqrt2'])]);
    return g.op('Mul', [input, g.op('Mul', ['half', g.op('Add', ['one', erf])])]);
  }

  embeddings(): string {
    const g = this.graph;
    const { hidden, vocab, positions } = this.shape;
    const words = g.op('Gather', [this.matrix('word_embeddings', vocab, hidden), 'input_ids']);
    const length = g.op('Gather', [g.op('Shape', ['input_ids']), 'one_i']);
    const positionIds = g.op('Range', ['zero_i', length, 'one_i']);
    const placed = g.op('Gather', [this.matrix('position_embeddings', positions, hidden), positionIds]);
    const types = g.op('Gather', [this.matrix('token_type_embeddings', 2, hidden), 'token_type_ids']);
    return this.layerNorm(g.op('Add', [g.op('Add', [words, placed]), types]), 'embeddings.norm');
  }

  maskBias(): string {
    const g = this.graph;
    const mask = g.op('Cast', ['attention_mask'], { to: 1 });
    const blocked = g.op('Mul', [g.op('Sub', ['one', mask]), 'mask_value']);
    return g.op('Unsqueeze', [blocked, 'mask_axes']);
  }

  attention(input: string, maskBias: string, name: string): string {
    const g = this.graph;
    const h = this.shape.hidden;
    const heads = (value: string, perm: number[]) => g.op('Transpose', [g.op('Reshape', [value, 'head_shape'])], { perm });
    const query = heads(this.dense(input, `${name}.query`, h, h), [0, 2, 1, 3]);
    const key = heads(this.dense(input, `${name}.key`, h, h), [0, 2, 3, 1]);
    const value = heads(this.dense(input, `${name}.value`, h, h), [0, 2, 1, 3]);
    const scores = g.op('Add', [g.op('Mul', [g.op('MatMul', [query, key]), 'attention_scale']), maskBias]);
    const context = g.op('MatMul', [g.op('Softmax', [scores], { axis: -1 }), value]);
    const merged = g.op('Reshape', [g.op('Transpose', [context], { perm: [0, 2, 1, 3] }), 'merged_shape']);
    return this.dense(merged, `${name}.attention.output`, h, h);
  }

  layer(input: string, maskBias: string, index: number): string {
    const g = this.graph;
    const { hidden, intermediate } = this.shape;
    const name = `layer${index}`;
    const attended = this.layerNorm(g.op('Add', [this.attention(input, maskBias, name), input]), `${name}.attention.norm`);
    const expanded = this.gelu(this.dense(attended, `${name}.intermediate`, hidden, intermediate));
    const output = this.dense(expanded, `${name}.output`, intermediate, hidden);
    return this.layerNorm(g.op('Add', [output, attended]), `${name}.output.norm`);
  }

  build(): Uint8Array {
    const g = this.graph;
    const { hidden, labels, layers } = this.shape;
    const maskBias = this.maskBias();
    let state = this.embeddings();
    for (let index = 0; index < layers; index++) state = this.layer(state, maskBias, index);
    const cls = g.op('Gather', [state, 'zero_i'], { axis: 1 });
    const pooled = g.op('Tanh', [this.dense(cls, 'pooler', hidden, hidden)]);
    const classifierBias = g.floats('classifier.bias', [labels], new Float32Array(labels));
    g.op('Add', [g.op('MatMul', [pooled, this.matrix('classifier.weight', hidden, labels)]), classifierBias], {}, 'logits');
    return g.encode({ name: 'stance_realistic_nli', output: 'logits', labels, opset: 13 });
  }
}

/** A BERT-base-shaped sequence classifier (self-attention, GELU feed-forward, [CLS] pooler). */
export function bertGraph(shape: BertShape): Uint8Array {
  if (shape.hidden % shape.heads !== 0) {
    throw new Error(`Expected hidden size divisible by heads, got hidden ${shape.hidden} and ${shape.heads} heads`);
  }
  return new BertBuilder(shape).build();
}
