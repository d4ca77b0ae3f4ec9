import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import {
  acceptedLicenceVersion,
  assertLicenceUpdatable,
  decideLicenceChange,
  licenceInForce,
} from './licence-versions.ts';
import { IN_FORCE_STATES, isInForce } from './lifecycle.ts';

const failure = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('which subscriptions a new agreement binds', () => {
  it('binds every subscription not ended, waiting ones included', () => {
    expect(IN_FORCE_STATES).toEqual([
      'awaiting_key',
      'scheduled',
      'awaiting_contract_holder',
      'active',
      'ending',
    ]);
    expect(isInForce('ended')).toBe(false);
    expect(isInForce('ending')).toBe(true);
  });
});

describe('a change of agreement', () => {
  it('makes the next version', () => {
    expect(
      decideLicenceChange({ number: 2, licence: 'https://a.example/v2' }, 'https://a.example/v3'),
    ).toEqual({ kind: 'new', number: 3 });
    expect(decideLicenceChange(null, 'https://a.example/v1')).toEqual({ kind: 'new', number: 1 });
  });

  it('makes none when it is the current agreement, whatever spaces surround it', () => {
    expect(decideLicenceChange({ number: 4, licence: '/files/abc' }, '  /files/abc\n')).toEqual({
      kind: 'unchanged',
      number: 4,
    });
  });

  it('refuses an empty agreement', () => {
    const error = failure(() => decideLicenceChange({ number: 1, licence: 'x' }, '   '));
    expect(error.kind).toBe('bad_request');
    expect(Object.keys(error.fields)).toEqual(['licence']);
  });
});

describe('products.update and the agreement', () => {
  it('lets a draft replace its agreement, and anyone send the current one again', () => {
    expect(() => assertLicenceUpdatable('draft', 'a', 'b')).not.toThrow();
    expect(() => assertLicenceUpdatable('draft', 'a', null)).not.toThrow();
    expect(() => assertLicenceUpdatable('published', 'a', ' a ')).not.toThrow();
  });

  it('refuses another agreement once published, pointing to changeLicence', () => {
    for (const state of ['published', 'unpublished'] as const) {
      const error = failure(() => assertLicenceUpdatable(state, 'a', 'b'));
      expect(error.kind).toBe('precondition_failed');
      expect(error.text.en).toContain('products.changeLicence');
      expect(failure(() => assertLicenceUpdatable(state, 'a', null)).kind).toBe('precondition_failed');
    }
  });
});

describe('the version a buyer accepts', () => {
  it('is the current one', () => {
    expect(acceptedLicenceVersion(3, { licenceAccepted: true })).toBe(3);
    expect(acceptedLicenceVersion(3, { licenceAccepted: true, licenceVersion: 3 })).toBe(3);
  });

  it('is none when the product has no agreement', () => {
    expect(acceptedLicenceVersion(null, {})).toBeNull();
  });

  it('must be accepted', () => {
    const error = failure(() => acceptedLicenceVersion(1, { licenceVersion: 1 }));
    expect(error.kind).toBe('bad_request');
    expect(Object.keys(error.fields)).toEqual(['licenceAccepted']);
  });

  it('refuses an older version read before the agreement changed, naming the current one', () => {
    const error = failure(() => acceptedLicenceVersion(3, { licenceAccepted: true, licenceVersion: 2 }));
    expect(error.kind).toBe('conflict');
    expect(error.text.en).toContain('read version 3');
    expect(error.text.fr).toContain('lisez la version 3');
  });
});

describe('the version in force', () => {
  it('is the newest of the history, in whatever order it is read', () => {
    expect(licenceInForce([{ version: 1 }, { version: 3 }, { version: 2 }])).toEqual({ version: 3 });
    expect(licenceInForce([])).toBeNull();
  });
});
