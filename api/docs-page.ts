import type { OpenAPIHono } from '@hono/zod-openapi';
import { EXAMPLES } from './examples.js';

/*
 * The reference page, built from the OpenAPI document alone: a parameter's description is the
 * one its zod schema carries, so a new parameter shows up here, described, as soon as a route
 * declares it (and the docs test fails for one without a description).
 */

export type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPIDocument']>;

interface Schema {
  $ref?: string;
  type?: string;
  enum?: unknown[];
  default?: unknown;
  minimum?: number;
  maximum?: number;
  description?: string;
  example?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
  nullable?: boolean;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: Schema;
}

interface Operation {
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { description?: string; content?: Record<string, { schema?: Schema; example?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: Schema; example?: unknown }> }>;
  'x-example-request'?: string;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

/** Every operation of the document with its method and path. */
export function operationsOf(doc: OpenApiDocument): Array<{ path: string; method: string; op: Operation }> {
  return Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>)
      .filter(([method]) => METHODS.includes(method))
      .map(([method, op]) => ({ path, method, op })),
  );
}

/** The document with each operation's example (examples.ts): the request line, its body, its first success's answer. */
export function withExamples(doc: OpenApiDocument): OpenApiDocument {
  for (const { path, method, op } of operationsOf(doc)) {
    const example = EXAMPLES[`${method.toUpperCase()} ${path}`];
    if (!example) continue;
    op['x-example-request'] = example.request;
    const body = op.requestBody?.content?.['application/json'];
    if (body && example.body !== undefined) body.example = example.body;
    const success = Object.entries(op.responses ?? {}).find(([status]) => status.startsWith('2'))?.[1];
    const content = success?.content && Object.values(success.content)[0];
    if (content) content.example = example.response;
  }
  return doc;
}

function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function resolve(doc: OpenApiDocument, schema: Schema | undefined): Schema | undefined {
  if (!schema?.$ref) return schema;
  const name = schema.$ref.split('/').pop()!;
  return (doc.components?.schemas as Record<string, Schema> | undefined)?.[name];
}

