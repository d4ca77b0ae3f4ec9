/** While an EIM user is being made or removed, the accounts list asks again every 2 seconds. */
export const EIM_REFRESH_MS = 2_000;

type EimState = 'pending' | 'provisioned' | 'failed' | 'deprovisioning' | null;

/** Whether some account's EIM user is still changing, so the list should be asked again soon. */
export function isEimSettling(accounts: readonly { eim: { state: EimState } }[] | undefined): boolean {
  return accounts?.some((a) => a.eim.state === 'pending' || a.eim.state === 'deprovisioning') ?? false;
}
