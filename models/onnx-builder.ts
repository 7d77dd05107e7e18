import onnxProto from 'onnx-proto';

const { onnx } = onnxProto;

type NodeProto = onnxProto.onnx.INodeProto;
type TensorProto = onnxProto.onnx.ITensorProto;

export type Attribute = number | number[] | string;

/**
 * Collects nodes and weights of one ONNX graph. Every helper returns the name of the value it
 * produces, so graphs read as a chain of calls.
 */
export class GraphBuilder {
  private readonly nodes: NodeProto[] = [];
  private readonly initializers: TensorProto[] = [];
  private counter = 0;

  op(opType: string, inputs: string[], attributes: Record<string, Attribute> = {}, output?: string): string {
    return this.opOutputs(opType, inputs, 1, attributes, output)[0];
  }

  /** An op with `count` outputs, named `<output>`, `<output>_1`, … */
  opOutputs(opType: string, inputs: string[], count: number, attributes: Record<string, Attribute> = {}, output?: string): string[] {
    const name = output ?? `${opType.toLowerCase()}_${this.counter++}`;
    const outputs = Array.from({ length: count }, (_, i) => (i === 0 ? name : `${name}_${i}`));
    this.nodes.push({
      opType,
      input: inputs,
      output: outputs,
      name: `${name}_node`,
      attribute: Object.entries(attributes).map(([key, value]) => toAttribute(key, value)),
    });
    return outputs;
  }

  floats(name: string, dims: number[], values: Float32Array): string {
    const expected = dims.reduce((a, b) => a * b, 1);
    if (values.length !== expected) {
      throw new Error(`Expected ${expected} values for ${name} [${dims.join(', ')}], got ${values.length}`);
    }
    this.initializers.push({
      name,
      dims,
      dataType: onnx.TensorProto.DataType.FLOAT,
      rawData: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
    });
    return name;
  }

  /** Signed 8-bit weights (`int8`), or unsigned (`uint8`) for zero points. */
  bytes(name: string, dims: number[], values: Int8Array | Uint8Array): string {
    this.initializers.push({
      name,
      dims,
      dataType: values instanceof Int8Array ? onnx.TensorProto.DataType.INT8 : onnx.TensorProto.DataType.UINT8,
      rawData: new Uint8Array(values.buffer, values.byteOffset, values.byteLength),
    });
    return name;
  }

  ints(name: string, values: number[], dims: number[] = [values.length]): string {
    this.initializers.push({
      name,
      dims,
      dataType: onnx.TensorProto.DataType.INT64,
      rawData: new Uint8Array(BigInt64Array.from(values.map(BigInt)).buffer),
    });
    return name;
  }

  scalar(name: string, value: number): string {
    return this.floats(name, [], Float32Array.of(value));
  }

  encode(options: { name: string; output: string; labels: number; opset: number }): Uint8Array {
    const dynamic = (dims: string[]) => ({ dim: dims.map((dimParam) => ({ dimParam })) });
    const int64Input = (name: string) => ({
      name,
      type: { tensorType: { elemType: onnx.TensorProto.DataType.INT64, shape: dynamic(['batch', 'sequence']) } },
    });
    const model = onnx.ModelProto.create({
      irVersion: 7,
      producerName: 'stance',
      opsetImport: [{ domain: '', version: options.opset }],
      graph: {
        name: options.name,
        node: this.nodes,
        initializer: this.initializers,
        input: ['input_ids', 'attention_mask', 'token_type_ids'].map(int64Input),
        output: [
          {
            name: options.output,
            type: {
              tensorType: {
                elemType: onnx.TensorProto.DataType.FLOAT,
                shape: { dim: [{ dimParam: 'batch' }, { dimValue: options.labels }] },
              },
            },
          },
        ],
      },
    });
    return onnx.ModelProto.encode(model).finish();
  }
}

function toAttribute(name: string, value: Attribute): onnxProto.onnx.IAttributeProto {
  const { AttributeType } = onnx.AttributeProto;
  if (typeof value === 'string') return { name, type: AttributeType.STRING, s: new TextEncoder().encode(value) };
  if (Array.isArray(value)) return { name, type: AttributeType.INTS, ints: value };
  if (Number.isInteger(value)) return { name, type: AttributeType.INT, i: value };
  return { name, type: AttributeType.FLOAT, f: value };
}
