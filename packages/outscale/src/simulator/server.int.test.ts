import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OutscaleError } from '../errors.ts';
import { copyImage } from '../operations/image-copy.ts';
import { shareImage } from '../operations/image-permissions.ts';
import { formatDateTime, signRequest } from '../signing.ts';
import { demoAccounts, demoImages, simulatorClient, startTestSimulator } from '../testing.ts';
import { CALLER_IP_HEADER, CLIENT_CA_HEADER, type Simulator } from './server.ts';

let sim: Simulator;
beforeAll(async () => {
  sim = await startTestSimulator();
});
afterAll(() => sim.close());

async function failure(promise: Promise<unknown>): Promise<OutscaleError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof OutscaleError)) throw new Error(`expected an OutscaleError, got ${String(error)}`);
  return error;
}

describe('simulator: authentication', () => {
  it('answers 401 with code 1 to a wrong secret key', async () => {
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2, {
      secretKey: '0000000000000000000000000000000000000000',
    });
    const error = await failure(client.call('ReadAccounts', {}));
    expect(error).toMatchObject({ status: 401, code: '1', type: 'AccessDenied' });
    expect(error.isInvalidCredentials()).toBe(true);
  });

  it('answers 401 to an unknown key, an unsigned call and keys used in the wrong region', async () => {
    const unknown = simulatorClient(sim, demoAccounts.buyerEuWest2, { accessKey: 'AKUNKNOWN00000000000' });
    expect((await failure(unknown.call('ReadAccounts', {}))).code).toBe('1');
    const unsigned = await fetch(`${sim.url}/api/v1/ReadAccounts`, { method: 'POST', body: '{}' });
    expect(unsigned.status).toBe(401);
    const wrongRegion = simulatorClient(sim, demoAccounts.buyerEuWest2, { region: 'cloudgouv-eu-west-1' });
    expect((await failure(wrongRegion.call('ReadAccounts', {}))).code).toBe('1');
  });

  it('refuses a request signed more than 5 minutes ago', async () => {
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2, {
      now: () => new Date(Date.now() - 6 * 60_000),
    });
    expect((await failure(client.call('ReadAccounts', {}))).details).toMatch(/expired/);
  });

  /** A call signed by hand, as another client would sign it; `edit` changes the headers sent. */
  async function signedCall(
    options: { host?: string; scheme?: 'OSC4' | 'AWS4'; contentType?: string } = {},
    edit: (headers: Record<string, string>) => Record<string, string> = (headers) => headers,
  ): Promise<{ status: number; code: string | undefined }> {
    const { accessKey, secretKey } = sim.credentials(demoAccounts.buyerEuWest2);
    const url = new URL(`${sim.url}/api/v1/ReadAccounts`);
    const headers = signRequest({
      accessKey,
      secretKey,
      region: 'eu-west-2',
      host: options.host ?? url.host,
      path: url.pathname,
      body: '{}',
      contentType: options.contentType ?? 'application/json',
      dateTime: formatDateTime(new Date()),
      scheme: options.scheme ?? 'OSC4',
    });
    const response = await fetch(url, { method: 'POST', headers: edit(headers), body: '{}' });
    const body = (await response.json()) as { Errors?: { Code: string }[] };
    return { status: response.status, code: body.Errors?.[0]?.Code };
  }

  it('accepts plain AWS SigV4 too: AWS4-HMAC-SHA256, X-Amz-Date, the aws4_request scope', async () => {
    expect(await signedCall({ scheme: 'AWS4' })).toEqual({ status: 200, code: undefined });
    expect(await signedCall({ scheme: 'OSC4' })).toEqual({ status: 200, code: undefined });
  });

  it("refuses a scheme with the other scheme's date header or scope", async () => {
    const renamed =
      (from: string, to: string) =>
      ({ [from]: date = '', ...rest }: Record<string, string>) => ({ ...rest, [to]: date });
    // OSC4 dates its requests with X-Osc-Date, AWS4 with X-Amz-Date: the other header is not read.
    expect(await signedCall({ scheme: 'OSC4' }, renamed('X-Osc-Date', 'X-Amz-Date'))).toEqual({
      status: 401,
      code: '1',
    });
    expect(await signedCall({ scheme: 'AWS4' }, renamed('X-Amz-Date', 'X-Osc-Date'))).toEqual({
      status: 401,
      code: '1',
    });
    // An OSC4 signature over an aws4_request scope is not a signature of either scheme.
    const swapped = (headers: Record<string, string>) => ({
      ...headers,
      Authorization: (headers.Authorization ?? '').replace(/^AWS4-/, 'OSC4-'),
    });
    expect(await signedCall({ scheme: 'AWS4' }, swapped)).toEqual({ status: 401, code: '1' });
  });

  it('accepts a signature over the Host without its port, as the official Python SDK signs', async () => {
    const { hostname, host } = new URL(sim.url);
    expect(host).not.toBe(hostname);
    // The SDK's own content type and signed headers: content-type;host;x-osc-date.
    const sdk = { host: hostname, contentType: 'application/json; charset=utf-8' };
    expect(await signedCall(sdk)).toEqual({ status: 200, code: undefined });
    expect(await signedCall({ ...sdk, scheme: 'AWS4' })).toEqual({ status: 200, code: undefined });
    // Any other Host is refused: another name, another port, the real endpoint's.
    for (const wrong of ['localhost', `${hostname}:1`, 'api.eu-west-2.outscale.com']) {
      expect(await signedCall({ host: wrong })).toEqual({ status: 401, code: '1' });
      await expect(signedCall()).resolves.toEqual({ status: 200, code: undefined }); // no lock-out
    }
  });

  it('locks a key for a minute after four bad signatures in a row', async () => {
    const now = { offset: 0 };
    const local = await startTestSimulator({ clock: () => Date.now() + now.offset });
    try {
      const bad = simulatorClient(local, demoAccounts.buyerGouv, { secretKey: 'x'.repeat(40) });
      for (let i = 0; i < 4; i++) expect((await failure(bad.call('ReadAccounts', {}))).code).toBe('1');
      const good = simulatorClient(local, demoAccounts.buyerGouv, {
        now: () => new Date(Date.now() + now.offset),
      });
      expect((await failure(good.call('ReadAccounts', {}))).code).toBe('13');
      now.offset = 61_000;
      await expect(good.call('ReadAccounts', {})).resolves.toBeDefined();
    } finally {
      await local.close();
    }
  });

  it('lets ReadProductTypes through unsigned', async () => {
    const response = await fetch(`${sim.url}/api/v1/ReadProductTypes`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ProductTypes: [], ResponseContext: {} });
  });
});

