import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';

export const OPENAPI_CONFIG = {
  openapi: '3.0.3',
  info: {
    title: 'stance API',
    version: '1',
    description: 'Stances of countries and organisations on international topics, from news archives, with the evidence behind every number.',
  },
};

type OpenApiDocument = ReturnType<OpenAPIHono['getOpenAPIDocument']>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: { type?: string; enum?: unknown[]; default?: unknown; minimum?: number; maximum?: number };
}

function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

function schemaText(schema: Parameter['schema']): string {
  if (!schema) return '';
  const parts = [schema.enum ? schema.enum.join(' | ') : (schema.type ?? '')];
  if (schema.minimum !== undefined || schema.maximum !== undefined) parts.push(`${schema.minimum ?? ''}..${schema.maximum ?? ''}`);
  if (schema.default !== undefined) parts.push(`default ${schema.default}`);
  return parts.filter(Boolean).join(', ');
}

function parameterTable(parameters: Parameter[]): string {
  if (parameters.length === 0) return '';
  const rows = parameters.map(
    (p) =>
      `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? ' <b>required</b>' : ''}</td><td>${escapeHtml(p.in)}</td>` +
      `<td>${escapeHtml(schemaText(p.schema))}</td><td>${escapeHtml(p.description)}</td></tr>`,
  );
  return `<table><tr><th>Parameter</th><th>In</th><th>Type</th><th>Meaning</th></tr>${rows.join('')}</table>`;
}

function operationHtml(path: string, method: string, op: Record<string, unknown>): string {
  const responses = Object.entries((op.responses ?? {}) as Record<string, { description?: string; content?: Record<string, unknown> }>)
    .map(
      ([status, r]) =>
        `<li><b>${escapeHtml(status)}</b> ${escapeHtml(r.description)} <small>${escapeHtml(Object.keys(r.content ?? {}).join(', '))}</small></li>`,
    )
    .join('');
  return (
    `<section id="${escapeHtml(`${method}-${path}`)}"><h2><span class="m">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h2>` +
    `<p>${escapeHtml(op.summary)}</p>${op.description ? `<p class="d">${escapeHtml(op.description)}</p>` : ''}` +
    `${parameterTable((op.parameters ?? []) as Parameter[])}<ul>${responses}</ul></section>`
  );
}

/** A self-contained reference page (no scripts, no external styles) built from the OpenAPI document. */
export function docsHtml(doc: OpenApiDocument): string {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Record<string, unknown>>)
      .filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => ({ path, method, op })),
  );
  const index = operations.map(
    (o) => `<li><a href="#${escapeHtml(`${o.method}-${o.path}`)}">${escapeHtml(o.method.toUpperCase())} ${escapeHtml(o.path)}</a></li>`,
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.info.title)} reference</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#222}
code{background:#f3f3f3;padding:0 .2em}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
.m{background:#245;color:#fff;padding:0 .4em;border-radius:3px;font-size:.8em}section{border-top:1px solid #ddd;margin-top:1.5rem}.d{color:#555}</style></head>
<body><h1>${escapeHtml(doc.info.title)} <small>v${escapeHtml(doc.info.version)}</small></h1><p>${escapeHtml(doc.info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${escapeHtml(doc.openapi)}). Errors are <code>{"error": {"code", "message", "details"}}</code>.</p>
<ul>${index.join('')}</ul>${operations.map((o) => operationHtml(o.path, o.method, o.op)).join('')}</body></html>`;
}

export function registerDocsRoutes(app: OpenAPIHono): void {
  app.doc('/openapi.json', OPENAPI_CONFIG);
  const docs = createRoute({
    method: 'get',
    path: '/docs',
    summary: 'This reference as a readable page (works offline)',
    responses: { 200: { description: 'HTML reference built from /openapi.json', content: { 'text/html': { schema: z.string() } } } },
  });
  app.openapi(docs, (c) => c.html(docsHtml(app.getOpenAPIDocument(OPENAPI_CONFIG)), 200));
}
