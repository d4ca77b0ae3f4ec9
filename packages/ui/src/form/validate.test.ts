import { describe, expect, it } from 'vitest';
import {
  emailError,
  normaliseTotpCode,
  rejectionReasonError,
  totpCodeError,
  validateAccount,
  validateChangePassword,
  validateKeys,
  validateNewPassword,
  validateSignIn,
  validateSignUp,
} from './validate.ts';

describe('emailError', () => {
  it('asks for an address, then for its shape', () => {
    expect(emailError('  ')).toBe('form.error.emailRequired');
    expect(emailError('jane@')).toBe('form.error.emailInvalid');
    expect(emailError(' jane@seller.example ')).toBeUndefined();
  });
});

describe('validateSignIn', () => {
  it('lists only the wrong fields', () => {
    expect(validateSignIn({ email: '', password: '' })).toEqual({
      email: 'form.error.emailRequired',
      password: 'form.error.passwordRequired',
    });
    expect(validateSignIn({ email: 'jane@seller.example', password: 'x' })).toEqual({});
  });
});

describe('TOTP codes', () => {
  it('accepts six digits, with or without spaces', () => {
    expect(totpCodeError('123456')).toBeUndefined();
    expect(totpCodeError('123 456')).toBeUndefined();
    expect(normaliseTotpCode(' 123 456 ')).toBe('123456');
  });

  it('refuses anything else', () => {
    expect(totpCodeError('12345')).toBe('form.error.codeInvalid');
    expect(totpCodeError('12345a')).toBe('form.error.codeInvalid');
    expect(totpCodeError('')).toBe('form.error.codeInvalid');
  });
});

describe('validateNewPassword', () => {
  it('needs a password that meets the policy', () => {
    expect(validateNewPassword({ password: 'short', confirmation: 'short' })).toEqual({
      password: 'form.error.passwordRules',
    });
  });

  it('needs the same password twice', () => {
    expect(validateNewPassword({ password: 'Correct-Horse-9', confirmation: '' })).toEqual({
      confirmation: 'form.error.confirmationRequired',
    });
    expect(validateNewPassword({ password: 'Correct-Horse-9', confirmation: 'Correct-Horse-8' })).toEqual({
      confirmation: 'form.error.confirmationMismatch',
    });
    expect(validateNewPassword({ password: 'Correct-Horse-9', confirmation: 'Correct-Horse-9' })).toEqual({});
  });

  it('also needs the current password to change it', () => {
    expect(
      validateChangePassword({
        currentPassword: '',
        password: 'Correct-Horse-9',
        confirmation: 'Correct-Horse-9',
      }),
    ).toEqual({ currentPassword: 'form.error.currentPasswordRequired' });
  });
});

describe('validateSignUp', () => {
  const complete = {
    organizationName: 'Nimbus Linux',
    types: ['seller'],
    accessKey: 'AKSELNIMBUSGOUV00000',
    secretKey: 'SKA17A038F0F47A2C1531E08D58DA155C2F66D3A',
    termsAccepted: true,
  };

  it('accepts a complete form', () => {
    expect(validateSignUp(complete)).toEqual({});
  });

  it('points at each missing part', () => {
    expect(
      validateSignUp({
        organizationName: 'N',
        types: [],
        accessKey: 'AK',
        secretKey: '',
        termsAccepted: false,
      }),
    ).toEqual({
      organizationName: 'form.error.organizationNameLength',
      types: 'form.error.typesRequired',
      accessKey: 'form.error.accessKeyInvalid',
      secretKey: 'form.error.secretKeyInvalid',
      termsAccepted: 'form.error.termsRequired',
    });
  });

  it('checks the keys by the lengths the API accepts', () => {
    expect(validateKeys({ accessKey: 'A'.repeat(65), secretKey: 'S'.repeat(16) })).toEqual({
      accessKey: 'form.error.accessKeyInvalid',
    });
  });
});

describe('validateAccount', () => {
  it('needs an e-mail, both names and a role', () => {
    expect(validateAccount({ email: 'x', firstName: ' ', lastName: '', roles: [] })).toEqual({
      email: 'form.error.emailInvalid',
      firstName: 'form.error.firstNameRequired',
      lastName: 'form.error.lastNameRequired',
      roles: 'form.error.rolesRequired',
    });
  });
});

describe('rejectionReasonError', () => {
  it('needs 5 to 2,000 characters', () => {
    expect(rejectionReasonError(' no ')).toBe('form.error.reasonLength');
    expect(rejectionReasonError('x'.repeat(2001))).toBe('form.error.reasonLength');
    expect(rejectionReasonError('Unknown company')).toBeUndefined();
  });
});
