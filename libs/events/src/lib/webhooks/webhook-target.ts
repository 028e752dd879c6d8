import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

/**
 * Addresses a webhook must never reach: a registered URL is chosen by an API client, so without this a client could
 * make Concord POST into the network it runs in (metadata services, databases, admin consoles).
 */
const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['100::', 64], ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
  // Local-use NAT64 (RFC 8215) translates into whatever the operator chose, so its IPv4 cannot be read off.
  ['64:ff9b:1::', 48],
] as const) NON_PUBLIC.addSubnet(network, prefix, 'ipv6');

/** The 16 bytes of an IPv6 address, dotted-quad tail included; undefined when it is not one. */
function ipv6Bytes(address: string): number[] | undefined {
  if (isIP(address) !== 6) return undefined;
  let text = address.toLowerCase().replace(/%.*$/, '');
  const quad = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (quad) {
    const [a, b, c, d] = quad.slice(1).map(Number);
    text = `${text.slice(0, quad.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const groups = (part: string | undefined) => (part ? part.split(':').map((group) => parseInt(group, 16)) : []);
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const all = tail === undefined ? front : [...front, ...Array(8 - front.length - back.length).fill(0), ...back];
  return all.flatMap((group) => [group >> 8, group & 0xff]);
}

const dotted = (bytes: number[]) => bytes.join('.');
const zeros = (bytes: number[]) => bytes.every((byte) => byte === 0);

/**
 * The IPv4 address an IPv6 form delivers to, where one does: IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible
 * (`::a.b.c.d`), NAT64 (`64:ff9b::/96`), 6to4 (`2002::/16`) and Teredo (`2001::/32`, the client's address inverted).
 */
function carriedIpv4(bytes: number[]): string | undefined {
  const [b0, b1, b2, b3] = bytes;
  if (zeros(bytes.slice(0, 10)) && bytes[10] === 0xff && bytes[11] === 0xff) return dotted(bytes.slice(12));
  if (zeros(bytes.slice(0, 12)) && !zeros(bytes.slice(12, 15))) return dotted(bytes.slice(12));
  if (b0 === 0x00 && b1 === 0x64 && b2 === 0xff && b3 === 0x9b && zeros(bytes.slice(4, 12))) return dotted(bytes.slice(12));
  if (b0 === 0x20 && b1 === 0x02) return dotted(bytes.slice(2, 6));
  if (b0 === 0x20 && b1 === 0x01 && b2 === 0x00 && b3 === 0x00) return dotted(bytes.slice(12).map((byte) => byte ^ 0xff));
  return undefined;
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !NON_PUBLIC.check(address, 'ipv4');
  const bytes = ipv6Bytes(address);
  if (!bytes) return false;
  const ipv4 = carriedIpv4(bytes);
  if (ipv4 !== undefined && !isPublicAddress(ipv4)) return false;
  return !NON_PUBLIC.check(address, 'ipv6');
}

export interface ResolvedTarget {
  address: string;
  family: 4 | 6;
}

/**
 * Resolves the URL's host once. With `publicOnly`, every address must be public (else the reason is returned). The
 * caller connects to the returned address itself, so a name that resolves differently a moment later (DNS rebinding)
 * cannot send the request anywhere the check did not see.
 */
export async function resolveTarget(url: string, publicOnly: boolean): Promise<ResolvedTarget | { refused: string }> {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  let addresses: ResolvedTarget[];
  try {
    const family = isIP(host);
    addresses = family
      ? [{ address: host, family: family as 4 | 6 }]
      : (await lookup(host, { all: true, verbatim: true })).map((entry) => ({ address: entry.address, family: entry.family as 4 | 6 }));
  } catch {
    return { refused: `${host} does not resolve` };
  }
  if (!addresses.length) return { refused: `${host} does not resolve` };
  const blocked = publicOnly ? addresses.find((entry) => !isPublicAddress(entry.address)) : undefined;
  return blocked ? { refused: `${host} resolves to ${blocked.address}, which is not a public address` } : addresses[0];
}

/** Why the URL's host may not be called, or undefined when every address it resolves to is public. */
export async function nonPublicTargetReason(url: string): Promise<string | undefined> {
  const target = await resolveTarget(url, true);
  return 'refused' in target ? target.refused : undefined;
}
