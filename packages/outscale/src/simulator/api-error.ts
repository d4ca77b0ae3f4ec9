/**
 * An error the simulator answers with, in the official shape. Codes follow the official error page where
 * NOTES.md names them (1, 14, 24/25, 5023, 5060, 5075, 9022); the others keep the documented families
 * (4xxx parameter, 5xxx not found, 6xxx invalid state, 9xxx conflict, 10xxx quota).
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
    new ApiError(status, '0', 'InternalError', 'The server encountered an internal error.'),
  unknownParameter: (field: string) =>
    new ApiError(400, '4000', 'InvalidParameter', `The parameter '${field}' is not valid for this call.`),
  invalidValue: (field: string, why: string) =>
    new ApiError(400, '4045', 'InvalidParameterValue', `The value of '${field}' is not valid: ${why}.`),
  missingParameter: (field: string) =>
    new ApiError(400, '4110', 'MissingParameter', `The parameter '${field}' is required.`),
  notSimulated: (what: string) =>
    new ApiError(400, '4000', 'InvalidParameter', `${what} is not supported by the simulator.`),
  imageNotFound: (id: string) =>
    new ApiError(400, '5023', 'InvalidResource', `The ImageId '${id}' does not exist.`),
  userGroupNotFound: (name: string) =>
    new ApiError(400, '5060', 'InvalidResource', `The user group '${name}' does not exist.`),
  userNotFound: (name: string) =>
    new ApiError(400, '5075', 'InvalidResource', `The user '${name}' does not exist.`),
  productTypeNotFound: (id: string) =>
    new ApiError(400, '5090', 'InvalidResource', `The ProductTypeId '${id}' does not exist.`),
  policyNotFound: (orn: string) =>
    new ApiError(400, '5091', 'InvalidResource', `The policy '${orn}' does not exist.`),
  accessKeyNotFound: (id: string) =>
    new ApiError(400, '5092', 'InvalidResource', `The AccessKeyId '${id}' does not exist.`),
  apiAccessRuleNotFound: (id: string) =>
    new ApiError(400, '5093', 'InvalidResource', `The ApiAccessRuleId '${id}' does not exist.`),
  invalidState: (details: string) => new ApiError(400, '6003', 'InvalidState', details),
  conflict: (code: string, details: string) => new ApiError(409, code, 'ResourceConflict', details),
  quota: (details: string) => new ApiError(400, '10029', 'TooManyResources (QuotaExceded)', details),
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
  invalidImageState: (id: string, state: string) =>
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
