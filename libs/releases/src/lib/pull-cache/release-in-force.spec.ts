import type { DataSource } from 'typeorm';
import { ConcordEvent, EventBus } from '@concord/events';
import { loadConfig } from '@concord/shared/config';
import { releaseImported, releasePublished } from '../events/release-events';
import { ReleaseInForce } from './release-in-force';

describe('ReleaseInForce', () => {
  function inForce(): { tracker: ReleaseInForce; hear: (event: ConcordEvent) => void } {
    let handler: (event: ConcordEvent) => void = () => undefined;
    const bus = { listen: (_topic: string, handle: (event: ConcordEvent) => void) => (handler = handle) } as unknown as EventBus;
    return { tracker: new ReleaseInForce({} as DataSource, bus, loadConfig({ NODE_ENV: 'test' })), hear: (event) => handler(event) };
  }

  it('is unknown until read, then only moves forward, in version order', () => {
    const { tracker } = inForce();
    expect(tracker.version).toBeUndefined();
    tracker.advance(null);
    expect(tracker.version).toBeNull();
    tracker.advance('2026.9');
    tracker.advance('2026.10');
    // A reread that started before the publication committed must not take it back.
    tracker.advance('2026.9');
    tracker.advance(null);
    expect(tracker.version).toBe('2026.10');
  });

  it('follows publications and imports heard on the bus', () => {
    const { tracker, hear } = inForce();
    hear(releasePublished({ version: '2026.1', previousVersion: '2026.0', digest: 'd', publishedAt: '', incorporates: [] }));
    expect(tracker.version).toBe('2026.1');
    hear(releaseImported({ version: '2027.0' }));
    expect(tracker.version).toBe('2027.0');
  });
});
