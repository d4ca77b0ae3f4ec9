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
};