function typeText(doc: OpenApiDocument, raw: Schema | undefined): string {
  const schema = resolve(doc, raw);
  if (!schema) return '';
  if (schema.anyOf) return schema.anyOf.map((s) => typeText(doc, s)).join(' or ');
  const base = schema.enum ? schema.enum.join(' | ') : schema.type === 'array' ? `array of ${typeText(doc, schema.items) || 'items'}` : (schema.type ?? '');
  const parts = [base];
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${schema.minimum ?? ''}..${schema.maximum ?? ''}`);
  if (schema.default !== undefined) parts.push(`default ${schema.default}`);
  return parts.filter(Boolean).join(', ');
}

function parameterTable(doc: OpenApiDocument, parameters: Parameter[]): string {
  if (parameters.length === 0) return '<p class="d">No parameters.</p>';
  const rows = parameters.map((p) => {
    const example = p.schema?.example === undefined ? '' : ` <small>e.g. <code>${escapeHtml(p.schema.example)}</code></small>`;
    return (
      `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? ' <b>required</b>' : ''}</td><td>${escapeHtml(p.in)}</td>` +
      `<td>${escapeHtml(typeText(doc, p.schema))}</td><td>${escapeHtml(p.description ?? p.schema?.description)}${example}</td></tr>`
    );
  });
  return `<table><tr><th>Parameter</th><th>In</th><th>Type</th><th>Meaning</th></tr>${rows.join('')}</table>`;
}

/** The fields of a JSON body: an object's properties, or those of the object an array or a union holds. */
function bodyTable(doc: OpenApiDocument, op: Operation): string {
  const content = op.requestBody?.content?.['application/json'];
  if (!content) return '';
  const top = resolve(doc, content.schema);
  const object = [top, ...(top?.anyOf ?? []).map((s) => resolve(doc, s)), resolve(doc, top?.items)].find((s) => s?.properties);
  const rows = Object.entries(object?.properties ?? {}).map(
    ([name, field]) =>
      `<tr><td><code>${escapeHtml(name)}</code>${object?.required?.includes(name) ? ' <b>required</b>' : ''}</td><td>${escapeHtml(typeText(doc, field))}</td><td>${escapeHtml(resolve(doc, field)?.description)}</td></tr>`,
  );
  const intro = [op.requestBody?.description, object?.description].filter(Boolean).join('. ');
  return `<h3>Request body</h3><p>${escapeHtml(intro)}</p>${rows.length ? `<table><tr><th>Field</th><th>Type</th><th>Meaning</th></tr>${rows.join('')}</table>` : ''}`;
}

function shown(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

function exampleHtml(method: string, op: Operation): string {
  const request = op['x-example-request'];
  if (!request) return '';
  const body = op.requestBody?.content?.['application/json']?.example;
  const success = Object.entries(op.responses ?? {}).find(([status]) => status.startsWith('2'));
  const answer = success?.[1].content && Object.values(success[1].content)[0]?.example;
  return (
    `<h3>Example</h3><pre>${escapeHtml(`${method.toUpperCase()} ${request}`)}${body === undefined ? '' : `\n\n${escapeHtml(shown(body))}`}</pre>` +
    (answer === undefined ? '' : `<p class="d">answers ${escapeHtml(success![0])}:</p><pre>${escapeHtml(shown(answer))}</pre>`)
  );
}

function operationHtml(doc: OpenApiDocument, path: string, method: string, op: Operation): string {
  const responses = Object.entries(op.responses ?? {})
    .map(
      ([status, r]) =>
        `<li><b>${escapeHtml(status)}</b> ${escapeHtml(r.description)} <small>${escapeHtml(Object.keys(r.content ?? {}).join(', '))}</small></li>`,
    )
    .join('');
  return (
    `<section id="${escapeHtml(`${method}-${path}`)}"><h2><span class="m">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h2>` +
    `<p>${escapeHtml(op.summary)}</p>${op.description ? `<p class="d">${escapeHtml(op.description)}</p>` : ''}` +
    `${parameterTable(doc, op.parameters ?? [])}${bodyTable(doc, op)}${exampleHtml(method, op)}<h3>Responses</h3><ul>${responses}</ul></section>`
  );
}

/** A self-contained reference page (no scripts, no external styles) built from the OpenAPI document. */
export function docsHtml(doc: OpenApiDocument): string {
  const operations = operationsOf(doc);
  const index = operations.map(
    (o) =>
      `<li><a href="#${escapeHtml(`${o.method}-${o.path}`)}">${escapeHtml(o.method.toUpperCase())} ${escapeHtml(o.path)}</a> ${escapeHtml(o.op.summary)}</li>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)} reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:62rem;margin:2rem auto;padding:0 1rem;color:#222}
code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
pre{background:#f6f6f6;padding:.5rem .75rem;overflow-x:auto;max-height:24rem;font-size:13px}h3{font-size:1rem;margin:1rem 0 .25rem}
.m{background:#245;color:#fff;padding:0 .4em;border-radius:3px;font-size:.8em}section{border-top:1px solid #ddd;margin-top:1.5rem}.d{color:#555}</style></head>
<body><h1>${escapeHtml(doc.info.title)} <small>v${escapeHtml(doc.info.version)}</small></h1><p>${escapeHtml(doc.info.description)}</p>
<p>Explore the data in the <a href="/">dashboard</a>. Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)}). Errors are <code>{"error": {"code", "message", "details"}}</code>; the message says what was expected and what to do.</p>
<p>Each example's answer is what this API answers on a database built by <code>stance run examples/</code> from the sample articles in the repository, after the two POST examples (long lists are cut to their first items, SVG and HTML to their start).</p>
<ul>${index.join('')}</ul>${operations.map((o) => operationHtml(doc, o.path, o.method, o.op)).join('')}</body></html>`;
}
