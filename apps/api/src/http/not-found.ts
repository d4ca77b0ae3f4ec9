// What an address with nothing behind it answers (an unknown API path, a file route that does not
// exist, a worker's every path but its health): a 404 in the caller's language, shaped as the plain
// routes' other refusals (`{ error: { message, code } }`).
import type { Text } from '@marketplace/domain';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { requestLanguage } from './language.ts';

export const NOTHING_HERE: Text = {
  en: 'There is nothing at this address: check the link, or start again from the Marketplace’s home page.',
  fr: 'Il n’y a rien à cette adresse : vérifiez le lien, ou repartez de la page d’accueil de la Marketplace.',
};

export function answerNotFound(request: FastifyRequest, reply: FastifyReply) {
  const message = NOTHING_HERE[requestLanguage(request.headers, request.url)];
  return reply.code(404).send({ error: { message, code: 'NOT_FOUND' } });
}
