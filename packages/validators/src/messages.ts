// The error map: what a person reads when an input is refused, in English and in French, for every issue
// a schema of this package can raise. zod's own wording ("Too small: expected array to have >=1 items")
// never reaches anyone: the server's error formatter and the pages' resolver both call `issueMessage`.
//
// A schema names a specific message where the generic one is not enough, with `say(key, params)` as the
// check's error (`z.array(region).min(1, say('chooseRegion'))`): zod then stores a marker in the issue's
// message, and `issueMessage` turns the marker into the sentence of the caller's language.
import type { Language, Text } from '@marketplace/domain';

/** The words of every message; `{name}` is replaced by a parameter (numbers in the language's digits). */
const EN = {
  // Generic messages, chosen from the issue's code and origin.
  required: 'Fill in this field.',
  stringTooShort: 'Enter at least {minimum} characters.',
  stringTooLong: 'Enter at most {maximum} characters.',
  stringExactLength: 'Enter exactly {minimum} characters.',
  listTooShort: 'Choose at least {minimum}.',
  listTooShortOne: 'Choose at least one.',
  listTooLong: 'Keep at most {maximum} in this list.',
  numberTooSmall: 'Enter a number of at least {minimum}.',
  numberTooSmallExclusive: 'Enter a number greater than {minimum}.',
  numberTooBig: 'Enter a number of at most {maximum}.',
  numberTooBigExclusive: 'Enter a number less than {maximum}.',
  dateTooEarly: 'Choose a later date.',
  dateTooLate: 'Choose an earlier date.',
  fileTooBig: 'Choose a smaller file.',
  fileTooSmall: 'Choose a file that is not empty.',
  notANumber: 'Enter a number.',
  notAWholeNumber: 'Enter a whole number, without decimals.',
  notAText: 'Enter a text.',
  notABoolean: 'Answer yes or no.',
  notAList: 'Choose from the list.',
  notASection: 'Fill in this section.',
  notADate: 'Enter a date.',
  wrongKind: 'This value cannot be used here: check it.',
  email: 'Enter an e-mail address such as name@example.com.',
  webAddress: 'Enter a web address starting with https://, such as https://example.com.',
  identifier: 'This identifier is not valid: choose the item again from its list.',
  isoDate: 'Enter a date written YYYY-MM-DD, such as 2026-12-31.',
  format: 'Check how this field is written.',
  choice: 'Choose one of the options offered.',
  multipleOf: 'Enter a multiple of {divisor}.',
  unknownFields: 'Remove what this form does not know: {keys}.',
  checkList: 'Check the entries of this list.',
  check: 'Check this field.',
  // Specific messages, named by the schemas.
  wholeNumberRange: 'Enter a whole number from {min} to {max}.',
  numberRange: 'Enter a number from {min} to {max}.',
  lengthRange: 'Enter {min} to {max} characters.',
  textRequired: 'Fill in this field (at most {max} characters).',
  chooseRegion: 'Choose a region.',
  chooseRegions: 'Choose at least one region.',
  chooseTypes: 'Choose at least one: buyer, seller, or both.',
  chooseRoles: 'Choose at least one role.',
  chooseAccounts: 'Choose at least one OUTSCALE account.',
  addPrice: 'Add at least one price.',
  accessKey: 'Enter the access key (16 to 64 characters).',
  secretKey: 'Enter the secret key (16 to 128 characters).',
  organizationName: 'Enter the organization’s name (2 to 200 characters).',
  firstName: 'Enter the first name.',
  lastName: 'Enter the last name.',
  emailRequired: 'Enter your e-mail address.',
  passwordRequired: 'Enter your password.',
  currentPasswordRequired: 'Enter your current password.',
  passwordRules: 'Choose a password that meets every rule below.',
  confirmationRequired: 'Type the new password again.',
  confirmationMismatch: 'The two passwords are different.',
  totpCode: 'Enter the 6 digits shown in your authenticator app.',
  termsRequired: 'Accept the general terms of use to create the organization.',
  reason: 'Give a reason of 5 to 2,000 characters.',
  outscaleAccountId: 'Enter an OUTSCALE account ID of 12 digits.',
  imageId: 'Enter an OMI ID such as ami-1234abcd.',
  month: 'Choose a month written YYYY-MM.',
  euros: 'Enter an amount in euros, such as 12.50.',
  versionName: 'Name the version (1 to 100 characters), such as 2.4.0.',
  licenceRequired: 'Enter the licence agreement’s text.',
  licenceChoice: 'Say whether the current subscribers are bound by the new version.',
  keyText: 'Enter the licence key (at most {max} characters).',
  chooseFile: 'Choose a file.',
  vmType: 'Enter a VM type such as tinav6.c4r8p2.',
  acceptLicence: 'Accept the licence agreement to subscribe.',
} as const;

