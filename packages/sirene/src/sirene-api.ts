// The part of INSEE's Sirene API 3.11 the marketplace reads: GET /siret/{siret}, one establishment, with
// its legal unit and its address. Field names are Sirene's own (French), so the simulator and the real
// API answer the same JSON.

export type SireneEstablishment = {
  siren: string;
  nic: string;
  siret: string;
  etablissementSiege: boolean;
  uniteLegale: {
    /** A company's name; null for a sole trader, named by `prenom1UniteLegale` and `nomUniteLegale`. */
    denominationUniteLegale: string | null;
    nomUniteLegale: string | null;
    prenom1UniteLegale: string | null;
    /** A: active, C: ceased. */
    etatAdministratifUniteLegale: 'A' | 'C';
  };
  adresseEtablissement: {
    numeroVoieEtablissement: string | null;
    typeVoieEtablissement: string | null;
    libelleVoieEtablissement: string | null;
    codePostalEtablissement: string | null;
    libelleCommuneEtablissement: string | null;
    codePaysEtrangerEtablissement: string | null;
  };
  /** The establishment's periods, the current one first (`dateFin` null). */
  periodesEtablissement: { dateFin: string | null; etatAdministratifEtablissement: 'A' | 'F' }[];
};

/** Every answer of the API carries this header; errors carry only it. */
export type SireneHeader = { statut: number; message: string };

export type SireneSiretAnswer = { header: SireneHeader; etablissement?: SireneEstablishment };

/** The header INSEE's portal reads the integration key from. */
export const SIRENE_KEY_HEADER = 'X-INSEE-Api-Key-Integration';
