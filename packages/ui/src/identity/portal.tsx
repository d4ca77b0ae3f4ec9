import { createContext, type ReactNode, useContext } from 'react';
import type { BasePath } from '../router/paths.ts';

/** The identity pages are the same in both portals; this says which one they are in. */
export type PortalName = 'buyer' | 'seller';

export const PORTAL_BASE: Readonly<Record<PortalName, BasePath>> = { buyer: '/', seller: '/seller/' };

/** The portal's own pages, as paths inside it (`/seller/profile` is `/profile` in the seller portal). */
export const IDENTITY_ROUTES = {
  signIn: '/signin',
  signUp: '/signup',
  forgotPassword: '/forgot-password',
  setPassword: '/set-password',
  resetPassword: '/reset-password',
  profile: '/profile',
  organization: '/organization',
  accounts: '/accounts',
  outscaleAccounts: '/outscale-accounts',
  operator: '/operator',
} as const;
export type IdentityRoute = keyof typeof IDENTITY_ROUTES;

const PortalContext = createContext<PortalName | null>(null);

/** Wraps a portal's pages: which portal it is (its router, `PortalRouter`, goes inside). */
export function Portal({ name, children }: { name: PortalName; children: ReactNode }) {
  return <PortalContext.Provider value={name}>{children}</PortalContext.Provider>;
}

export function usePortal(): PortalName {
  const portal = useContext(PortalContext);
  if (!portal) throw new Error('usePortal() must be used inside <Portal>.');
  return portal;
}
