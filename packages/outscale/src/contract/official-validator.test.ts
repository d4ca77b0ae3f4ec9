import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { OPERATIONS } from '../../scripts/operations.ts';
import { apiVersion, schemas } from '../generated/schemas.gen.ts';
import { officialRequestValidator } from './official-validator.ts';

describe('the independent validator built from the official OpenAPI file', () => {
  const validator = officialRequestValidator();

  it('accepts valid requests and rejects invalid ones', () => {
    expect(validator.validate('ReadImages', { Filters: { ImageIds: ['ami-12345678'] } })).toBeUndefined();
    expect(validator.validate('ReadImages', { Filters: { ImageId: ['ami-12345678'] } })).toMatch(
      /additional/,
    );
    expect(validator.validate('CreateUser', {})).toMatch(/UserName/);
    expect(validator.validate('DeletePolicy', { PolicyOrn: 'x' })).toMatch(/pattern/);
    expect(validator.validate('Nope', {})).toMatch(/no official schema/);
  });
});

describe('the generated files', () => {
  it('type every call the marketplace uses, with the official schemas, at the official version', () => {
    const specUrl = new URL('../../../../../shared/outscale/outscale-openapi-1.40.1.yaml', import.meta.url);
    if (!existsSync(specUrl)) {
      console.log('shared/ not found: generated files compared with nothing');
      return;
    }
    const spec = parse(readFileSync(specUrl, 'utf8')) as {
      info: { version: string };
      components: { schemas: Record<string, unknown> };
    };
    expect(apiVersion).toBe(spec.info.version);
    for (const name of OPERATIONS) {
      expect(schemas[`${name}Request`]).toBeDefined();
      expect(schemas[`${name}Response`]).toBeDefined();
    }
    for (const name of Object.keys(schemas)) expect(spec.components.schemas[name]).toBeDefined();
  });
});