export type MessageKey = keyof typeof EN;

const FR: Record<MessageKey, string> = {
  required: 'Renseignez ce champ.',
  stringTooShort: 'Saisissez au moins {minimum} caractères.',
  stringTooLong: 'Saisissez au plus {maximum} caractères.',
  stringExactLength: 'Saisissez exactement {minimum} caractères.',
  listTooShort: 'Choisissez-en au moins {minimum}.',
  listTooShortOne: 'Choisissez-en au moins un.',
  listTooLong: 'Gardez-en au plus {maximum} dans cette liste.',
  numberTooSmall: 'Saisissez un nombre supérieur ou égal à {minimum}.',
  numberTooSmallExclusive: 'Saisissez un nombre supérieur à {minimum}.',
  numberTooBig: 'Saisissez un nombre inférieur ou égal à {maximum}.',
  numberTooBigExclusive: 'Saisissez un nombre inférieur à {maximum}.',
  dateTooEarly: 'Choisissez une date plus tardive.',
  dateTooLate: 'Choisissez une date plus proche.',
  fileTooBig: 'Choisissez un fichier plus léger.',
  fileTooSmall: 'Choisissez un fichier qui ne soit pas vide.',
  notANumber: 'Saisissez un nombre.',
  notAWholeNumber: 'Saisissez un nombre entier, sans décimale.',
  notAText: 'Saisissez un texte.',
  notABoolean: 'Répondez par oui ou par non.',
  notAList: 'Choisissez dans la liste.',
  notASection: 'Remplissez cette partie.',
  notADate: 'Saisissez une date.',
  wrongKind: 'Cette valeur ne peut pas servir ici\u00a0: vérifiez-la.',
  email: 'Saisissez une adresse e-mail comme nom@exemple.fr.',
  webAddress: 'Saisissez une adresse web commençant par https://, comme https://exemple.fr.',
  identifier: 'Cet identifiant n’est pas valide\u00a0: choisissez de nouveau dans sa liste.',
  isoDate: 'Saisissez une date écrite AAAA-MM-JJ, comme 2026-12-31.',
  format: 'Vérifiez l’écriture de ce champ.',
  choice: 'Choisissez l’une des options proposées.',
  multipleOf: 'Saisissez un multiple de {divisor}.',
  unknownFields: 'Retirez ce que ce formulaire ne connaît pas\u00a0: {keys}.',
  checkList: 'Vérifiez les entrées de cette liste.',
  check: 'Vérifiez ce champ.',
  wholeNumberRange: 'Saisissez un nombre entier de {min} à {max}.',
  numberRange: 'Saisissez un nombre de {min} à {max}.',
  lengthRange: 'Saisissez de {min} à {max} caractères.',
  textRequired: 'Renseignez ce champ (au plus {max} caractères).',
  chooseRegion: 'Choisissez une région.',
  chooseRegions: 'Choisissez au moins une région.',
  chooseTypes: 'Choisissez au moins un type\u00a0: acheteur, vendeur, ou les deux.',
  chooseRoles: 'Choisissez au moins un rôle.',
  chooseAccounts: 'Choisissez au moins un compte OUTSCALE.',
  addPrice: 'Ajoutez au moins un prix.',
  accessKey: 'Saisissez la clé d’accès (16 à 64 caractères).',
  secretKey: 'Saisissez la clé secrète (16 à 128 caractères).',
  organizationName: 'Saisissez le nom de l’organisation (2 à 200 caractères).',
  firstName: 'Saisissez le prénom.',
  lastName: 'Saisissez le nom.',
  emailRequired: 'Saisissez votre adresse e-mail.',
  passwordRequired: 'Saisissez votre mot de passe.',
  currentPasswordRequired: 'Saisissez votre mot de passe actuel.',
  passwordRules: 'Choisissez un mot de passe qui respecte chaque règle ci-dessous.',
  confirmationRequired: 'Saisissez à nouveau le nouveau mot de passe.',
  confirmationMismatch: 'Les deux mots de passe sont différents.',
  totpCode: 'Saisissez les 6 chiffres affichés par votre application d’authentification.',
  termsRequired: 'Acceptez les conditions générales d’utilisation pour créer l’organisation.',
  reason: 'Donnez un motif de 5 à 2\u202f000 caractères.',
  outscaleAccountId: 'Saisissez un identifiant de compte OUTSCALE de 12 chiffres.',
  imageId: 'Saisissez un identifiant d’OMI comme ami-1234abcd.',
  month: 'Choisissez un mois écrit AAAA-MM.',
  euros: 'Saisissez un montant en euros, comme 12,50.',
  versionName: 'Nommez la version (1 à 100 caractères), par exemple 2.4.0.',
  licenceRequired: 'Saisissez le texte du contrat de licence.',
  licenceChoice: 'Indiquez si les souscriptions en cours sont liées par la nouvelle version.',
  keyText: 'Saisissez la clé de licence (au plus {max} caractères).',
  chooseFile: 'Choisissez un fichier.',
  vmType: 'Saisissez un type de VM comme tinav6.c4r8p2.',
  acceptLicence: 'Acceptez le contrat de licence pour souscrire.',
};

