import { createHash, createHmac } from 'node:crypto';

/**
 * OSC4-HMAC-SHA256 is AWS Signature V4 with other names; the API accepts both, so one function serves
 * the two schemes and the simulator verifies either with the code the client signs with.
 */
export type SignatureScheme = 'OSC4' | 'AWS4';

export interface SigningInput {
  accessKey: string;
  secretKey: string;
  region: string;
  host: string;
  path: string;
  body: string;
  contentType: string;
  /** `YYYYMMDDTHHMMSZ` */
  dateTime: string;
  scheme?: SignatureScheme;
}

const SERVICE = 'api';
const SIGNED_HEADERS = ['content-type', 'host'];

export const sha256Hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');

const hmac = (key: string | Buffer, data: string): Buffer =>
  createHmac('sha256', key).update(data, 'utf8').digest();

const dateHeader = (scheme: SignatureScheme): string => (scheme === 'OSC4' ? 'x-osc-date' : 'x-amz-date');
const terminator = (scheme: SignatureScheme): string => (scheme === 'OSC4' ? 'osc4_request' : 'aws4_request');

export function formatDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function credentialScope(dateTime: string, region: string, scheme: SignatureScheme = 'OSC4'): string {
  return `${dateTime.slice(0, 8)}/${region}/${SERVICE}/${terminator(scheme)}`;
}

/** The hex signature of a request whose headers are given in lower case, signed in the listed order. */
export function computeSignature(input: {
  secretKey: string;
  region: string;
  scheme: SignatureScheme;
  dateTime: string;
  path: string;
  headers: Record<string, string>;
  signedHeaders: string[];
  body: string;
}): string {
  const canonicalHeaders = input.signedHeaders
    .map((name) => `${name}:${(input.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`)
    .join('');
  const canonicalRequest = [
    'POST',
    input.path,
    '',
    canonicalHeaders,
    input.signedHeaders.join(';'),
    sha256Hex(input.body),
  ].join('\n');
  const stringToSign = [
    `${input.scheme}-HMAC-SHA256`,
    input.dateTime,
    credentialScope(input.dateTime, input.region, input.scheme),
    sha256Hex(canonicalRequest),
  ].join('\n');
  const kDate = hmac(`${input.scheme}${input.secretKey}`, input.dateTime.slice(0, 8));
  const kRegion = hmac(kDate, input.region);
  const kService = hmac(kRegion, SERVICE);
  const kSigning = hmac(kService, terminator(input.scheme));
  return createHmac('sha256', kSigning).update(stringToSign, 'utf8').digest('hex');
}

/** The headers to send with a signed request (Host is set by the HTTP stack from the URL). */
export function signRequest(input: SigningInput): Record<string, string> {
  const scheme = input.scheme ?? 'OSC4';
  const signedHeaders = [...SIGNED_HEADERS, dateHeader(scheme)];
  const signature = computeSignature({
    secretKey: input.secretKey,
    region: input.region,
    scheme,
    dateTime: input.dateTime,
    path: input.path,
    headers: { 'content-type': input.contentType, host: input.host, [dateHeader(scheme)]: input.dateTime },
    signedHeaders,
    body: input.body,
  });
  const credential = `${input.accessKey}/${credentialScope(input.dateTime, input.region, scheme)}`;
  return {
    'Content-Type': input.contentType,
    [scheme === 'OSC4' ? 'X-Osc-Date' : 'X-Amz-Date']: input.dateTime,
    Authorization: `${scheme}-HMAC-SHA256 Credential=${credential}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`,
  };
}

export interface ParsedAuthorization {
  scheme: SignatureScheme;
  accessKey: string;
  date: string;
  region: string;
  signedHeaders: string[];
  signature: string;
}

/** Reads an Authorization header; undefined when it is not a signature this API understands. */
export function parseAuthorization(header: string | undefined): ParsedAuthorization | undefined {
  const match =
    /^(OSC4|AWS4)-HMAC-SHA256\s+Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/.exec(
      header?.trim() ?? '',
    );
  if (!match) return undefined;
  const [, scheme, credential = '', signedHeaders = '', signature = ''] = match;
  const [accessKey, date, region, service, term] = credential.split('/');
  if (!accessKey || !date || !region || service !== SERVICE) return undefined;
  if (term !== terminator(scheme as SignatureScheme)) return undefined;
  return {
    scheme: scheme as SignatureScheme,
    accessKey,
    date,
    region,
    signedHeaders: signedHeaders.split(';'),
    signature,
  };
}

/** Parses `YYYYMMDDTHHMMSSZ` into epoch milliseconds, or NaN. */
export function parseDateTime(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return Number.NaN;
  const [, y, mo, d, h, mi, s] = m.map(Number) as [number, number, number, number, number, number, number];
  return Date.UTC(y, mo - 1, d, h, mi, s);
}
