import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@concord/shared/config';
import { countValidSignatures, signEnvelope } from '../signing/signed-envelope';
import { SigningKeyring } from '../signing/signing-keyring';
import { createTrust, nextRoot, trustKeyOf } from './root-authoring';
import { updateRoot, verifyPinnedRoot } from './trust-checks';
import { TrustProblem } from './trust-problem';
import { TrustStore } from './trust-store';

describe('trust store and checks', () => {
  const plan = { rootKeyCount: 3, rootThreshold: 2, releaseValidFrom: new Date(0), now: new Date(), expiresInDays: 30 };

  it('generates the development trust directory once, enrolling the development signing key, and reads it back', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'concord-trust-dev-'));
    try {
      const config = loadConfig({ NODE_ENV: 'development', CONCORD_DATA_DIR: dataDir });
      const keyring = SigningKeyring.fromConfig(config);
      const first = TrustStore.fromConfig(config, keyring).newest();
      expect(existsSync(join(dataDir, 'trust', 'root', '1.json'))).toBe(true);
      expect(first.signed.roles.release.keys).toEqual([{ keyId: keyring.keyId, validFrom: new Date(0).toISOString(), validUntil: null, revoked: false }]);
      expect(TrustStore.fromConfig(config, keyring).newest()).toEqual(first);
      expect(() => TrustStore.fromConfig(config, keyring).assertReleaseKey('someone-else', new Date())).toThrow(/not in the release role/);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('counts one key once towards a threshold, whatever ids it is listed under', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const envelope = signEnvelope({ hello: 'world' }, [
      { keyId: 'a', privateKey },
      { keyId: 'b', privateKey },
    ]);
    const pem = trustKeyOf(privateKey).publicKey;
    expect(countValidSignatures(envelope, new Map([['a', pem], ['b', pem]]))).toBe(1);
  });

  it('follows a root only one version at a time, signed by both thresholds', () => {
    const trust = createTrust(plan);
    expect(verifyPinnedRoot(trust.root)).toBe(trust.root);
    const next = nextRoot(trust.root.signed, { now: new Date(), expiresInDays: 30, newTimestampKey: generateKeyPairSync('ed25519').privateKey });
    const skipped = signEnvelope({ ...next, version: 3 }, trust.rootKeys);
    expect(() => updateRoot(trust.root, skipped)).toThrow(expect.objectContaining({ problem: TrustProblem.ROOT_VERSION }));
    expect(() => updateRoot(trust.root, signEnvelope(next, trust.rootKeys.slice(0, 1)))).toThrow(expect.objectContaining({ problem: TrustProblem.ROOT_THRESHOLD }));
    expect(updateRoot(trust.root, signEnvelope(next, trust.rootKeys.slice(1))).signed.version).toBe(2);
    const stranger = generateKeyPairSync('ed25519').privateKey;
    expect(() => updateRoot(trust.root, signEnvelope(next, [{ keyId: trust.rootKeys[0].keyId, privateKey: stranger }, trust.rootKeys[1]]))).toThrow(/1 valid signature/);
  });

  it('retires a release key by closing its window, revokes one outright, and refuses a key it does not list', () => {
    const trust = createTrust(plan);
    const [grant] = trust.root.signed.roles.release.keys;
    const now = new Date();
    const retired = nextRoot(trust.root.signed, { now, expiresInDays: 30, retireReleaseKeys: [grant.keyId] });
    expect(retired.roles.release.keys).toEqual([{ ...grant, validUntil: now.toISOString() }]);
    expect(nextRoot(retired, { now, expiresInDays: 30, revokeReleaseKeys: [grant.keyId] }).roles.release.keys).toEqual([{ ...grant, validUntil: now.toISOString(), revoked: true }]);
    expect(() => nextRoot(retired, { now, expiresInDays: 30, retireReleaseKeys: ['nobody'] })).toThrow(/not in the release role/);
  });
});