export const MESSAGES: Record<Language, Record<MessageKey, string>> = { en: EN, fr: FR };

type Params = Record<string, string | number | bigint | undefined>;

/** Where a message names itself in an issue (see `say`); nothing a person types starts so. */
const MARK = '@validators:';

/** The check's error that names a specific message: `.min(1, say('chooseRoles'))`. */
export function say(key: MessageKey, params: Record<string, number> = {}): string {
  return `${MARK}${JSON.stringify([key, params])}`;
}

function named(message: unknown): [MessageKey, Params] | null {
  if (typeof message !== 'string' || !message.startsWith(MARK)) return null;
  try {
    const [key, params] = JSON.parse(message.slice(MARK.length)) as [string, Params];
    return key in EN ? [key as MessageKey, params ?? {}] : null;
  } catch {
    return null;
  }
}

const NUMBER_LOCALES: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR' };

/** The message `key` in `language`, its parameters written for that language. */
export function message(key: MessageKey, language: Language, params: Params = {}): string {
  const numbers = new Intl.NumberFormat(NUMBER_LOCALES[language], { maximumFractionDigits: 6 });
  return MESSAGES[language][key].replace(/\{(\w+)\}/g, (_all, name: string) => {
    const value = params[name];
    if (typeof value === 'number' || typeof value === 'bigint') {
      return Number.isFinite(Number(value)) ? numbers.format(value) : String(value);
    }
    return value ?? '';
  });
}

/** What an issue may hold, raw (in an error map) or final (in a ZodError, after tRPC). */
export type IssueLike = {
  code?: string | undefined;
  message?: string | undefined;
  origin?: string | undefined;
  expected?: string | undefined;
  format?: string | undefined;
  minimum?: number | bigint | undefined;
  maximum?: number | bigint | undefined;
  inclusive?: boolean | undefined;
  exact?: boolean | undefined;
  divisor?: number | undefined;
  keys?: readonly string[] | undefined;
  input?: unknown;
  params?: unknown;
  errors?: readonly (readonly IssueLike[])[] | undefined;
  issues?: readonly IssueLike[] | undefined;
  path?: readonly unknown[] | undefined;
};

const isText = (value: unknown): value is Text =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Text).en === 'string' &&
  typeof (value as Text).fr === 'string';

function sized(issue: IssueLike, language: Language): string {
  const small = issue.code === 'too_small';
  const bound = small ? issue.minimum : issue.maximum;
  const params = { minimum: issue.minimum, maximum: issue.maximum };
  switch (issue.origin) {
    case 'string':
      if (issue.exact) return message('stringExactLength', language, params);
      if (small)
        return Number(bound) <= 1
          ? message('required', language)
          : message('stringTooShort', language, params);
      return message('stringTooLong', language, params);
    case 'array':
    case 'set':
    case 'map':
      if (small)
        return Number(bound) <= 1
          ? message('listTooShortOne', language)
          : message('listTooShort', language, params);
      return message('listTooLong', language, params);
    case 'number':
    case 'int':
    case 'bigint':
      if (small)
        return message(
          issue.inclusive === false ? 'numberTooSmallExclusive' : 'numberTooSmall',
          language,
          params,
        );
      return message(issue.inclusive === false ? 'numberTooBigExclusive' : 'numberTooBig', language, params);
    case 'date':
      return message(small ? 'dateTooEarly' : 'dateTooLate', language);
    case 'file':
      return message(small ? 'fileTooSmall' : 'fileTooBig', language);
    default:
      return message('check', language);
  }
}

