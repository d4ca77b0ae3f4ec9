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
  // VMs, flexible GPUs, security groups and consumption: codes from gateway-errors.yaml (code: Name).
  /** 4018: invalid-count */
  invalidCount: (details: string) => new ApiError(400, '4018', 'InvalidParameterValue', details),
  /** 4046: invalid-parameter-set (parameters that cannot go together, or none of a required choice) */
  invalidParameterSet: (details: string) => new ApiError(400, '4046', 'InvalidParameterValue', details),
  /** 4047: invalid-parameter-value */
  invalidParameterValue: (field: string, why: string) =>
    new ApiError(400, '4047', 'InvalidParameterValue', `The value of '${field}' is not valid: ${why}.`),
  /** 4053: invalid-protocol */
  invalidProtocol: (value: string) =>
    new ApiError(400, '4053', 'InvalidParameterValue', `The IpProtocol '${value}' is not valid.`),
  /** 4056: invalid-range */
  invalidPortRange: (details: string) => new ApiError(400, '4056', 'InvalidParameterValue', details),
  /** 5009: no-such-az */
  subregionNotFound: (name: string) =>
    new ApiError(400, '5009', 'InvalidResource', `The SubregionName '${name}' does not exist.`),
  /** 5020: no-such-group */
  securityGroupNotFound: (idOrName: string) =>
    new ApiError(400, '5020', 'InvalidResource', `The security group '${idOrName}' does not exist.`),
  /** 5024: no-such-instance-type */
  vmTypeNotFound: (type: string) =>
    new ApiError(400, '5024', 'InvalidResource', `The VmType '${type}' does not exist.`),
  /** 5063: no-such-vm */
  vmNotFound: (id: string) =>
    new ApiError(400, '5063', 'InvalidResource', `The VmId '${id}' does not exist.`),
  /** 5074: no-such-gpu-reservation (an fGPU is a GPU reserved for the account) */
  flexibleGpuNotFound: (id: string) =>
    new ApiError(400, '5074', 'InvalidResource', `The FlexibleGpuId '${id}' does not exist.`),
  /** 6001: invalid-image-state */
  imageNotAvailable: (id: string, state: string) =>
    new ApiError(400, '6001', 'InvalidState', `The image '${id}' is ${state}, not available.`),
  /** 6003: invalid-state */
  invalidFlexibleGpuState: (id: string, state: string, what: string) =>
    new ApiError(400, '6003', 'InvalidState', `The fGPU '${id}' is ${state}: ${what}.`),
  /** 6006: invalid-vm-state */
  invalidVmState: (id: string, state: string, what: string) =>
    new ApiError(400, '6006', 'InvalidState', `The VM '${id}' is ${state}: ${what}.`),
  /** 9000: already-exist */
  alreadyExists: (details: string) => new ApiError(409, '9000', 'ResourceConflict', details),
  /** 9002: busy */
  securityGroupInUse: (id: string, by: string) =>
    new ApiError(409, '9002', 'ResourceConflict', `The security group '${id}' is in use by ${by}.`),
  /** 9008: duplicate-group */
  duplicateSecurityGroup: (name: string) =>
    new ApiError(409, '9008', 'ResourceConflict', `A security group named '${name}' already exists.`),
  /** 9051: reserved-group */
  reservedSecurityGroup: (name: string) =>
    new ApiError(409, '9051', 'ResourceConflict', `The security group '${name}' cannot be deleted.`),
  /** 9071: zone-mismatch */
  zoneMismatch: (details: string) => new ApiError(409, '9071', 'ResourceConflict', details),
  /** 9072: vm-specs-mismatch */
  vmSpecsMismatch: (details: string) => new ApiError(409, '9072', 'ResourceConflict', details),
  /** 10010: too-many-instances */
  tooManyVms: (details: string) => new ApiError(400, '10010', 'TooManyResources (QuotaExceded)', details),
  /** 10030: too-many-gpu */
  tooManyFlexibleGpus: (details: string) =>
    new ApiError(400, '10030', 'TooManyResources (QuotaExceded)', details),
};
