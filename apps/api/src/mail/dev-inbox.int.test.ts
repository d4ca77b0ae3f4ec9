import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';

describe('e-mail through the embedded SMTP server', () => {
  let marketplace: TestMarketplace;
  beforeAll(async () => {
    marketplace = await startTestMarketplace();
  });
  afterAll(() => marketplace.stop());

  it('delivers over SMTP and lists the message in the dev inbox with its links clickable', async () => {
    const link = `${marketplace.url}/set-password?token=abc123`;
    await marketplace.services.mailer.send({
      to: 'admin@seller.example',
      subject: 'Set your password / Définissez votre mot de passe',
      text: `Open ${link} within 24 hours.`,
    });

    const list = (await (await fetch(`${marketplace.url}/_dev/mail.json`)).json()) as {
      id: string;
      to: string[];
      subject: string;
      from: string;
    }[];
    expect(list).toHaveLength(1);
    const [message] = list;
    expect(message).toMatchObject({
      to: ['admin@seller.example'],
      subject: 'Set your password / Définissez votre mot de passe',
      from: expect.stringContaining('no-reply@marketplace.localhost'),
    });

    const index = await (await fetch(`${marketplace.url}/_dev/mail`)).text();
    expect(index).toContain('Set your password / Définissez votre mot de passe');
    const page = await (await fetch(`${marketplace.url}/_dev/mail/${message?.id}`)).text();
    expect(page).toContain(`<a href="${link}">${link}</a>`);
  });

  it('keeps the messages across a restart of the inbox', async () => {
    const inbox = marketplace.services.devInbox;
    expect(inbox?.list()).toHaveLength(1);
    const { startDevInbox } = await import('./dev-inbox.ts');
    const reopened = await startDevInbox({ dir: `${marketplace.config.dataDir}/mail` });
    await reopened.ready();
    expect(reopened.list().map((m) => m.subject)).toEqual([
      'Set your password / Définissez votre mot de passe',
    ]);
    await reopened.close();
  });

  it('is not mounted when a real SMTP server is configured', async () => {
    const other = await startTestMarketplace({ SMTP_URL: 'smtp://127.0.0.1:2525' });
    expect(other.services.devInbox).toBeUndefined();
    expect((await fetch(`${other.url}/_dev/mail`)).status).toBe(404);
    await other.stop();
  });
});
