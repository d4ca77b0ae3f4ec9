// Text that nothing can store or send (NUL, half of a surrogate pair, a non-ASCII key) is refused as a
// field error in the caller's language, over real HTTP, where it used to fail as a 500; and so is a
// session cookie that does not decode.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMember } from './testing/fixtures.ts';
import { HttpClient, trpcError } from './testing/http-client.ts';
import { startTestMarketplace, type TestMarketplace } from './testing/marketplace.ts';

const LANGUAGES = { en: /control character|broken character|OUTSCALE key/, fr: /caractère|clé OUTSCALE/ };

describe('typed text that cannot be stored or sent', () => {
  let marketplace: TestMarketplace;
  const sellers: Record<'en' | 'fr', HttpClient> = {} as never;
  let productId: string;

  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    const member = await createMember(marketplace.services.orm, { types: ['seller', 'buyer'] });
    for (const language of ['en', 'fr'] as const) {
      sellers[language] = new HttpClient(marketplace.url, { 'x-language': language });
      await sellers[language].mutation('auth.login', { email: member.email, password: member.password });
    }
    await sellers.en.mutation('showcase.save', {
      companyName: 'Nimbus Linux SAS',
      description: { en: 'Hardened images', fr: 'Images durcies' },
      contactEmail: 'sales@nimbus.example',
      supportContact: 'support@nimbus.example',
    });
    ({ id: productId } = await sellers.en.mutation<{ id: string }>('products.create', {
      kind: 'omi',
      name: { en: 'Nimbus', fr: 'Nimbus' },
      shortDescription: { en: '', fr: '' },
      description: { en: '', fr: '' },
      categories: [],
      supportContact: '',
      offers: [{ type: 'free' }],
    }));
  });
  afterAll(() => marketplace.stop());

  /** Each call answers 400 with this field's error, in English and in French. */
  async function expectFieldError(call: (client: HttpClient) => Promise<unknown>, field: string) {
    for (const language of ['en', 'fr'] as const) {
      const error = await trpcError(call(sellers[language]));
      expect(error.status).toBe(400);
      expect(error.code).toBe('BAD_REQUEST');
      const fields = error.body.data.fieldErrors as Record<string, string[]>;
      expect(fields[field]?.[0]).toMatch(LANGUAGES[language]);
    }
  }

  it('refuses a NUL in the public search query', async () => {
    await expectFieldError(
      (client) => client.query('catalog.search', { q: 'linux\u0000', language: 'en' }),
      'q',
    );
    const anonymous = new HttpClient(marketplace.url);
    const error = await trpcError(anonymous.query('catalog.search', { q: '\u0000', language: 'fr' }));
    expect(error.status).toBe(400);
  });

  it('refuses half of a surrogate pair in a bilingual text of the showcase and of a product', async () => {
    await expectFieldError(
      (client) =>
        client.mutation('showcase.save', {
          companyName: 'Nimbus Linux SAS',
          description: { en: 'Hardened images \ud800', fr: 'Images durcies' },
          contactEmail: 'sales@nimbus.example',
          supportContact: 'support@nimbus.example',
        }),
      'description.en',
    );
    await expectFieldError(
      (client) => client.mutation('products.update', { id: productId, name: { en: 'Nimbus', fr: '\udc00' } }),
      'name.fr',
    );
  });

  it('refuses control characters in a one-line field, and keeps line breaks in a description', async () => {
    await expectFieldError(
      (client) => client.mutation('products.update', { id: productId, supportContact: 'a\u0001b' }),
      'supportContact',
    );
    await sellers.en.mutation('products.update', {
      id: productId,
      description: { en: 'First line\n\tSecond line 🚀', fr: 'Première ligne\r\nDeuxième' },
    });
    const product = await sellers.en.query<{ description: { en: string } }>('products.get', {
      id: productId,
    });
    expect(product.description.en).toBe('First line\n\tSecond line 🚀');
  });

  it('refuses an OUTSCALE access key that is not ASCII, at sign-up and when linking an account', async () => {
    await expectFieldError(
      (client) =>
        client.mutation('auth.signup', {
          organizationName: 'Nimbus',
          types: ['buyer'],
          region: 'eu-west-2',
          accessKey: 'AKключ00000000000000',
          secretKey: 'S'.repeat(40),
          language: 'en',
        }),
      'accessKey',
    );
    await expectFieldError(
      (client) =>
        client.mutation('outscaleAccounts.link', {
          region: 'eu-west-2',
          accessKey: 'AK00000000000000🔑',
          secretKey: 'S'.repeat(40),
        }),
      'accessKey',
    );
  });

  it('words the schemas’ refusals for people, in the caller’s language, never in zod’s words', async () => {
    const expected = {
      en: {
        region: ['Choose a region.'],
        accessKey: ['Enter the access key (16 to 64 characters).'],
        secretKey: ['Fill in this field.'],
      },
      fr: {
        region: ['Choisissez une région.'],
        accessKey: ['Saisissez la clé d’accès (16 à 64 caractères).'],
        secretKey: ['Renseignez ce champ.'],
      },
    };
    for (const language of ['en', 'fr'] as const) {
      const error = await trpcError(
        sellers[language].mutation('outscaleAccounts.link', { region: 'mars-1', accessKey: 'short' }),
      );
      expect(error.status).toBe(400);
      expect(error.body.data.fieldErrors).toEqual(expected[language]);
      expect(JSON.stringify(error.body)).not.toMatch(/expected|>=|Invalid input|Too small|Trop petit/);
    }
    const estimate = await trpcError(
      sellers.fr.query('catalog.estimate', {
        productId,
        offerId: productId,
        region: 'eu-west-2',
        vmType: 'tinav6.c2r4p2',
        vmCount: 2.5,
        commitment: 'on_demand',
      }),
    );
    expect(estimate.body.data.fieldErrors).toEqual({
      vmCount: ['Saisissez un nombre entier de 1 à 1\u202f000.'],
    });
  });

  it('takes a badly encoded session cookie as no session at all', async () => {
    for (const cookie of ['mp_session=%E0%A4%A', 'mp_session=%']) {
      const response = await fetch(`${marketplace.url}/trpc/auth.me`, { headers: { cookie } });
      expect(response.status).toBe(200);
    }
    const response = await fetch(`${marketplace.url}/trpc/products.list`, {
      headers: { cookie: 'mp_session=%E0%A4%A' },
    });
    expect(response.status).toBe(401);
  });
});
