/**
 * An error the simulator answers with, in the official shape. Every code comes from the official error
 * catalogue (`../shared/outscale/gateway-errors.yaml`: code → Name, Type), chosen by the Name that fits
 * the situation and sent with the catalogue's Type; `error-catalogue.test.ts` fails on any other. The
 * catalogue starts at 4000: the authentication codes below it (0, 1, 13, 14, 25) are those of the
 * official errors page (docs.outscale.com/api-errors.html).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly type: string,
    readonly details: string,
  ) {
    super(`${code} ${type}: ${details}`);
  }
}

const PARAMETER = 'InvalidParameterValue';
const RESOURCE = 'InvalidResource';
const QUOTA = 'TooManyResources (QuotaExceded)';

export const errors = {
  authenticationFailed: (details = 'The access key or the signature is not valid.') =>
    new ApiError(401, '1', 'AccessDenied', details),
  temporarilyLocked: () =>
    new ApiError(
      401,
      '13',
      'AccessDenied',
      'Too many failed connection attempts. Your access has been locked for 60 seconds.',
    ),
  unmatchedApiAccessRules: () =>
    new ApiError(
      401,
      '14',
      'AccessDenied',
      'The authentication method does not comply with the API access rules configured for your account. Please, use a valid certificate or IP address.',
    ),
  throttled: () => new ApiError(429, '25', 'AccessDenied', 'Request rate exceeded.'),
  internal: (status = 500) =>
    new ApiError(status, '0', 'DefaultError', 'The server encountered an internal error.'),
  /** A call that is not POST /api/v1/{Action}. */
  wrongMethod: (method: string, path: string) =>
    new ApiError(405, '0', 'DefaultError', `Use POST /api/v1/{Action}, not ${method} ${path}`),
  /** 4042 invalid-method-name: an action the API does not have, or the simulator does not simulate. */
  unknownAction: (action: string) =>
    new ApiError(400, '4042', PARAMETER, `The action '${action}' is not supported by the simulator.`),
  /** 4045 invalid-parameter: a key the request schema does not have. */
  unknownParameter: (field: string) =>
    new ApiError(400, '4045', PARAMETER, `The parameter '${field}' is not valid for this call.`),
  /** 4047 invalid-parameter-value. */
  invalidValue: (field: string, why: string) =>
    new ApiError(400, '4047', PARAMETER, `The value of '${field}' is not valid: ${why}.`),
  /** 4046 invalid-parameter-set: a required parameter (or one of a required pair) is missing. */
  missingParameter: (field: string) =>
    new ApiError(400, '4046', PARAMETER, `The parameter '${field}' is required.`),
  /** 4045 invalid-parameter: a mode of a call the simulator does not implement. */
  notSimulated: (what: string) =>
    new ApiError(400, '4045', PARAMETER, `${what} is not supported by the simulator.`),
  /** 4023 invalid-filter: a filter the simulator does not implement (rather than ignore). */
  unsupportedFilter: (name: string) =>
    new ApiError(400, '4023', PARAMETER, `The filter Filters.${name} is not supported by the simulator.`),
  /** 5023 no-such-image. */
  imageNotFound: (id: string) => new ApiError(400, '5023', RESOURCE, `The ImageId '${id}' does not exist.`),
  /** 5060 no-such-user-group. */
  userGroupNotFound: (name: string) =>
    new ApiError(400, '5060', RESOURCE, `The user group '${name}' does not exist.`),
  /** 5075 no-such-user. */
  userNotFound: (name: string) => new ApiError(400, '5075', RESOURCE, `The user '${name}' does not exist.`),
  /** 5059 no-such-type: a product type that does not exist, or that the caller does not own. */
  productTypeNotFound: (id: string) =>
    new ApiError(400, '5059', RESOURCE, `The ProductTypeId '${id}' does not exist.`),
  /** 5044 no-such-resource (the catalogue has no policy-specific code). */
  policyNotFound: (orn: string) => new ApiError(400, '5044', RESOURCE, `The policy '${orn}' does not exist.`),
  /** 4000 access-keys-not-found (a 4xxx in the catalogue, with Type InvalidParameterValue). */
  accessKeyNotFound: (id: string) =>
    new ApiError(400, '4000', PARAMETER, `The AccessKeyId '${id}' does not exist.`),
  /** 5044 no-such-resource (the catalogue has no API-access-rule code). */
  apiAccessRuleNotFound: (id: string) =>
    new ApiError(400, '5044', RESOURCE, `The ApiAccessRuleId '${id}' does not exist.`),
  /** 6003 invalid-state. */
  invalidState: (details: string) => new ApiError(400, '6003', 'InvalidState', details),
  /** 6001 invalid-image-state: the image is not (or no longer) available. */
  invalidImageState: (details: string) => new ApiError(400, '6001', 'InvalidState', details),
  /**
   * A 9xxx of the catalogue, with HTTP 409: 9022 duplicate-username, 9008 duplicate-group, 9015
   * duplicate-name...
   */
  conflict: (code: string, details: string) => new ApiError(409, code, 'ResourceConflict', details),
  /** A 10xxx of the catalogue: 10005 too-many-accesskeys, 10026 too-many-snapshots (images)... */
  quota: (code: string, details: string) => new ApiError(400, code, QUOTA, details),
};