describe('simulator: API access rules', () => {
  it('refuses the marketplace address when the rules do not allow it (code 14)', async () => {
    const error = await failure(simulatorClient(sim, demoAccounts.restrictedIp).call('ReadAccounts', {}));
    expect(error).toMatchObject({ status: 401, code: '14' });
    expect(error.isApiAccessRuleDenied()).toBe(true);
    const fromOffice = simulatorClient(sim, demoAccounts.restrictedIp, {
      headers: { [CALLER_IP_HEADER]: '203.0.113.7' },
    });
    await expect(fromOffice.call('ReadAccounts', {})).resolves.toBeDefined();
  });

  it('refuses a caller without a certificate when a CA rule is the only way in', async () => {
    const error = await failure(simulatorClient(sim, demoAccounts.caRequired).call('ReadAccounts', {}));
    expect(error.code).toBe('14');
    const certified = simulatorClient(sim, demoAccounts.caRequired, {
      headers: { [CLIENT_CA_HEADER]: 'ca-5e1f0c3a' },
    });
    await expect(certified.call('ReadAccounts', {})).resolves.toBeDefined();
  });
});

describe('simulator: request validation against the official schemas', () => {
  const client = () => simulatorClient(sim, demoAccounts.buyerEuWest2);

  it('rejects unknown keys, naming the field', async () => {
    const error = await failure(client().call('ReadImages', { Filters: { ImageId: ['x'] } } as never));
    // 4045 invalid-parameter in the official catalogue.
    expect(error).toMatchObject({ status: 400, code: '4045', type: 'InvalidParameterValue' });
    expect(error.details).toContain('Filters.ImageId');
  });

  it('answers catalogue codes to an unknown action, an unsupported filter and a wrong value', async () => {
    const action = await fetch(`${sim.url}/api/v1/ReadNothing`, { method: 'POST', body: '{}' });
    expect(await action.json()).toMatchObject({ Errors: [{ Code: '4042', Type: 'InvalidParameterValue' }] });
    const filter = await failure(client().call('ReadImages', { Filters: { Architectures: ['x86_64'] } }));
    expect(filter).toMatchObject({ code: '4023', type: 'InvalidParameterValue' });
    const value = await failure(client().call('ReadImages', { ResultsPerPage: 'ten' } as never));
    expect(value).toMatchObject({ code: '4047', type: 'InvalidParameterValue' });
    const get = await fetch(`${sim.url}/api/v1/ReadAccounts`);
    expect(get.status).toBe(405);
    expect(await get.json()).toMatchObject({ Errors: [{ Code: '0', Type: 'DefaultError' }] });
  });

  it('rejects a missing required parameter and a wrong type', async () => {
    const missing = await failure(client().call('DeleteImage', {} as never));
    expect(missing).toMatchObject({ code: '4046', type: 'InvalidParameterValue' }); // invalid-parameter-set
    expect(missing.details).toContain('ImageId');
    expect(missing.isInvalidParameter()).toBe(true);
    const wrongType = await failure(client().call('ReadImages', { ResultsPerPage: 'ten' } as never));
    expect(wrongType.details).toContain('ResultsPerPage');
    const pattern = await failure(client().call('DeletePolicy', { PolicyOrn: 'not-an-orn' }));
    expect(pattern.details).toContain('PolicyOrn');
  });

  it('rejects ResultsPerPage outside 1..1000 and JSON that does not parse', async () => {
    expect((await failure(client().call('ReadImages', { ResultsPerPage: 1001 }))).details).toContain(
      'ResultsPerPage',
    );
    const raw = await fetch(`${sim.url}/api/v1/ReadProductTypes`, { method: 'POST', body: '{' });
    expect(raw.status).toBe(400);
  });
});

