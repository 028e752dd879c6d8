import { isPublicAddress, nonPublicTargetReason } from './webhook-target';

describe('webhook targets', () => {
  it.each(['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.10', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:127.0.0.1', 'not-an-ip'])(
    'refuses %s',
    (address) => expect(isPublicAddress(address)).toBe(false),
  );

  it.each(['8.8.8.8', '1.1.1.1', '203.0.113.7', '2001:4860:4860::8888', '172.32.0.1'])('accepts %s', (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });

  it('looks at what a host name resolves to, not at the name', async () => {
    expect(await nonPublicTargetReason('https://localhost/hook')).toMatch(/localhost resolves to (127\.0\.0\.1|::1), which is not a public address/);
    expect(await nonPublicTargetReason('https://[::1]:8443/hook')).toMatch(/not a public address/);
    expect(await nonPublicTargetReason('https://203.0.113.7/hook')).toBeUndefined();
  });
});
