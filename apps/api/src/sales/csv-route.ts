// GET /sales.csv: My sales as a spreadsheet, the same filtered list as sales.list (every page of it),
// for a user of a seller organization signed in with the session cookie (a plain download link).
// Headings and statuses in the seller's language (`language=` or the browser's).
import { Readable } from 'node:stream';
import {
  DomainError,
  forbidden,
  isLanguage,
  type KeyStatus,
  type Language,
  type OfferType,
  SUBSCRIPTION_STATE_NAMES,
  type Text,
  unauthorized,
} from '@marketplace/domain';
import { salesCsvQuery } from '@marketplace/validators';
import type { FastifyInstance } from 'fastify';
import { requestLanguage } from '../http/language.ts';
import { cookieJar, resolveSession } from '../identity/sessions.ts';
import { MAX_PAGE_SIZE } from '../paging.ts';
import type { Services } from '../services.ts';
import { DOMAIN_ERROR_CODES, GENERIC_FAILURE, SIGN_IN } from '../trpc.ts';
import { CSV_BOM, csvRecord } from './csv.ts';
import { listSales, type SalesFilter, type SaleView } from './my-sales.ts';

const SELLERS_ONLY: Text = {
  en: 'Only the users of a seller organization can export its sales.',
  fr: "Seuls les utilisateurs d'une organisation vendeur peuvent exporter ses ventes.",
};
const WRONG_FILTER: Text = {
  en: 'This export link is not valid: export again from My sales.',
  fr: "Ce lien d'export n'est pas valide : exportez de nouveau depuis Mes ventes.",
};

const HEADINGS: Record<Language, string[]> = {
  en: [
    'Subscription ID',
    'Product',
    'Offer',
    'Offer type',
    'Buyer organization',
    'Region',
    'OUTSCALE accounts',
    'Subscribed on',
    'Activation date',
    'End date',
    'Status',
    'Licence key',
    'Key version',
  ],
  fr: [
    'ID de la souscription',
    'Produit',
    'Offre',
    "Type d'offre",
    'Organisation acheteuse',
    'Région',
    'Comptes OUTSCALE',
    'Souscrit le',
    "Date d'activation",
    'Date de fin',
    'Statut',
    'Clé de licence',
    'Version de la clé',
  ],
};

const KEY_STATUS_NAMES: Record<KeyStatus, Text> = {
  not_needed: { en: 'Not needed', fr: 'Non nécessaire' },
  awaiting: { en: 'To allocate', fr: 'À attribuer' },
  allocated: { en: 'Allocated', fr: 'Attribuée' },
};
const OFFER_TYPE_NAMES: Record<OfferType, Text> = {
  hourly: { en: 'Hourly', fr: 'À l’heure' },
  free: { en: 'Free / open source', fr: 'Gratuit / open source' },
  byol: { en: 'Bring your own licence', fr: 'Licence existante (BYOL)' },
  subscription: { en: 'Subscription', fr: 'Offre abonnement' },
};

const day = (iso: string | null) => iso?.slice(0, 10) ?? '';
const inLanguage = (text: Text, language: Language) => text[language] || text.en || text.fr;

function row(sale: SaleView, language: Language): string {
  return csvRecord([
    sale.id,
    inLanguage(sale.product.name, language),
    inLanguage(sale.offer.title, language),
    OFFER_TYPE_NAMES[sale.offer.type][language],
    sale.buyer.name,
    sale.region,
    sale.outscaleAccountIds.join(' '),
    day(sale.createdAt),
    day(sale.activatesAt),
    day(sale.endsAt),
    SUBSCRIPTION_STATE_NAMES[sale.state][language],
    KEY_STATUS_NAMES[sale.keyStatus][language],
    sale.key ? String(sale.key.version) : '',
  ]);
}

export function registerSalesRoutes(app: FastifyInstance, services: Services): void {
  app.get<{ Querystring: Record<string, string> }>('/sales.csv', async (request, reply) => {
    let language = requestLanguage(request.headers);
    reply.header('cache-control', 'private, no-store');
    try {
      const parsed = salesCsvQuery.safeParse(request.query);
      if (parsed.success && isLanguage(parsed.data.language)) language = parsed.data.language;
      const cookies = cookieJar(request.headers.cookie, () => {}, false);
      const auth = await resolveSession(services.orm.em.fork(), cookies, services.now());
      if (!auth) throw unauthorized(SIGN_IN);
      const { account, organization } = auth;
      if (!organization || !account.roles.includes('user') || !organization.types.includes('seller')) {
        throw forbidden(SELLERS_ONLY);
      }
      if (!parsed.success) {
        return reply.code(400).send({ error: { message: WRONG_FILTER[language], code: 'BAD_REQUEST' } });
      }
      const seller = organization;
      const filter: SalesFilter = parsed.data;
      const today = services.now().toISOString().slice(0, 10);
      async function* lines() {
        yield CSV_BOM + csvRecord(HEADINGS[language]);
        let cursor: string | undefined;
        do {
          // A fork per page: the identity map does not grow with the export.
          const page = await listSales(services.orm.em.fork(), seller, {
            ...filter,
            cursor,
            limit: MAX_PAGE_SIZE,
          });
          yield page.items.map((sale) => row(sale, language)).join('');
          cursor = page.nextCursor ?? undefined;
        } while (cursor);
      }
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="sales-${today}.csv"`)
        .header('x-content-type-options', 'nosniff')
        .send(Readable.from(lines()));
    } catch (error) {
      if (error instanceof DomainError) {
        return reply.code(error.kind === 'unauthorized' ? 401 : 403).send({
          error: { message: error.messageIn(language), code: DOMAIN_ERROR_CODES[error.kind] },
        });
      }
      request.log.error({ err: error }, 'sales export failed');
      return reply
        .code(500)
        .send({ error: { message: GENERIC_FAILURE[language], code: 'INTERNAL_SERVER_ERROR' } });
    }
  });
}