describe('simulator: images across accounts', () => {
  it('shows a shared image to that account only, which can then copy it', async () => {
    const seller = simulatorClient(sim, demoAccounts.sellerGitlabEuWest2);
    const buyer = simulatorClient(sim, demoAccounts.buyerEuWest2);
    const other = simulatorClient(sim, demoAccounts.sellerUbuntuEuWest2);
    const read = async (c: typeof buyer) =>
      (await c.call('ReadImages', { Filters: { ImageIds: [demoImages.gitlabEuWest2] } })).Images ?? [];
    expect(await read(buyer)).toHaveLength(0);
    await shareImage(seller, demoImages.gitlabEuWest2, [demoAccounts.buyerEuWest2]);
    expect(await read(buyer)).toHaveLength(1);
    expect(await read(other)).toHaveLength(0);
    const copy = await copyImage(
      buyer,
      { sourceImageId: demoImages.gitlabEuWest2, idempotencyKey: 'buyer-gitlab' },
      { pollIntervalMs: 2 },
    );
    expect(copy).toMatchObject({ AccountId: demoAccounts.buyerEuWest2, State: 'available' });
  });

  it('does not copy from another region nor a pending image', async () => {
    const buyer = simulatorClient(sim, demoAccounts.buyerEuWest2);
    const wrongRegion = await failure(
      buyer.call('CreateImage', {
        SourceImageId: demoImages.debianEuWest2,
        SourceRegionName: 'cloudgouv-eu-west-1',
      }),
    );
    expect(wrongRegion.status).toBe(400);
    const slow = await startTestSimulator({ imageCopyDelayMs: 60_000 });
    try {
      const seller = simulatorClient(slow, demoAccounts.sellerDebianEuWest2);
      const { Image } = await seller.call('CreateImage', {
        SourceImageId: demoImages.debianEuWest2,
        SourceRegionName: 'eu-west-2',
        ImageName: 'slow-copy',
      });
      expect(Image?.State).toBe('pending');
      const again = await failure(
        seller.call('CreateImage', { SourceImageId: Image?.ImageId ?? '', SourceRegionName: 'eu-west-2' }),
      );
      expect(again).toMatchObject({ code: '6001', type: 'InvalidState' }); // invalid-image-state
      expect(again.isInvalidState()).toBe(true);
      const duplicate = await failure(
        seller.call('CreateImage', {
          SourceImageId: demoImages.debianEuWest2,
          SourceRegionName: 'eu-west-2',
          ImageName: 'slow-copy',
        }),
      );
      expect(duplicate).toMatchObject({ status: 409, code: '9015', type: 'ResourceConflict' }); // duplicate-name
      expect(duplicate.isConflict()).toBe(true);
    } finally {
      await slow.close();
    }
  });

  it('keeps VMs running, with their product codes, after their image is deleted', async () => {
    const dist = simulatorClient(sim, demoAccounts.distributionEuWest2);
    const seller = simulatorClient(sim, demoAccounts.sellerUbuntuEuWest2);
    await shareImage(seller, demoImages.ubuntuEuWest2, [demoAccounts.distributionEuWest2]);
    const { ProductType } = await dist.call('CreateProductType', { Description: 'vm test', Vendor: 'test' });
    const code = ProductType?.ProductTypeId ?? '';
    const copy = await copyImage(
      dist,
      {
        sourceImageId: demoImages.ubuntuEuWest2,
        idempotencyKey: 'vm-test',
        productCodes: [code],
      },
      { pollIntervalMs: 2 },
    );
    const imageId = copy.ImageId ?? '';
    await shareImage(dist, imageId, [demoAccounts.buyerEuWest2]);
    const vm = sim.launchVm(demoAccounts.buyerEuWest2, imageId);
    await dist.call('DeleteImage', { ImageId: imageId });
    const buyer = simulatorClient(sim, demoAccounts.buyerEuWest2);
    const { Vms } = await buyer.call('ReadVms', { Filters: { ProductCodes: [code] } });
    expect(Vms).toEqual([expect.objectContaining({ VmId: vm.VmId, State: 'running', ProductCodes: [code] })]);
    const other = await dist.call('ReadVms', { Filters: { ProductCodes: [code] } });
    expect(other.Vms).toEqual([]);
  });

  it('refuses product codes that do not exist', async () => {
    const seller = simulatorClient(sim, demoAccounts.sellerDebianEuWest2);
    const error = await failure(
      seller.call('UpdateImage', { ImageId: demoImages.debianEuWest2, ProductCodes: ['pty-00000000'] }),
    );
    expect(error).toMatchObject({ code: '5059', type: 'InvalidResource' }); // no-such-type
    expect(error.isNotFound()).toBe(true);
  });

  it("answers another account's product type as not found, and a full account with a 10xxx", async () => {
    const local = await startTestSimulator({ imagesPerAccount: 0 });
    try {
      const owner = simulatorClient(local, demoAccounts.sellerDebianEuWest2);
      const { ProductType } = await owner.call('CreateProductType', { Description: 'mine', Vendor: 'me' });
      const other = simulatorClient(local, demoAccounts.sellerUbuntuEuWest2);
      const foreign = await failure(
        other.call('DeleteProductType', { ProductTypeId: ProductType?.ProductTypeId ?? '' }),
      );
      expect(foreign).toMatchObject({ code: '5059', type: 'InvalidResource' });
      const full = await failure(
        owner.call('CreateImage', {
          SourceImageId: demoImages.debianEuWest2,
          SourceRegionName: 'eu-west-2',
          ImageName: 'one-too-many',
        }),
      );
      // The catalogue has no image quota; an OMI copy is its snapshots: 10026 too-many-snapshots.
      expect(full).toMatchObject({ code: '10026', type: 'TooManyResources (QuotaExceded)' });
    } finally {
      await local.close();
    }
  });
});

