import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestMarketplace, type TestMarketplace } from '../testing/marketplace.ts';
import { rawRequest } from '../testing/raw-request.ts';

/** A reset link in the inbox, as the reset e-mail leaves one there. */
async function resetMailIn(marketplace: TestMarketplace) {
  await marketplace.services.mailer.send({
    to: 'admin@seller.example',
    subject: 'Reset your password',
    text: `Open ${marketplace.url}/reset-password?token=secretsecretsecret within 5 minutes.`,
  });
}

describe('the dev inbox on a loopback binding (HOST=127.0.0.1)', () => {
  let marketplace: TestMarketplace;
  beforeAll(async () => {
    marketplace = await startTestMarketplace();
    await resetMailIn(marketplace);
  });
  afterAll(() => marketplace.stop());

  it('is not there for a page of another site whose name now points here (DNS rebinding), only for this machine', async () => {
    const { port } = new URL(marketplace.url);
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      `127.0.0.1.evil.example:${port}`,
      'localhost.',
    ]) {
      for (const path of ['/_dev/mail.json', '/_dev/mail', '/_dev/mail/any-id']) {
        const answer = await rawRequest(`${marketplace.url}${path}`, { headers: { host } });
        expect(answer.status, `${host} ${path}`).toBe(404);
        expect(answer.body).not.toContain('secretsecretsecret');
      }
    }

    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`, 'localhost']) {
      const answer = await rawRequest(`${marketplace.url}/_dev/mail.json`, { headers: { host } });
      expect(answer.status, host).toBe(200);
      expect(answer.body).toContain('secretsecretsecret');
    }
  });
});

describe('the dev inbox on every interface (HOST=0.0.0.0)', () => {
  let marketplace: TestMarketplace;
  beforeAll(async () => {
    marketplace = await startTestMarketplace({ HOST: '0.0.0.0' });
    await resetMailIn(marketplace);
  });
  afterAll(() => marketplace.stop());

  it('is not served at all, not even to this machine: anyone on the network could read the links', async () => {
    const { port } = new URL(marketplace.url);
    const answer = await rawRequest(`http://127.0.0.1:${port}/_dev/mail.json`);
    expect(answer.status).toBe(404);
    expect(answer.body).not.toContain('secretsecretsecret');
    // The e-mails still arrive in the embedded inbox, where the tests read them.
    expect(marketplace.services.devInbox?.list()).toHaveLength(1);
  });
});
