import { describe, expect, it } from 'vitest';
import { apiProblem } from './api-problem.ts';

class FakeClientError extends Error {
  constructor(
    message: string,
    readonly data: unknown,
  ) {
    super(message);
  }
}

describe('apiProblem', () => {
  it('reads the code, the message and the field errors of a server answer', () => {
    const error = new FakeClientError('Some fields are not valid', {
      code: 'BAD_REQUEST',
      httpStatus: 400,
      fieldErrors: { accessKey: ['Unknown access key'], secretKey: ['Too short', 42] },
    });
    expect(apiProblem(error)).toEqual({
      code: 'BAD_REQUEST',
      message: 'Some fields are not valid',
      fieldErrors: { accessKey: ['Unknown access key'], secretKey: ['Too short'] },
    });
  });

  it('reads the details a CONFLICT names, strings only', () => {
    const error = new FakeClientError('You already subscribed', {
      code: 'CONFLICT',
      details: { subscriptionId: 's-1', path: '/subscriptions?subscription=s-1', count: 2 },
    });
    expect(apiProblem(error).details).toEqual({
      subscriptionId: 's-1',
      path: '/subscriptions?subscription=s-1',
    });
  });

  it('has no field errors when the server sent none', () => {
    const error = new FakeClientError('Locked for 1 minute', { code: 'TOO_MANY_REQUESTS' });
    expect(apiProblem(error)).toEqual({
      code: 'TOO_MANY_REQUESTS',
      message: 'Locked for 1 minute',
      fieldErrors: {},
    });
  });

  it('says nothing of a failure the server did not answer (network, offline)', () => {
    expect(apiProblem(new TypeError('Failed to fetch'))).toEqual({
      code: null,
      message: null,
      fieldErrors: {},
    });
    expect(apiProblem(undefined)).toEqual({ code: null, message: null, fieldErrors: {} });
  });
});