/**
 * Whether nothing was given. A raw issue (in an error map) has its input; a final one (a ZodError's,
 * after tRPC parsed without our map) has lost it, but zod's default wording still says what it received.
 */
function received(issue: IssueLike): string {
  if (!('input' in issue)) return /received (\w+)/.exec(issue.message ?? '')?.[1] ?? 'unknown';
  const input = issue.input;
  if (input === undefined || input === null || input === '') return 'undefined';
  return typeof input;
}

function wrongType(issue: IssueLike, language: Language): string {
  const got = received(issue);
  if (got === 'undefined' || got === 'null') return message('required', language);
  switch (issue.expected) {
    case 'number':
    case 'nan':
    case 'bigint':
      return message('notANumber', language);
    case 'int':
      return message(got === 'number' ? 'notAWholeNumber' : 'notANumber', language);
    case 'string':
      return message('notAText', language);
    case 'boolean':
      return message('notABoolean', language);
    case 'array':
    case 'set':
    case 'tuple':
      return message('notAList', language);
    case 'object':
    case 'record':
    case 'map':
      return message('notASection', language);
    case 'date':
      return message('notADate', language);
    case 'nonoptional':
    case 'undefined':
      return message('required', language);
    default:
      return message('wrongKind', language);
  }
}

function badFormat(issue: IssueLike, language: Language): string {
  switch (issue.format) {
    case 'email':
      return message('email', language);
    case 'url':
      return message('webAddress', language);
    case 'uuid':
    case 'guid':
    case 'cuid':
    case 'cuid2':
    case 'ulid':
    case 'nanoid':
      return message('identifier', language);
    case 'date':
      return message('isoDate', language);
    default:
      return message('format', language);
  }
}

/** The message of an issue in `language`: a named one, a text of the domain, or the generic one. */
export function issueMessage(issue: IssueLike, language: Language): string {
  const own = named(issue.message);
  if (own) return message(own[0], language, own[1]);
  switch (issue.code) {
    case 'custom': {
      const params = issue.params as { text?: unknown; key?: unknown; values?: Params } | undefined;
      if (isText(params?.text)) return params.text[language];
      if (typeof params?.key === 'string' && params.key in EN) {
        return message(params.key as MessageKey, language, params.values ?? {});
      }
      return message('check', language);
    }
    case 'too_small':
    case 'too_big':
      return sized(issue, language);
    case 'invalid_type':
      return wrongType(issue, language);
    case 'invalid_format':
      return badFormat(issue, language);
    case 'invalid_value':
      return message('choice', language);
    case 'not_multiple_of':
      return message('multipleOf', language, { divisor: issue.divisor });
    case 'unrecognized_keys':
      return message('unknownFields', language, { keys: (issue.keys ?? []).join(', ') });
    case 'invalid_union': {
      // The first alternative says best what was expected (an address rather than "empty").
      const first = issue.errors?.find((branch) => branch.length > 0)?.[0];
      if (first && !issue.params) return issueMessage(first, language);
      return message(issue.input === undefined ? 'required' : 'choice', language);
    }
    case 'invalid_key':
    case 'invalid_element':
      return message('checkList', language);
    default:
      return message('check', language);
  }
}

/**
 * The error map of `language`, for `schema.safeParse(value, { error })` and `zodResolver(schema,
 * { error })`. A check that names its message (`say`) is answered by that message instead, which
 * `localizeMessage` reads.
 */
export const errorMapOf =
  (language: Language) =>
  (issue: IssueLike): string =>
    issueMessage(issue, language);

/** A message as zod finalised it (a named marker, or already ours) in `language`. */
export function localizeMessage(text: string, language: Language): string {
  const own = named(text);
  return own ? message(own[0], language, own[1]) : text;
}

/** Every sentence the map can say in `language`, as patterns (parameters match anything). */
export function messagePatterns(language: Language): RegExp[] {
  return Object.values(MESSAGES[language]).map((template) => {
    const parts = template.split(/\{\w+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return new RegExp(`^${parts.join('.*')}$`, 's');
  });
}
