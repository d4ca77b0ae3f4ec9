import { isIPv4, isIPv6 } from 'node:net';

/**
 * A HOST setting that only this machine can reach: localhost, 127.0.0.0/8 or ::1 (also written as
 * the IPv4-mapped ::ffff:127.x.y.z). 0.0.0.0 and :: listen on every interface, so they are not.
 */
export function isLoopbackAddress(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (name === 'localhost') return true;
  if (isIPv4(name)) return name.startsWith('127.');
  if (isIPv6(name)) return name === '::1' || /^::ffff:127\./.test(name) || /^(0{1,4}:){7}0{0,3}1$/.test(name);
  return false;
}

/**
 * A request's Host header names this machine (localhost, 127.x.y.z or [::1], any port). A page of
 * another site that rebinds its own name to 127.0.0.1 still sends that name, so it is refused.
 */
export function isLoopbackHostHeader(host: string | undefined): boolean {
  // Only "name[:port]" or "[IPv6][:port]": no user info, path or anything a URL parser would reinterpret.
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/i.exec(host ?? '');
  return match?.[1] !== undefined && isLoopbackAddress(match[1]);
}
