// Who may open which page: the pages' own rule, mirroring the procedures' access checks, so that a
// person is told "not allowed" instead of seeing a page whose every request fails.

type Person = {
  account: { roles: readonly string[]; operator: boolean };
  organization: unknown;
};

/** Anyone signed in, a member of an organization, one of its admins, or a platform operator. */
export type Audience = 'signedIn' | 'member' | 'admin' | 'operator';

export function mayOpen(me: Person, audience: Audience): boolean {
  switch (audience) {
    case 'signedIn':
      return true;
    case 'member':
      return me.organization !== null;
    case 'admin':
      return me.organization !== null && me.account.roles.includes('admin');
    case 'operator':
      return me.account.operator;
    default: {
      const unknown: never = audience;
      throw new Error(`unknown audience ${String(unknown)}`);
    }
  }
}
