import type { ActionName } from '../generated/api.gen.ts';
import { schemas } from '../generated/schemas.gen.ts';
import type { JsonSchema } from '../json-schema.ts';
import { type ApiError, errors } from './api-error.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

const resolveRef = (schema: JsonSchema): JsonSchema =>
  schema.$ref ? (schemas[schema.$ref.replace('#/components/schemas/', '')] ?? {}) : schema;

/** Checks a request body against the official request schema of the action; the first fault wins. */
export function validateRequest(action: ActionName, body: unknown): ApiError | undefined {
  const schema = schemas[`${action}Request`];
  if (!schema) return errors.unknownAction(action);
  return check(schema, body, '');
}

function check(raw: JsonSchema, value: unknown, path: string): ApiError | undefined {
  const schema = resolveRef(raw);
  const field = path || 'body';
  if (value === null) return schema.nullable ? undefined : errors.invalidValue(field, 'null is not allowed');
  if (schema.oneOf) {
    const fits = schema.oneOf.some((option) => check(option, value, path) === undefined);
    return fits ? undefined : errors.invalidValue(field, 'it matches none of the allowed forms');
  }
  switch (schema.type) {
    case 'object':
      return checkObject(schema, value, path);
    case 'array': {
      if (!Array.isArray(value)) return errors.invalidValue(field, 'an array is expected');
      for (const [i, item] of value.entries()) {
        const fault = check(schema.items ?? {}, item, `${path}[${i}]`);
        if (fault) return fault;
      }
      return undefined;
    }
    case 'string':
      return checkString(schema, value, field);
    case 'integer':
      return Number.isInteger(value) ? undefined : errors.invalidValue(field, 'an integer is expected');
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
        ? undefined
        : errors.invalidValue(field, 'a number is expected');
    case 'boolean':
      return typeof value === 'boolean' ? undefined : errors.invalidValue(field, 'a boolean is expected');
    default:
      return undefined;
  }
}

function checkObject(schema: JsonSchema, value: unknown, path: string): ApiError | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errors.invalidValue(path || 'body', 'an object is expected');
  }
  const record = value as Record<string, unknown>;
  const properties = schema.properties ?? {};
  for (const key of Object.keys(record)) {
    if (!(key in properties) && schema.additionalProperties === false) {
      return errors.unknownParameter(path ? `${path}.${key}` : key);
    }
  }
  for (const key of schema.required ?? []) {
    if (record[key] === undefined) return errors.missingParameter(path ? `${path}.${key}` : key);
  }
  for (const [key, propSchema] of Object.entries(properties)) {
    if (record[key] === undefined) continue;
    const fault = check(propSchema, record[key], path ? `${path}.${key}` : key);
    if (fault) return fault;
  }
  return undefined;
}

function checkString(schema: JsonSchema, value: unknown, field: string): ApiError | undefined {
  if (typeof value !== 'string') return errors.invalidValue(field, 'a string is expected');
  if (schema.enum && !schema.enum.includes(value)) {
    return errors.invalidValue(field, `expected one of ${schema.enum.join(', ')}`);
  }
  if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
    return errors.invalidValue(field, `it does not match ${schema.pattern}`);
  }
  if (schema.format === 'date' && !DATE.test(value)) return errors.invalidValue(field, 'a date is expected');
  if (schema.format === 'date-time' && !DATE_TIME.test(value)) {
    return errors.invalidValue(field, 'a date-time is expected');
  }
  return undefined;
}
