import { LANGUAGES } from '@marketplace/domain';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  accountsCreateInput,
  authSignupInput,
  catalogEstimateInput,
  estimateForm,
  newPasswordForm,
  signUpForm,
  subscriptionsCreateInput,
} from './index.ts';
import { errorMapOf, issueMessage, localizeMessage, MESSAGES, message, say } from './messages.ts';

/** The messages of a failed parse in `language`, by field path, read as the pages and the server read them. */
function messages(schema: z.ZodType, value: unknown, language: 'en' | 'fr') {
  const byPath = (issues: z.core.$ZodIssue[], words: (issue: z.core.$ZodIssue) => string) => {
    const fields: Record<string, string[]> = {};
    for (const issue of issues) {
      const key = issue.path.join('.') || '_';
      fields[key] = [...(fields[key] ?? []), words(issue)];
    }
    return fields;
  };
  // The pages: the error map given to the parse (zodResolver's `error`).
  const mapped = schema.safeParse(value, { error: errorMapOf(language) });
  // The server: tRPC parses without a map; its error formatter words the final issues.
  const plain = schema.safeParse(value);
  if (mapped.success || plain.success) return {};
  const page = byPath(mapped.error.issues, (issue) => localizeMessage(issue.message, language));
  const server = byPath(plain.error.issues, (issue) => issueMessage(issue, language));
  expect(server).toEqual(page);
  return page;
}

