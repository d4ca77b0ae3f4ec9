// Loads the messages of one language for this portal, each language of each portal being its own
// chunk: a page downloads only the language it shows, and the other only when the person switches.
// The portal is known at build time (Vite's base: `/seller/` for the seller portal), so each
// portal's build keeps only its own two imports and never downloads the other portal's words.
import type { Language } from '@marketplace/domain';

export type LoadedMessages = Readonly<Record<string, string>>;

type PortalPart = 'buyer' | 'seller';

function portalPart(): PortalPart {
  // `import.meta.env.BASE_URL` is replaced by Vite at build time; elsewhere (tests) it is `/`.
  const base = (import.meta as unknown as { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/';
  return base.startsWith('/seller') ? 'seller' : 'buyer';
}

const loading = new Map<Language, Promise<LoadedMessages>>();
const loaded = new Map<Language, LoadedMessages>();

function importMessages(language: Language): Promise<{ default: LoadedMessages }> {
  if (portalPart() === 'seller') {
    return language === 'fr' ? import('./portal/seller.fr.ts') : import('./portal/seller.en.ts');
  }
  return language === 'fr' ? import('./portal/buyer.fr.ts') : import('./portal/buyer.en.ts');
}

/** The messages of `language`, once loaded (synchronously), or undefined while they are not. */
export function loadedMessages(language: Language): LoadedMessages | undefined {
  return loaded.get(language);
}

/** Starts (once) loading the messages of `language`; a failed load may be tried again. */
export function loadMessages(language: Language): Promise<LoadedMessages> {
  let promise = loading.get(language);
  if (!promise) {
    promise = importMessages(language).then(
      (module) => {
        loaded.set(language, module.default);
        return module.default;
      },
      (error: unknown) => {
        loading.delete(language);
        throw error;
      },
    );
    loading.set(language, promise);
  }
  return promise;
}
