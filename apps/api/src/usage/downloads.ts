// The usage downloads, plain links signed in with the session cookie (as GET /sales.csv):
//   GET /usage/spend.csv?from=YYYY-MM&to=YYYY-MM           a user of the buyer organization
//   GET /usage/revenue.csv?from=YYYY-MM&to=YYYY-MM         a user of a seller organization
//   GET /usage/spend-statement.pdf?month=YYYY-MM           the buyer's monthly statement
//   GET /usage/revenue-statement.pdf?month=YYYY-MM         the seller's monthly statement
// In the person's language (`language=` or the browser's). The figures are the reports behind
// usage.spend and usage.revenue, so a download never says something the page does not.

import type { Organization } from '@marketplace/db';
import {
  DomainError,
  type DomainErrorKind,
  forbidden,
  isLanguage,
  type Language,
  type Text,
  unauthorized,
} from '@marketplace/domain';
import { usageCsvQuery, usageStatementQuery } from '@marketplace/validators';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { requestLanguage } from '../http/language.ts';
import { cookieJar, resolveSession } from '../identity/sessions.ts';
import type { Services } from '../services.ts';
import { DOMAIN_ERROR_CODES, GENERIC_FAILURE, SIGN_IN } from '../trpc.ts';
import { MAX_REPORT_MONTHS, revenueReport, spendReport } from './reports.ts';
import { renderStatement, statementNumber } from './statement-pdf.ts';
import { revenueCsv, spendCsv } from './usage-csv.ts';

type Side = 'spend' | 'revenue';

const REFUSED: Record<Side, Text> = {
  spend: {
    en: 'Only the users of a buyer organization can download its spend.',
    fr: "Seuls les utilisateurs d'une organisation acheteuse peuvent télécharger ses dépenses.",
  },
  revenue: {
    en: 'Only the users of a seller organization can download its revenue.',
    fr: "Seuls les utilisateurs d'une organisation vendeur peuvent télécharger ses revenus.",
  },
};

/** Downloads cover at most what a report covers. */
const MAX_MONTHS = MAX_REPORT_MONTHS;

const badMonth = (field: string, example: string): Text => ({
  en: `The ${field} parameter must be a month written YYYY-MM, for example ${example}.`,
  fr: `Le paramètre ${field} doit être un mois écrit AAAA-MM, par exemple ${example}.`,
});
const BACKWARDS: Text = {
  en: 'The first month (from) must not come after the last one (to).',
  fr: 'Le premier mois (from) ne doit pas venir après le dernier (to).',
};
const TOO_LONG: Text = {
  en: `A download covers at most ${MAX_MONTHS} months: choose a shorter range.`,
  fr: `Un téléchargement couvre au plus ${MAX_MONTHS} mois : choisissez une période plus courte.`,
};

const monthIndex = (month: string) => Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;

/** A problem with the address's months, or null when they are fine. */
export function monthsProblem(
  query: Record<string, string | undefined>,
  fields: readonly ('from' | 'to' | 'month')[],
  example: string,
): Text | null {
  // The schema of the address (@marketplace/validators); its first wrong month names the message.
  const schema = fields.includes('month') ? usageStatementQuery : usageCsvQuery;
  const parsed = schema.safeParse(query);
  if (!parsed.success) {
    const field = fields.find((name) => parsed.error.issues.some((issue) => issue.path[0] === name));
    return badMonth(field ?? fields[0] ?? 'month', example);
  }
  const { from, to } = query;
  if (from && to) {
    if (monthIndex(from) > monthIndex(to)) return BACKWARDS;
    if (monthIndex(to) - monthIndex(from) + 1 > MAX_MONTHS) return TOO_LONG;
  }
  return null;
}

type Member = { organization: Organization; language: Language; query: Record<string, string> };

/**
 * The signed-in member allowed to download this side, or the refusal already sent: 401 without a
 * session, 403 for another role or organization type, 400 for months that are not months.
 */