describe('simulator: EIM rules and quotas', () => {
  it('deletes a user only once it has no group, key or policy', async () => {
    const client = simulatorClient(sim, demoAccounts.buyerGouv);
    await client.call('CreateUser', { UserName: 'alice' });
    expect((await failure(client.call('CreateUser', { UserName: 'alice' }))).code).toBe('9022');
    const { AccessKey } = await client.call('CreateAccessKey', { UserName: 'alice' });
    expect(AccessKey?.SecretKey).toHaveLength(40);
    expect((await failure(client.call('DeleteUser', { UserName: 'alice' }))).isInvalidState()).toBe(true);
    const keyId = AccessKey?.AccessKeyId ?? '';
    const active = await failure(client.call('DeleteAccessKey', { AccessKeyId: keyId, UserName: 'alice' }));
    expect(active.isInvalidState()).toBe(true);
    await client.call('UpdateAccessKey', { AccessKeyId: keyId, UserName: 'alice', State: 'INACTIVE' });
    await client.call('DeleteAccessKey', { AccessKeyId: keyId, UserName: 'alice' });
    await client.call('DeleteUser', { UserName: 'alice' });
    expect((await failure(client.call('DeleteUser', { UserName: 'alice' }))).code).toBe('5075');
    expect((await failure(client.call('DeleteUserGroup', { UserGroupName: 'nope' }))).code).toBe('5060');
  });

  it('answers the catalogue codes for duplicates and for missing keys, policies and rules', async () => {
    const client = simulatorClient(sim, demoAccounts.buyerGouv);
    await client.call('CreateUserGroup', { UserGroupName: 'twice' });
    const group = await failure(client.call('CreateUserGroup', { UserGroupName: 'twice' }));
    expect(group).toMatchObject({ status: 409, code: '9008', type: 'ResourceConflict' }); // duplicate-group
    const document = '{"Statement":[{"Effect":"Allow","Action":["api:ReadImages"],"Resource":["*"]}]}';
    await client.call('CreatePolicy', { PolicyName: 'twice', Document: document });
    const policy = await failure(client.call('CreatePolicy', { PolicyName: 'twice', Document: document }));
    expect(policy).toMatchObject({ status: 409, code: '9015', type: 'ResourceConflict' }); // duplicate-name
    const key = await failure(client.call('DeleteAccessKey', { AccessKeyId: 'AKNOPE00000000000000' }));
    expect(key).toMatchObject({ code: '4000', type: 'InvalidParameterValue' }); // access-keys-not-found
    expect(key.isNotFound()).toBe(true);
    const orn = 'orn:ows:idauth::000000000000:policy/nope';
    const noPolicy = await failure(client.call('DeletePolicy', { PolicyOrn: orn }));
    expect(noPolicy).toMatchObject({ code: '5044', type: 'InvalidResource' }); // no-such-resource
    const noRule = await failure(client.call('DeleteApiAccessRule', { ApiAccessRuleId: 'aar-nope' }));
    expect(noRule).toMatchObject({ code: '5044', type: 'InvalidResource' });
  });

  it('changes nothing on DryRun', async () => {
    const client = simulatorClient(sim, demoAccounts.buyerGouv);
    await client.call('CreateUser', { UserName: 'dry', DryRun: true });
    const { Users } = await client.call('ReadUsers', {});
    expect(Users?.map((u) => u.UserName)).not.toContain('dry');
  });

  it('answers a 10xxx quota error past the limit', async () => {
    const local = await startTestSimulator({ accessKeysPerUser: 1 });
    try {
      const client = simulatorClient(local, demoAccounts.buyerGouv);
      await client.call('CreateUser', { UserName: 'bob' });
      await client.call('CreateAccessKey', { UserName: 'bob' });
      const error = await failure(client.call('CreateAccessKey', { UserName: 'bob' }));
      expect(error.isQuotaExceeded()).toBe(true);
      // 10005 too-many-accesskeys
      expect(error).toMatchObject({ code: '10005', type: 'TooManyResources (QuotaExceded)' });
    } finally {
      await local.close();
    }
  });

  it('authenticates with an EIM user key, as the account', async () => {
    const client = simulatorClient(sim, demoAccounts.buyerGouv);
    await client.call('CreateUser', { UserName: 'carol' });
    const { AccessKey } = await client.call('CreateAccessKey', { UserName: 'carol' });
    const asCarol = simulatorClient(sim, demoAccounts.buyerGouv, {
      accessKey: AccessKey?.AccessKeyId ?? '',
      secretKey: AccessKey?.SecretKey ?? '',
    });
    const { Accounts } = await asCarol.call('ReadAccounts', {});
    expect(Accounts?.[0]?.AccountId).toBe(demoAccounts.buyerGouv);
    const { AccessKeys } = await asCarol.call('ReadAccessKeys', {});
    expect(AccessKeys?.map((k) => k.AccessKeyId)).toEqual([AccessKey?.AccessKeyId]);
  });
});

