import { existsSync, readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { schemas as shippedSchemas } from '../generated/schemas.gen.ts';

/** shared/ sits beside the repository root, on developers' machines and in CI. */
const officialSpecUrl = new URL(
  '../../../../../shared/outscale/outscale-openapi-1.40.1.yaml',
  import.meta.url,
);

type Node = Record<string, unknown>;

/** OpenAPI 3.0 schemas are almost JSON Schema: only `nullable` and the `$ref` base differ. */
function toJsonSchema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(toJsonSchema);
  if (!value || typeof value !== 'object') return value;
  const out: Node = {};
  for (const [key, child] of Object.entries(value as Node)) {
    if (key === 'description' || key === 'example' || key === 'nullable') continue;
    if (key === '$ref' && typeof child === 'string') {
      out.$ref = child.replace('#/components/schemas/', 'osc#/definitions/');
    } else if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(child as Node).map(([k, v]) => [k, toJsonSchema(v)]),
      );
    } else out[key] = toJsonSchema(child);
  }
  if ((value as Node).nullable && typeof out.type === 'string') out.type = [out.type, 'null'];
  return out;
}

/**
 * A validator built with Ajv straight from the official OpenAPI file, independent of the simulator's own
 * validation code, to check what the client sends. Falls back to the shipped copy when shared/ is absent.
 */
export function officialRequestValidator(): {
  source: string;
  /** A request by default; `'Response'` checks an answer against the official response schema. */
  validate(action: string, body: unknown, kind?: 'Request' | 'Response'): string | undefined;
  /** The same as `validate(action, body, 'Response')`. */
  validateResponse(action: string, body: unknown): string | undefined;
} {
  const fromShared = existsSync(officialSpecUrl);
  const schemas = fromShared
    ? (parse(readFileSync(officialSpecUrl, 'utf8')) as { components: { schemas: Node } }).components.schemas
    : shippedSchemas;
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/);
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  ajv.addFormat('byte', /^[A-Za-z0-9+/]*={0,2}$/);
  ajv.addFormat('double', () => true);
  ajv.addFormat('float', () => true);
  ajv.addSchema({ $id: 'osc', definitions: toJsonSchema(schemas) as Node });
  return {
    source: fromShared ? officialSpecUrl.pathname : 'the shipped copy (shared/ not found)',
    validate(action, body, kind = 'Request') {
      const check = ajv.getSchema(`osc#/definitions/${action}${kind}`);
      if (!check) return `no official schema for ${action}${kind}`;
      return check(body) ? undefined : ajv.errorsText(check.errors);
    },
    validateResponse(action, body) {
      return this.validate(action, body, 'Response');
    },
  };
}
