import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
  it('cover every schema of the official subset, at its version', () => {
    const specUrl = new URL('../../../../../shared/outscale/outscale-openapi-subset.json', import.meta.url);
    if (!existsSync(specUrl)) {
      console.log('shared/ not found: generated files compared with nothing');
      return;
    }
    const spec = JSON.parse(readFileSync(specUrl, 'utf8')) as {
      version: string;
      components: { schemas: object };
    };
    expect(apiVersion).toBe(spec.version);
    expect(Object.keys(schemas).sort()).toEqual(Object.keys(spec.components.schemas).sort());
  });
});
