// A Sirene directory over HTTP for development and tests: GET /siret/{siret} answers as INSEE's API 3.11
// does (the same JSON, statuses and French messages), from a seed of establishments, to a caller that
// sends the integration key.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SIRENE_KEY_HEADER, type SireneEstablishment, type SireneSiretAnswer } from '../sirene-api.ts';
import { DEMO_SIRENE_API_KEY, demoEstablishments } from './seed.ts';

export type SireneSimulator = {
  /** Base URL, as SIRENE_ENDPOINT takes it (`http://127.0.0.1:PORT/api-sirene/3.11`). */
  endpoint: string;
  apiKey: string;
  /** Adds or replaces an establishment (tests). */
  add(establishment: SireneEstablishment): void;
  close(): Promise<void>;
};

export type SireneSimulatorOptions = {
  port?: number;
  host?: string;
  apiKey?: string;
  establishments?: SireneEstablishment[];
};

const BASE_PATH = '/api-sirene/3.11';

export async function startSireneSimulator(options: SireneSimulatorOptions = {}): Promise<SireneSimulator> {
  const apiKey = options.apiKey ?? DEMO_SIRENE_API_KEY;
  const establishments = new Map(
    (options.establishments ?? demoEstablishments()).map((establishment) => [
      establishment.siret,
      establishment,
    ]),
  );
  const server = createServer((request, response) => answer(request, response, apiKey, establishments));
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://${host}:${port}${BASE_PATH}`,
    apiKey,
    add: (establishment) => establishments.set(establishment.siret, establishment),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(
  request: IncomingMessage,
  response: ServerResponse,
  apiKey: string,
  establishments: Map<string, SireneEstablishment>,
): void {
  const url = new URL(request.url ?? '/', 'http://sirene');
  const match = new RegExp(`^${BASE_PATH}/siret/([^/]*)$`).exec(url.pathname);
  if (request.method !== 'GET' || !match) {
    send(response, 404, { header: { statut: 404, message: 'Ressource non trouvée' } });
    return;
  }
  if (request.headers[SIRENE_KEY_HEADER.toLowerCase()] !== apiKey) {
    send(response, 401, {
      header: { statut: 401, message: 'Accès non autorisé : clé d’API absente ou invalide' },
    });
    return;
  }
  const siret = decoded(match[1] ?? '');
  if (siret === undefined || !/^\d{14}$/.test(siret)) {
    send(response, 400, {
      header: {
        statut: 400,
        message: `Erreur de syntaxe dans le paramètre siret=${(siret ?? '').slice(0, 40)}`,
      },
    });
    return;
  }
  const establishment = establishments.get(siret);
  if (!establishment) {
    send(response, 404, {
      header: { statut: 404, message: `Aucun élément trouvé pour le siret ${siret}` },
    });
    return;
  }
  send(response, 200, { header: { statut: 200, message: 'ok' }, etablissement: establishment });
}

/** The path segment decoded, or undefined when its percent-encoding is malformed (`%E0%A4%A`). */
function decoded(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, body: SireneSiretAnswer): void {
  response.writeHead(status, { 'content-type': 'application/json;charset=utf-8' });
  response.end(JSON.stringify(body));
}
