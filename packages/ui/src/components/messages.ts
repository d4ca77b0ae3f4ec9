import type { Language } from '@marketplace/domain';
import { useI18n } from '../i18n/I18nProvider.tsx';

// The kit's own words, beside it: the components work in any page without a catalogue key each, and
// the French list is typed against the English one, so a missing word does not compile.
const en = {
  loading: 'Loading',
  close: 'Close',
  menu: 'Menu',
  menuTitle: 'Navigation',
  filters: 'Filters',
  filtersCount: 'Filters ({count})',
  chooseFile: 'Choose a file',
  chooseFiles: 'Choose files',
  orDrop: 'or drop it here',
  dropHere: 'Drop a file here',
  chosen: 'Chosen: {name}',
  noFile: 'No file chosen',
  noMatch: 'No match',
  showOptions: 'Show the choices',
  notifications: 'Notifications',
  dismiss: 'Dismiss',
  account: 'Account',
  language: 'Language',
} as const;

type Words = { readonly [K in keyof typeof en]: string };

const fr: Words = {
  loading: 'Chargement',
  close: 'Fermer',
  menu: 'Menu',
  menuTitle: 'Navigation',
  filters: 'Filtres',
  filtersCount: 'Filtres ({count})',
  chooseFile: 'Choisir un fichier',
  chooseFiles: 'Choisir des fichiers',
  orDrop: 'ou le déposer ici',
  dropHere: 'Déposez un fichier ici',
  chosen: 'Choisi : {name}',
  noFile: 'Aucun fichier choisi',
  noMatch: 'Aucun résultat',
  showOptions: 'Afficher les choix',
  notifications: 'Notifications',
  dismiss: 'Fermer',
  account: 'Compte',
  language: 'Langue',
};

export const KIT_WORDS: Record<Language, Words> = { en, fr };

/** The kit's words in the page's language, `{name}` placeholders filled. */
export function useKitWords() {
  const { language } = useI18n();
  const words = KIT_WORDS[language];
  return (key: keyof Words, params: Record<string, string | number> = {}) =>
    words[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
