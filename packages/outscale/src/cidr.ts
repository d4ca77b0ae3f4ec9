function ipv4ToNumber(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part)) return undefined;
    const n = Number(part);
    if (n > 255) return undefined;
    value = value * 256 + n;
  }
  return value;
}

/** Whether an IPv4 address is inside a CIDR range (`a.b.c.d/n`, or a bare address for /32). */
export function ipInRange(ip: string, range: string): boolean {
  const [base = '', bitsText] = range.split('/');
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  const address = ipv4ToNumber(ip.replace(/^::ffff:/, ''));
  const network = ipv4ToNumber(base);
  if (address === undefined || network === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) {
    return false;
  }
  const size = 2 ** (32 - bits);
  return Math.floor(address / size) === Math.floor(network / size);
}
