// Looks a SIRET up in the Sirene directory (INSEE's API, or the simulator) to fill in the company's name
// and address at sign-up. Only the establishment's public record is read; nothing is written.
import { normalizeSiret, siretProblem } from '@marketplace/domain';
import { SIRENE_KEY_HEADER, type SireneEstablishment, type SireneSiretAnswer } from './sirene-api.ts';

/** A company as the marketplace records it from Sirene. */
export type SireneCompany = {
  siret: string;
  siren: string;
  name: string;
  address: { street: string; postalCode: string; city: string };
  /** False for a closed establishment or a ceased company: it cannot sign up. */
  active: boolean;
};

/** The directory could not answer (down, too many requests, an answer we cannot read): try later. */
export class SireneUnavailableError extends Error {
  override name = 'SireneUnavailableError';
}

/** The directory refused the marketplace's key: an operator must fix SIRENE_API_KEY. */
export class SireneRefusedError extends Error {
  override name = 'SireneRefusedError';
}

export type SireneClientOptions = {
  /** Base URL: INSEE's `https://api.insee.fr/api-sirene/3.11`, or the simulator's. */
  endpoint: string;
  apiKey: string;
  /** How long one lookup may take, in milliseconds (default 5 s). */
  timeoutMs?: number;
};

export class SireneClient {
  constructor(private readonly options: SireneClientOptions) {}

  /** The establishment of `typed` (spaces allowed), or null when the directory has none; throws on a malformed SIRET. */
  async establishment(typed: string): Promise<SireneCompany | null> {
    const siret = normalizeSiret(typed);
    const problem = siretProblem(siret);
    if (problem) throw new RangeError(`not a SIRET (${problem}): ${typed}`);
    let response: Response;
    try {
      response = await fetch(`${this.options.endpoint}/siret/${siret}`, {
        headers: { accept: 'application/json', [SIRENE_KEY_HEADER]: this.options.apiKey },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 5_000),
      });
    } catch (error) {
      throw new SireneUnavailableError('the Sirene directory did not answer', { cause: error });
    }
    if (response.status === 404) return null;
    if (response.status === 401 || response.status === 403) {
      throw new SireneRefusedError(`the Sirene directory refused the API key (HTTP ${response.status})`);
    }
    if (!response.ok)
      throw new SireneUnavailableError(`the Sirene directory answered HTTP ${response.status}`);
    const body = (await response.json().catch(() => undefined)) as SireneSiretAnswer | undefined;
    if (!body?.etablissement)
      throw new SireneUnavailableError('the Sirene directory answered without an establishment');
    return companyOf(body.etablissement);
  }
}

/** Sirene's record as the marketplace words it: the company's name, one street line, open or not. */
export function companyOf(establishment: SireneEstablishment): SireneCompany {
  const unit = establishment.uniteLegale;
  const name =
    unit.denominationUniteLegale ??
    [unit.prenom1UniteLegale, unit.nomUniteLegale].filter((part) => part).join(' ');
  const address = establishment.adresseEtablissement;
  const street = [
    address.numeroVoieEtablissement,
    address.typeVoieEtablissement,
    address.libelleVoieEtablissement,
  ]
    .filter((part) => part)
    .join(' ');
  const current = establishment.periodesEtablissement[0];
  return {
    siret: establishment.siret,
    siren: establishment.siren,
    name,
    address: {
      street,
      postalCode: address.codePostalEtablissement ?? '',
      city: address.libelleCommuneEtablissement ?? '',
    },
    active: unit.etatAdministratifUniteLegale === 'A' && current?.etatAdministratifEtablissement === 'A',
  };
}
