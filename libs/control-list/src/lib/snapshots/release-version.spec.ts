import { allowedNextVersions, suggestedNextVersion, versionProblem } from './release-version';

const december2026 = new Date('2026-12-01T12:00:00Z');

describe('versions without gaps', () => {
  it('follows the latest release by the next number of its year, or the first of a later year up to next year', () => {
    expect(versionProblem('2026.2', '2026.1', 'PUBLICATION', december2026)).toBeUndefined();
    expect(versionProblem('2027.1', '2026.1', 'PUBLICATION', december2026)).toBeUndefined();
    expect(versionProblem('2027.0', '2026.1', 'BASELINE', december2026)).toBeUndefined();
    expect(versionProblem('2026.11', '2026.10', 'PUBLICATION', december2026)).toBeUndefined();
  });

  it('refuses gaps, repeats, older versions, the wrong first number of a year and years beyond the next', () => {
    for (const [candidate, kind] of [
      ['2026.10', 'PUBLICATION'],
      ['2026.1', 'PUBLICATION'],
      ['2026.0', 'BASELINE'],
      ['2025.9', 'PUBLICATION'],
      ['2027.0', 'PUBLICATION'],
      ['2027.1', 'BASELINE'],
      ['2027.2', 'PUBLICATION'],
      ['2028.1', 'PUBLICATION'],
      ['26.2', 'PUBLICATION'],
    ] as const) {
      expect(versionProblem(candidate, '2026.1', kind, december2026)).toEqual(expect.any(String));
    }
    expect(versionProblem('2026.10', '2026.1', 'PUBLICATION', december2026)).toBe(
      '2026.10 cannot follow 2026.1: versions have no gaps, so the next one is 2026.2 or 2027.1',
    );
  });

  it('lets the first release of all take any version', () => {
    expect(versionProblem('2024.7', null, 'BASELINE', december2026)).toBeUndefined();
  });

  it('suggests the next version of the current year where one can follow', () => {
    expect(suggestedNextVersion('2026.1', 'PUBLICATION', december2026)).toBe('2026.2');
    expect(suggestedNextVersion('2025.4', 'PUBLICATION', december2026)).toBe('2026.1');
    expect(suggestedNextVersion('2025.4', 'BASELINE', december2026)).toBe('2026.0');
    expect(suggestedNextVersion(null, 'BASELINE', december2026)).toBe('2026.0');
    expect(suggestedNextVersion('2027.0', 'PUBLICATION', december2026)).toBe('2027.1');
    expect(allowedNextVersions('2025.4', 'PUBLICATION', december2026)).toEqual(['2025.5', '2026.1', '2027.1']);
  });
});
