// The marketplace's embedded SMTP inbox (/_dev/mail.json, newest first), read as a person reads mail.
import { expect } from 'vitest';

export type Mail = { id: string; to: string[]; subject: string; text: string; html: string };

async function listMail(baseUrl: string): Promise<Mail[]> {
  const response = await fetch(`${baseUrl}/_dev/mail.json`);
  if (!response.ok) throw new Error(`GET /_dev/mail.json answered ${response.status}`);
  return (await response.json()) as Mail[];
}

/** Waits for the newest e-mail to `address` whose text contains `containing`, and returns it. */
export async function waitForMail(baseUrl: string, address: string, containing: string): Promise<Mail> {
  let found: Mail | undefined;
  await expect
    .poll(
      async () => {
        const mails = await listMail(baseUrl);
        found = mails.find((mail) => mail.to.includes(address) && mail.text.includes(containing));
        return found !== undefined;
      },
      { timeout: 15_000, interval: 250 },
    )
    .toBe(true);
  if (!found) throw new Error(`no e-mail to ${address} containing ${containing}`);
  return found;
}

/** The first link in the e-mail to the given path (`/seller/set-password`), as an absolute URL. */
export function linkIn(mail: Mail, path: string): string {
  const pattern = new RegExp(`https?://[^\\s"'<>]+${path.replace(/[/-]/g, '\\$&')}\\?token=[\\w-]+`);
  const link = mail.text.match(pattern)?.[0];
  if (!link) throw new Error(`no ${path} link in the e-mail "${mail.subject}":\n${mail.text}`);
  return link;
}
