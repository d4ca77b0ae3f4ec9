// A Vite plugin for the portals' production builds: each portal's message chunks (`portal/*.ts`, which
// `load.ts` imports) are replaced by their messages already parsed (FormatJS's ICU syntax tree), and
// FormatJS's parser is swapped for its no-parser stub (`@formatjs/icu-messageformat-parser/no-parser`),
// as FormatJS recommends for production. The parser then never ships: about 8 KB gzipped less in every
// page's first load (the 150 KB budget of `tooling/bench/bundle`), and no message parsed in the browser.
// Development (`vite` dev server) and tests keep the plain messages and the parser.
import { IntlMessageFormat } from 'intl-messageformat';
import { portalCatalogues } from './catalogues.ts';

const PORTAL_CHUNK = /[\\/]packages[\\/]ui[\\/]src[\\/]i18n[\\/]portal[\\/](buyer|seller)\.(en|fr)\.ts$/;

type Part = keyof typeof portalCatalogues;
type Language = keyof (typeof portalCatalogues)[Part];

/** One portal part's messages as ICU syntax trees, parsed as the pages format them (tags as text). */
export function compiledMessages(part: Part, language: Language): Record<string, unknown> {
  const parse = IntlMessageFormat.__parse;
  if (!parse) throw new Error('intl-messageformat was loaded without its parser');
  const messages: Record<string, string> = portalCatalogues[part][language];
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [key, parse(message, { ignoreTag: true })]),
  );
}

/** The plugin (typed structurally, so that this package needs no Vite types). */
export function precompiledMessages() {
  return {
    name: 'marketplace:precompiled-messages',
    apply: 'build' as const,
    enforce: 'pre' as const,
    config() {
      return {
        resolve: {
          alias: [
            {
              find: /^@formatjs\/icu-messageformat-parser$/,
              replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
            },
          ],
        },
      };
    },
    load(id: string) {
      const match = PORTAL_CHUNK.exec(id.split('?')[0] ?? '');
      if (!match) return null;
      const [, part, language] = match as unknown as [string, Part, Language];
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(compiledMessages(part, language)))});`;
    },
  };
}