async function member(
  services: Services,
  request: FastifyRequest<{ Querystring: Record<string, string> }>,
  reply: FastifyReply,
  side: Side,
  fields: readonly ('from' | 'to' | 'month')[],
): Promise<Member | null> {
  const query = request.query ?? {};
  const language: Language = isLanguage(query.language) ? query.language : requestLanguage(request.headers);
  reply.header('cache-control', 'private, no-store');
  const refuse = (error: DomainError) => {
    reply.code(error.kind === 'unauthorized' ? 401 : 403).send({
      error: { message: error.messageIn(language), code: DOMAIN_ERROR_CODES[error.kind] },
    });
    return null;
  };
  const cookies = cookieJar(request.headers.cookie, () => {}, false);
  const auth = await resolveSession(services.orm.em.fork(), cookies, services.now());
  if (!auth) return refuse(unauthorized(SIGN_IN));
  const { account, organization } = auth;
  const type = side === 'spend' ? 'buyer' : 'seller';
  if (!organization || !account.roles.includes('user') || !organization.types.includes(type)) {
    return refuse(forbidden(REFUSED[side]));
  }
  const problem = monthsProblem(query, fields, services.now().toISOString().slice(0, 7));
  if (problem) {
    reply.code(400).send({ error: { message: problem[language], code: 'BAD_REQUEST' } });
    return null;
  }
  return { organization, language, query };
}

type Handler = (
  request: FastifyRequest<{ Querystring: Record<string, string> }>,
  reply: FastifyReply,
) => unknown;

const STATUS: Record<DomainErrorKind, number> = {
  bad_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  precondition_failed: 412,
  payload_too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
};

/**
 * A report's refusal answers its status and message; any unexpected failure the generic message,
 * logged with its cause. Both in the person's language.
 */
function guarded(handler: Handler): Handler {
  return async (request, reply) => {
    try {
      return await handler(request, reply);
    } catch (error) {
      const query = request.query ?? {};
      const language = isLanguage(query.language) ? query.language : requestLanguage(request.headers);
      if (error instanceof DomainError) {
        return reply.code(STATUS[error.kind]).send({
          error: { message: error.messageIn(language), code: DOMAIN_ERROR_CODES[error.kind] },
        });
      }
      request.log.error({ err: error }, 'usage download failed');
      return reply
        .code(500)
        .send({ error: { message: GENERIC_FAILURE[language], code: 'INTERNAL_SERVER_ERROR' } });
    }
  };
}

const attachment = (reply: FastifyReply, type: string, filename: string) =>
  reply
    .type(type)
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('x-content-type-options', 'nosniff');

export function registerUsageRoutes(app: FastifyInstance, services: Services): void {
  const csvRoute = (side: Side) =>
    guarded(async (request, reply) => {
      const allowed = await member(services, request, reply, side, ['from', 'to']);
      if (!allowed) return reply;
      const { organization, language, query } = allowed;
      const range = { from: query.from ?? '', to: query.to ?? '' };
      const em = services.orm.em.fork();
      const body =
        side === 'spend'
          ? spendCsv(await spendReport(em, organization, range, services.now()), language)
          : revenueCsv(await revenueReport(em, organization, range, services.now()), language);
      return attachment(reply, 'text/csv; charset=utf-8', `${side}-${range.from}-${range.to}.csv`).send(body);
    });

  const statementRoute = (side: Side) =>
    guarded(async (request, reply) => {
      const allowed = await member(services, request, reply, side, ['month']);
      if (!allowed) return reply;
      const { organization, language, query } = allowed;
      const month = query.month ?? '';
      const range = { from: month, to: month };
      const em = services.orm.em.fork();
      const party = { organizationId: organization.id, organizationName: organization.name };
      const issuedAt = services.now();
      const pdf =
        side === 'spend'
          ? await renderStatement({
              kind: 'spend',
              month,
              report: await spendReport(em, organization, range, services.now()),
              party,
              issuedAt,
              language,
            })
          : await renderStatement({
              kind: 'revenue',
              month,
              report: await revenueReport(em, organization, range, services.now()),
              party,
              issuedAt,
              language,
            });
      const number = statementNumber(side, organization.id, month);
      return attachment(reply, 'application/pdf', `statement-${number}.pdf`).send(pdf);
    });

  app.get('/usage/spend.csv', csvRoute('spend'));
  app.get('/usage/revenue.csv', csvRoute('revenue'));
  app.get('/usage/spend-statement.pdf', statementRoute('spend'));
  app.get('/usage/revenue-statement.pdf', statementRoute('revenue'));
}
