// The simulator's companies: the demo organizations (packages/outscale/seed/demo.json's company names),
// with SIRETs made up for them (Luhn-valid, not real companies'), and one closed establishment.
import type { SireneEstablishment } from '../sirene-api.ts';

/** The API key the simulator accepts unless it is given another. */
export const DEMO_SIRENE_API_KEY = 'sirene-simulator-demo-key';

type Company = {
  siret: string;
  name: string;
  street: { number: string; type: string; name: string };
  postalCode: string;
  city: string;
  closed?: boolean;
};

const COMPANIES: Company[] = [
  {
    siret: '91234567500017',
    name: 'ACME INDUSTRIES',
    street: { number: '12', type: 'RUE', name: 'DE LA REPUBLIQUE' },
    postalCode: '69002',
    city: 'LYON',
  },
  {
    siret: '90876543100014',
    name: 'HELIX DEVOPS',
    street: { number: '8', type: 'AV', name: 'DES CHAMPS' },
    postalCode: '75008',
    city: 'PARIS',
  },
  {
    siret: '91122334500016',
    name: 'NIMBUS LINUX',
    street: { number: '3', type: 'BD', name: 'DU LITTORAL' },
    postalCode: '13008',
    city: 'MARSEILLE',
  },
  {
    siret: '90555666800010',
    name: 'FORGE APPLIANCES',
    street: { number: '21', type: 'QUAI', name: 'DES CHARTRONS' },
    postalCode: '33000',
    city: 'BORDEAUX',
  },
  {
    siret: '91777888800011',
    name: 'UBUNTU WORKS',
    street: { number: '5', type: 'PL', name: 'DU CAPITOLE' },
    postalCode: '31000',
    city: 'TOULOUSE',
  },
  {
    siret: '90333444900019',
    name: 'CERTIFIED CORP',
    street: { number: '40', type: 'RUE', name: 'NATIONALE' },
    postalCode: '59000',
    city: 'LILLE',
  },
  {
    siret: '11000099900018',
    name: 'MINISTERE EXEMPLE',
    street: { number: '1', type: 'PL', name: 'DE FONTENOY' },
    postalCode: '75007',
    city: 'PARIS',
  },
  {
    siret: '90999000400014',
    name: 'RESTRICTED CORP',
    street: { number: '9', type: 'ALL', name: 'DES TILLEULS' },
    postalCode: '44000',
    city: 'NANTES',
    closed: true,
  },
];

/** The simulator's establishments, as Sirene answers them (`etablissement` of GET /siret/{siret}). */
export function demoEstablishments(): SireneEstablishment[] {
  return COMPANIES.map((company) => ({
    siren: company.siret.slice(0, 9),
    nic: company.siret.slice(9),
    siret: company.siret,
    etablissementSiege: true,
    uniteLegale: {
      denominationUniteLegale: company.name,
      nomUniteLegale: null,
      prenom1UniteLegale: null,
      etatAdministratifUniteLegale: company.closed ? 'C' : 'A',
    },
    adresseEtablissement: {
      numeroVoieEtablissement: company.street.number,
      typeVoieEtablissement: company.street.type,
      libelleVoieEtablissement: company.street.name,
      codePostalEtablissement: company.postalCode,
      libelleCommuneEtablissement: company.city,
      codePaysEtrangerEtablissement: null,
    },
    periodesEtablissement: [{ dateFin: null, etatAdministratifEtablissement: company.closed ? 'F' : 'A' }],
  }));
}
