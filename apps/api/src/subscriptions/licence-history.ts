// A subscription's licence agreement as My subscriptions shows it: the version in force and the
// versions before it, each readable (a link or uploaded file to open, or the text itself).
import type { LicenceHistoryEntry } from '@marketplace/db';
import { type LicenceAcceptance, licenceInForce, storedFileId } from '@marketplace/domain';

/** A link (a page, or an uploaded file's address), or the agreement's text. */
const readable = (licence: string) =>
  /^https?:\/\/\S+$/.test(licence) || storedFileId(licence)
    ? { url: licence, text: null }
    : { url: null, text: licence };

export type LicenceHistoryView = {
  version: number;
  url: string | null;
  text: string | null;
  at: string;
  how: LicenceAcceptance;
};

/** The history and the version in force of each subscription, from the entries of a whole page. */
export function licenceHistoriesOf(entries: readonly LicenceHistoryEntry[]) {
  const histories = new Map<string, LicenceHistoryView[]>();
  for (const entry of entries) {
    const history = histories.get(entry.subscriptionId) ?? [];
    history.push({
      version: entry.version,
      ...readable(entry.licence),
      at: entry.at.toISOString(),
      how: entry.how,
    });
    histories.set(entry.subscriptionId, history);
  }
  return new Map(
    [...histories].map(([id, history]) => {
      const current = licenceInForce(history);
      return [
        id,
        {
          history: [...history].sort((a, b) => a.version - b.version),
          inForce: current
            ? {
                version: current.version,
                url: current.url,
                text: current.text,
                /** When the subscription accepted it, or when the seller bound it by it. */
                acceptedAt: current.at,
                how: current.how,
              }
            : null,
        },
      ];
    }),
  );
}
