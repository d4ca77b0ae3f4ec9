import { describe, expect, it } from 'vitest';
import { ApiError } from './api-error.ts';
import { type AuthRequest, authenticate, hostCandidates } from './auth.ts';
import { SimulatorState } from './state.ts';

// The reference request of ../shared/outscale/NOTES.md. The signatures below were computed by hand with
// the official Python SDK's signer (osc-sdk-python, Authentication), which signs the Host without its
// port, and, for AWS4, with an independent SigV4 computation (service `api`, `aws4_request`).
const ACCESS_KEY = 'AKIAEXAMPLE0000000AB';
const SECRET_KEY = 'SECRETEXAMPLE0000000000000000000000000AB';
const DATE_TIME = '20240102T030405Z';
const BODY = '{"Filters":{"ImageIds":["ami-12345678"]}}';
const CONTENT_TYPE = 'application/json; charset=utf-8';
const SDK_SIGNATURE_FOR_127_0_0_1 = '7b4f09a20bc59de62d6f7a51e104d20ae46605d1ad61742cb30ace363bc41e2e';
const OSC4_SIGNATURE_FOR_API_HOST = '9426ad5e0c4c039ef09cc12488549e544f5b1285c1bd41523dd47763447ddcc8';
const AWS4_SIGNATURE_FOR_API_HOST = '43d1e7c39c65132133ba770c54cc94e5446811744c1c4a505c2ebbfa0f1e3710';

const state = () =>
  new SimulatorState(() => Date.parse('2024-01-02T03:04:05Z'), {
    accounts: [
      {
        AccountId: '123456789012',
        Email: 'vector@example.test',
        CompanyName: 'Vector',
        Region: 'eu-west-2',
        AccessKey: ACCESS_KEY,
        SecretKey: SECRET_KEY,
      },
    ],
  });

function request(host: string, signature: string, scheme: 'OSC4' | 'AWS4' = 'OSC4'): AuthRequest {
  const dateHeader = scheme === 'OSC4' ? 'x-osc-date' : 'x-amz-date';
  const term = scheme === 'OSC4' ? 'osc4_request' : 'aws4_request';
  return {
    headers: {
      host,
      'content-type': CONTENT_TYPE,
      [dateHeader]: DATE_TIME,
      authorization: `${scheme}-HMAC-SHA256 Credential=${ACCESS_KEY}/20240102/eu-west-2/api/${term}, SignedHeaders=content-type;host;${dateHeader}, Signature=${signature}`,
    },
    path: '/api/v1/ReadImages',
    body: BODY,
    pathRegion: undefined,
    callerIp: '148.253.98.37',
    certificateCaIds: [],
  };
}

const refusal = (fn: () => unknown): ApiError | undefined => {
  try {
    fn();
    return undefined;
  } catch (error) {
    return error instanceof ApiError ? error : undefined;
  }
};

describe('signature checks', () => {
  it('accepts the official Python SDK signing 127.0.0.1 for a request sent to 127.0.0.1:3400', () => {
    const caller = authenticate(state(), request('127.0.0.1:3400', SDK_SIGNATURE_FOR_127_0_0_1));
    expect(caller.account.info.AccountId).toBe('123456789012');
    // And the same signature when the Host has no port at all.
    expect(() => authenticate(state(), request('127.0.0.1', SDK_SIGNATURE_FOR_127_0_0_1))).not.toThrow();
  });

  it('refuses that signature for another host', () => {
    for (const host of ['127.0.0.2:3400', 'localhost:3400', 'api.eu-west-2.outscale.com']) {
      expect(refusal(() => authenticate(state(), request(host, SDK_SIGNATURE_FOR_127_0_0_1)))).toMatchObject({
        status: 401,
        code: '1',
      });
    }
  });

  it('accepts the reference vector in OSC4 and in AWS4, also when the Host carries a port', () => {
    expect(() =>
      authenticate(state(), request('api.eu-west-2.outscale.com', OSC4_SIGNATURE_FOR_API_HOST)),
    ).not.toThrow();
    expect(() =>
      authenticate(state(), request('api.eu-west-2.outscale.com:443', OSC4_SIGNATURE_FOR_API_HOST)),
    ).not.toThrow();
    expect(() =>
      authenticate(state(), request('api.eu-west-2.outscale.com', AWS4_SIGNATURE_FOR_API_HOST, 'AWS4')),
    ).not.toThrow();
    // One scheme's signature is not the other's.
    expect(
      refusal(() =>
        authenticate(state(), request('api.eu-west-2.outscale.com', OSC4_SIGNATURE_FOR_API_HOST, 'AWS4')),
      ),
    ).toMatchObject({ code: '1' });
  });

  it('tries the Host as sent and without its port, nothing else', () => {
    expect(hostCandidates('127.0.0.1:3400')).toEqual(['127.0.0.1:3400', '127.0.0.1']);
    expect(hostCandidates('[::1]:3400')).toEqual(['[::1]:3400', '[::1]']);
    expect(hostCandidates('api.eu-west-2.outscale.com')).toEqual(['api.eu-west-2.outscale.com']);
    expect(hostCandidates('[::1]')).toEqual(['[::1]']);
  });
});