describe('the error map', () => {
  it('has the same messages, with the same parameters, in both languages', () => {
    expect(Object.keys(MESSAGES.fr).sort()).toEqual(Object.keys(MESSAGES.en).sort());
    for (const key of Object.keys(MESSAGES.en) as (keyof typeof MESSAGES.en)[]) {
      const params = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(params(MESSAGES.fr[key]), key).toEqual(params(MESSAGES.en[key]));
      expect(MESSAGES.en[key].trim(), key).not.toBe('');
      expect(MESSAGES.fr[key], key).not.toMatch(/ [:;!?]/);
    }
  });

  it('words the generic issues for people, in English and in French', () => {
    expect(messages(z.object({ email: z.email() }), { email: 'nope' }, 'en')).toEqual({
      email: ['Enter an e-mail address such as name@example.com.'],
    });
    expect(messages(z.array(z.string()).min(1), [], 'fr')).toEqual({ _: ['Choisissez-en au moins un.'] });
    expect(messages(z.array(z.string()).min(3), [], 'en')).toEqual({ _: ['Choose at least 3.'] });
    expect(messages(z.string().max(10_000), 'x'.repeat(10_001), 'en')).toEqual({
      _: ['Enter at most 10,000 characters.'],
    });
    expect(messages(z.string().max(10_000), 'x'.repeat(10_001), 'fr')).toEqual({
      _: ['Saisissez au plus 10\u202f000 caractères.'],
    });
    expect(messages(z.string().min(1), '', 'en')).toEqual({ _: ['Fill in this field.'] });
    expect(messages(z.number().int(), 2.5, 'en')).toEqual({ _: ['Enter a whole number, without decimals.'] });
    expect(messages(z.number(), 'abc', 'fr')).toEqual({ _: ['Saisissez un nombre.'] });
    expect(messages(z.number().multipleOf(5), 3, 'en')).toEqual({ _: ['Enter a multiple of 5.'] });
    expect(messages(z.enum(['a', 'b']), 'c', 'fr')).toEqual({
      _: ['Choisissez l’une des options proposées.'],
    });
    expect(messages(z.strictObject({ a: z.string() }), { a: '', b: 1 }, 'en')).toEqual({
      _: ['Remove what this form does not know: b.'],
    });
    expect(messages(z.set(z.string()).max(1), new Set(['a', 'b']), 'en')).toEqual({
      _: ['Keep at most 1 in this list.'],
    });
    expect(messages(z.uuid(), 'not-an-id', 'en')).toEqual({
      _: ['This identifier is not valid: choose the item again from its list.'],
    });
    expect(messages(z.string().regex(/^a$/), 'b', 'fr')).toEqual({ _: ['Vérifiez l’écriture de ce champ.'] });
    expect(messages(z.url(), 'nope', 'en')).toEqual({
      _: ['Enter a web address starting with https://, such as https://example.com.'],
    });
    expect(
      messages(
        z.string().refine(() => false),
        'x',
        'en',
      ),
    ).toEqual({ _: ['Check this field.'] });
    expect(messages(z.object({ a: z.string() }), {}, 'fr')).toEqual({ a: ['Renseignez ce champ.'] });
  });

  it('says what the schemas name: "Choose at least one region", the range of a whole number', () => {
    expect(
      messages(subscriptionsCreateInput.pick({ outscaleAccountIds: true }), { outscaleAccountIds: [] }, 'en'),
    ).toEqual({ outscaleAccountIds: ['Choose at least one OUTSCALE account.'] });
    expect(messages(z.array(z.string()).min(1, say('chooseRegions')), [], 'en')).toEqual({
      _: ['Choose at least one region.'],
    });
    for (const vmCount of [0, -3, 2.5, 'abc', 1_000_000]) {
      expect(messages(catalogEstimateInput.pick({ vmCount: true }), { vmCount }, 'en')).toEqual({
        vmCount: ['Enter a whole number from 1 to 1,000.'],
      });
      expect(messages(catalogEstimateInput.pick({ vmCount: true }), { vmCount }, 'fr')).toEqual({
        vmCount: ['Saisissez un nombre entier de 1 à 1\u202f000.'],
      });
    }
    expect(messages(authSignupInput.pick({ types: true }), { types: [] }, 'fr')).toEqual({
      types: ['Choisissez au moins un type\u00a0: acheteur, vendeur, ou les deux.'],
    });
    expect(messages(accountsCreateInput.pick({ firstName: true }), { firstName: '  ' }, 'en')).toEqual({
      firstName: ['Enter the first name.'],
    });
  });

  it('reads the counts of the estimate as typed, and refuses what is not a whole number in range', () => {
    const count = estimateForm.shape.vmCount;
    expect(count.parse(' 12 ')).toBe(12);
    for (const typed of ['0', '-3', '2.5', 'abc', '1000000', '1,000', '']) {
      const result = count.safeParse(typed, { error: errorMapOf('en') });
      expect(result.success, typed).toBe(false);
      expect(result.error && issueMessage(result.error.issues[0] ?? {}, 'en')).toBe(
        'Enter a whole number from 1 to 1,000.',
      );
    }
    expect(estimateForm.shape.licences.parse('')).toBeUndefined();
  });

  it('checks the forms’ own fields: the terms, the confirmation, the password policy of the domain', () => {
    expect(messages(signUpForm.pick({ termsAccepted: true }), { termsAccepted: false }, 'en')).toEqual({
      termsAccepted: ['Accept the general terms of use to create the organization.'],
    });
    expect(messages(newPasswordForm, { password: 'Correct-Horse-9', confirmation: 'other' }, 'fr')).toEqual({
      confirmation: ['Les deux mots de passe sont différents.'],
    });
    expect(messages(newPasswordForm, { password: 'weak', confirmation: 'weak' }, 'en')).toEqual({
      password: ['Choose a password that meets every rule below.'],
    });
  });

  it('turns a named message back into words, and leaves any other text as it is', () => {
    for (const language of LANGUAGES) {
      expect(localizeMessage(say('wholeNumberRange', { min: 1, max: 5 }), language)).toBe(
        message('wholeNumberRange', language, { min: 1, max: 5 }),
      );
    }
    expect(localizeMessage('Already our words.', 'fr')).toBe('Already our words.');
    expect(issueMessage({ code: 'custom', params: { text: { en: 'Hello', fr: 'Bonjour' } } }, 'fr')).toBe(
      'Bonjour',
    );
  });
});
