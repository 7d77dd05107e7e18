import { link, mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Label order shared by the fixture and the realistic model. */
export const FIXTURE_LABELS = ['contradiction', 'neutral', 'entailment'] as const;

export function bertConfig(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    model_type: 'bert',
    architectures: ['BertForSequenceClassification'],
    id2label: Object.fromEntries(FIXTURE_LABELS.map((label, id) => [String(id), label])),
    label2id: Object.fromEntries(FIXTURE_LABELS.map((label, id) => [label, id])),
    max_position_embeddings: 512,
    type_vocab_size: 2,
    ...extra,
  };
}

function special(content: string, id: number) {
  return { id, content, single_word: false, lstrip: false, rstrip: false, normalized: false, special: true };
}

/** A BERT WordPiece tokenizer whose pair template gives the second sequence type id 1. */
export function bertTokenizerJson(vocabulary: string[]): Record<string, unknown> {
  const vocab = Object.fromEntries(vocabulary.map((token, id) => [token, id]));
  const specials = ['[PAD]', '[UNK]', '[CLS]', '[SEP]'];
  const token = (id: string, typeId: number) => ({ SpecialToken: { id, type_id: typeId } });
  const sequence = (id: 'A' | 'B', typeId: number) => ({ Sequence: { id, type_id: typeId } });
  return {
    version: '1.0',
    truncation: null,
    padding: null,
    added_tokens: specials.map((content) => special(content, vocab[content])),
    normalizer: { type: 'BertNormalizer', clean_text: true, handle_chinese_chars: true, strip_accents: null, lowercase: true },
    pre_tokenizer: { type: 'BertPreTokenizer' },
    post_processor: {
      type: 'TemplateProcessing',
      single: [token('[CLS]', 0), sequence('A', 0), token('[SEP]', 0)],
      pair: [token('[CLS]', 0), sequence('A', 0), token('[SEP]', 0), sequence('B', 1), token('[SEP]', 1)],
      special_tokens: Object.fromEntries(['[CLS]', '[SEP]'].map((name) => [name, { id: name, ids: [vocab[name]], tokens: [name] }])),
    },
    decoder: { type: 'WordPiece', prefix: '##', cleanup: true },
    model: {
      type: 'WordPiece',
      unk_token: '[UNK]',
      continuing_subword_prefix: '##',
      max_input_chars_per_word: 100,
      vocab,
    },
  };
}

export const BERT_TOKENIZER_CONFIG = {
  tokenizer_class: 'BertTokenizer',
  model_max_length: 512,
  do_lower_case: true,
  cls_token: '[CLS]',
  sep_token: '[SEP]',
  pad_token: '[PAD]',
  unk_token: '[UNK]',
};

export interface ModelFolder {
  dir: string;
  config: Record<string, unknown>;
  tokenizer: Record<string, unknown>;
  /** One graph, written under each of `onnxFiles` (none: the caller writes the graphs). */
  onnx?: Uint8Array;
  onnxFiles: string[];
}

/** Writes a model folder in the layout transformers.js loads offline. */
export async function writeModelFolder(folder: ModelFolder): Promise<void> {
  await rm(folder.dir, { recursive: true, force: true });
  await mkdir(join(folder.dir, 'onnx'), { recursive: true });
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(join(folder.dir, 'config.json'), json(folder.config));
  await writeFile(join(folder.dir, 'tokenizer.json'), json(folder.tokenizer));
  await writeFile(join(folder.dir, 'tokenizer_config.json'), json(BERT_TOKENIZER_CONFIG));
  const [first, ...others] = folder.onnxFiles.map((file) => join(folder.dir, 'onnx', file));
  const graph = folder.onnx;
  if (!graph || !first) return;
  await writeFile(first, graph);
  // A hard link keeps a large graph from being stored twice; copy only where linking is refused.
  for (const other of others) await link(first, other).catch(() => writeFile(other, graph));
}