describe('simulator: consumption', () => {
  it('reports VM hours per resource over a period', async () => {
    const time = { now: Date.parse('2026-01-01T00:00:00Z') };
    const local = await startTestSimulator({ clock: () => time.now });
    try {
      const vm = local.launchVm(demoAccounts.sellerDebianEuWest2, demoImages.debianEuWest2);
      time.now += 3 * 3_600_000;
      const client = simulatorClient(local, demoAccounts.sellerDebianEuWest2, {
        now: () => new Date(time.now),
      });
      const { ConsumptionEntries } = await client.call('ReadConsumptionAccount', {
        FromDate: '2026-01-01',
        ToDate: '2026-01-02',
        ShowResourceDetails: true,
      });
      expect(ConsumptionEntries).toEqual([expect.objectContaining({ ResourceId: vm.VmId, Value: 3 })]);
    } finally {
      await local.close();
    }
  });
});

describe('simulator: control endpoint', () => {
  it('injects faults and launches VMs over HTTP', async () => {
    const post = (path: string, body: object) =>
      fetch(`${sim.url}${path}`, { method: 'POST', body: JSON.stringify(body) });
    expect((await post('/_control/faults', { action: 'ReadAccounts', count: 1, status: 503 })).status).toBe(
      200,
    );
    const client = simulatorClient(sim, demoAccounts.buyerEuWest2, { retry: { retries: 0 } });
    expect((await failure(client.call('ReadAccounts', {}))).status).toBe(503);
    await expect(client.call('ReadAccounts', {})).resolves.toBeDefined();
    const launched = await post('/_control/vms', {
      AccountId: demoAccounts.sellerDebianEuWest2,
      ImageId: demoImages.debianEuWest2,
    });
    expect(await launched.json()).toMatchObject({
      Vm: { ImageId: demoImages.debianEuWest2, State: 'running' },
    });
    expect((await post('/_control/faults', { action: 'ReadAccounts', count: 0 })).status).toBe(400);
    expect((await fetch(`${sim.url}/_control/faults`, { method: 'DELETE' })).status).toBe(200);
  });
});
