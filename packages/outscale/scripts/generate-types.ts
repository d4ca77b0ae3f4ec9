// Generates the wire types and the request schemas from the official OpenAPI file, so that neither the
// client nor the simulator types a request by hand. Run with `pnpm --filter @marketplace/outscale generate`.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { OPERATIONS } from './operations.ts';

type JsonSchema = {
  $ref?: string;
  type?: string;
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: string[];
  oneOf?: JsonSchema[];
  nullable?: boolean;
  additionalProperties?: boolean;
  pattern?: string;
  format?: string;
};

const refName = (ref: string): string => ref.replace('#/components/schemas/', '');

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// shared/ sits beside the repository root, here and in CI.
const specPath = resolve(packageRoot, '../../../shared/outscale/outscale-openapi-1.40.1.yaml');
const official = parse(readFileSync(specPath, 'utf8')) as {
  info: { version: string };
  security?: unknown[];
  paths: Record<string, { post: { operationId: string; security?: unknown[] } }>;
  components: { schemas: Record<string, JsonSchema> };
};

// The calls the marketplace and its simulator use, cut from the official file with every schema they
// reach: adding a call here and regenerating is all it takes to type it.
const spec = {
  version: official.info.version,
  paths: Object.fromEntries(
    OPERATIONS.map((name) => {
      const path = official.paths[`/${name}`];
      if (!path) throw new Error(`${name} is not in the official OpenAPI file`);
      return [`/${name}`, path];
    }),
  ),
  components: { schemas: reachableSchemas(official.components.schemas, OPERATIONS) },
};
const schemas = spec.components.schemas;

function reachableSchemas(all: Record<string, JsonSchema>, operations: readonly string[]) {
  const found = new Set<string>();
  const visit = (name: string) => {
    if (found.has(name)) return;
    const schema = all[name];
    if (!schema) throw new Error(`schema ${name} is missing from the official OpenAPI file`);
    found.add(name);
    JSON.stringify(schema, (key, value) => {
      if (key === '$ref' && typeof value === 'string') visit(refName(value));
      return value;
    });
  };
  visit('ErrorResponse'); // every call's error body
  for (const name of operations) {
    visit(`${name}Request`);
    visit(`${name}Response`);
  }
  return Object.fromEntries([...found].sort().map((name) => [name, all[name] as JsonSchema]));
}

function tsType(schema: JsonSchema): string {
  const base = ((): string => {
    if (schema.$ref) return refName(schema.$ref);
    if (schema.oneOf) return [...new Set(schema.oneOf.map(tsType))].join(' | ');
    if (schema.enum) return schema.enum.map((v) => `'${v}'`).join(' | ');
    switch (schema.type) {
      case 'string':
        return 'string';
      case 'integer':
      case 'number':
        return 'number';
      case 'boolean':
        return 'boolean';
      case 'array':
        return `${wrap(tsType(schema.items ?? {}))}[]`;
      case 'object':
        return schema.properties ? objectBody(schema) : 'Record<string, unknown>';
      default:
        return 'unknown';
    }
  })();
  return schema.nullable ? `${base} | null` : base;
}

const wrap = (t: string): string => (t.includes(' ') ? `(${t})` : t);

function doc(description: string | undefined, indent: string): string {
  if (!description) return '';
  const line = description.split('\n')[0]?.replace(/\*\//g, '*\\/').trim() ?? '';
  return line ? `${indent}/** ${line} */\n` : '';
}

function objectBody(schema: JsonSchema): string {
  const required = new Set(schema.required ?? []);
  const lines = Object.entries(schema.properties ?? {}).map(
    ([key, prop]) =>
      `${doc(prop.description, '  ')}  ${key}${required.has(key) ? '' : '?'}: ${tsType(prop)};`,
  );
  return `{\n${lines.join('\n')}\n}`;
}

function declaration(name: string, schema: JsonSchema): string {
  const body = schema.type === 'object' && schema.properties ? objectBody(schema) : tsType(schema);
  const keyword = body.startsWith('{') ? `export interface ${name} ` : `export type ${name} = `;
  return `${doc(schema.description, '')}${keyword}${body}${keyword.startsWith('export type') ? ';' : ''}`;
}

// Descriptions and examples are for people; the validator only needs the constraints.
function stripDocs(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'description' || key === 'example') continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([k, v]) => [k, stripDocs(v)]),
      );
    } else if (key === 'items') out.items = stripDocs(value as JsonSchema);
    else if (key === 'oneOf') out.oneOf = (value as JsonSchema[]).map(stripDocs);
    else (out as Record<string, unknown>)[key] = value;
  }
  return out;
}

const operations = Object.values(spec.paths).map((p) => ({
  name: p.post.operationId,
  public: Array.isArray(p.post.security) && p.post.security.length === 0,
}));
const hasProp = (schemaName: string, prop: string): boolean =>
  Boolean(schemas[schemaName]?.properties?.[prop]);
const union = (names: string[]): string => names.map((n) => `'${n}'`).join(' | ') || 'never';

const header = `// Generated by scripts/generate-types.ts from outscale-openapi-1.40.1.yaml (OUTSCALE API ${spec.version}).\n// Do not edit by hand: run \`pnpm --filter @marketplace/outscale generate\`.\n`;

const types = [
  header,
  ...Object.keys(schemas)
    .sort()
    .map((name) => declaration(name, schemas[name] ?? {})),
  `export interface Operations {\n${operations
    .map((o) => `  ${o.name}: { request: ${o.name}Request; response: ${o.name}Response };`)
    .join('\n')}\n}`,
  'export type ActionName = keyof Operations;',
  `export const actionNames: readonly ActionName[] = [${operations.map((o) => `'${o.name}'`).join(', ')}];`,
  `/** Calls the API answers without a signature. */\nexport const publicActions: readonly ActionName[] = [${operations
    .filter((o) => o.public)
    .map((o) => `'${o.name}'`)
    .join(', ')}];`,
  `/** Reads paginated with NextPageToken. */\nexport type TokenPaginatedAction = ${union(
    operations.filter((o) => hasProp(`${o.name}Request`, 'NextPageToken')).map((o) => o.name),
  )};`,
  `/** Reads paginated with FirstItem and HasMoreItems (the EIM reads). */\nexport type FirstItemPaginatedAction = ${union(
    operations
      .filter((o) => hasProp(`${o.name}Request`, 'FirstItem') && hasProp(`${o.name}Response`, 'HasMoreItems'))
      .map((o) => o.name),
  )};`,
].join('\n\n');

const stripped = Object.fromEntries(
  Object.keys(schemas)
    .sort()
    .map((name) => [name, stripDocs(schemas[name] ?? {})]),
);
const schemaModule = `${header}\nimport type { JsonSchema } from '../json-schema.ts';\n\nexport const apiVersion = '${spec.version}';\n\nexport const schemas: Record<string, JsonSchema> = ${JSON.stringify(stripped, null, 2)};\n`;

writeFileSync(resolve(packageRoot, 'src/generated/api.gen.ts'), `${types}\n`);
writeFileSync(resolve(packageRoot, 'src/generated/schemas.gen.ts'), schemaModule);
console.log(`generated ${operations.length} operations and ${Object.keys(schemas).length} schemas`);
