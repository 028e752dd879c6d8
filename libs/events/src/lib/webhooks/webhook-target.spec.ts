import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { pinnedPost } from './pinned-post';
import { isPublicAddress, nonPublicTargetReason, resolveTarget } from './webhook-target';

describe('webhook targets', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', 'not-an-ip'])(
    'refuses %s',
    (address) => expect(isPublicAddress(address)).toBe(false),
  );

  it.each([
    ['NAT64', '64:ff9b::7f00:1'],
    ['NAT64, dotted', '64:ff9b::10.0.0.1'],
    ['local-use NAT64', '64:ff9b:1::808:808'],
    ['6to4 of 192.168.1.1', '2002:c0a8:101::1'],
    ['IPv4-compatible', '::127.0.0.1'],
    ['IPv4-compatible, hex', '::a00:1'],
    ['IPv4-mapped, hex', '::ffff:a9fe:a9fe'],
    ['site-local', 'fec0::1'],
    ['Teredo of 10.0.0.1', '2001:0:4136:e378:8000:63bf:f5ff:fffe'],
  ])('refuses the IPv6 form %s (%s) like the address it reaches', (_name, address) => expect(isPublicAddress(address)).toBe(false));

  it.each(['64:ff9b::808:808', '2002:808:808::1', '::ffff:8.8.8.8'])('accepts %s, which reaches a public IPv4 address', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '203.0.113.7', '2001:4860:4860::8888', '172.32.0.1'])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('looks at what a host name resolves to, not at the name', async () => {
    expect(await nonPublicTargetReason('https://localhost/hook')).toMatch(/localhost resolves to (127\.0\.0\.1|::1), which is not a public address/);
    expect(await nonPublicTargetReason('https://[::1]:8443/hook')).toMatch(/not a public address/);
    expect(await nonPublicTargetReason('https://203.0.113.7/hook')).toBeUndefined();
    expect(await resolveTarget('https://[64:ff9b::a9fe:a9fe]/hook', true)).toEqual({ refused: expect.stringMatching(/not a public address/) });
  });

  it('connects to the address it checked, never looking the name up again', async () => {
    const seen: { host?: string; body: string }[] = [];
    const receiver = createServer((request, response) => {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        seen.push({ host: request.headers.host, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = receiver.address() as AddressInfo;
      // `.invalid` never resolves (RFC 6761): the request can only arrive through the pinned address.
      const status = await pinnedPost({
        url: `http://rebinding.invalid:${port}/hook`,
        target: { address: '127.0.0.1', family: 4 },
        headers: { 'Content-Type': 'application/json' },
        body: '{"ok":true}',
        timeoutMs: 5000,
      });
      expect(status).toBe(204);
      expect(seen).toEqual([{ host: `rebinding.invalid:${port}`, body: '{"ok":true}' }]);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});
