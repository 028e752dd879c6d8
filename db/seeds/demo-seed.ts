import * as bcrypt from 'bcrypt';
import { DataSource } from 'typeorm';
import { ParticipatingStateEntity, Role, StateStatus, UserEntity } from '@concord/auth';

export const DEMO_STATES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'JP', name: 'Japan' },
  { code: 'US', name: 'United States' },
  { code: 'GB', name: 'United Kingdom' },
  { code: 'FR', name: 'France' },
  { code: 'DE', name: 'Germany' },
  { code: 'IT', name: 'Italy' },
  { code: 'CA', name: 'Canada' },
  { code: 'AU', name: 'Australia' },
  { code: 'NL', name: 'Netherlands' },
  { code: 'KR', name: 'Republic of Korea' },
];

export const SECRETARIAT_EMAIL = 'secretariat@example.org';
export const delegateEmail = (stateCode: string) => `delegate.${stateCode.toLowerCase()}@example.org`;
export const headEmail = (stateCode: string) => `head.${stateCode.toLowerCase()}@example.org`;

export interface DemoSeedOptions {
  password: string;
  hashCost: number;
}

/**
 * The demo regime: ten states, a delegate and a head of delegation for each, one secretariat account. Runs only on
 * an empty registry, so a restart never duplicates or resets anything a user changed.
 */
export async function seedDemo(db: DataSource, options: DemoSeedOptions): Promise<boolean> {
  return db.transaction(async (manager) => {
    // Two processes starting on one fresh database must not both seed it.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext('concord:demo-seed'))`);
    if ((await manager.count(ParticipatingStateEntity)) > 0) return false;
    // Every demo account has the one published password, so one hash (its own salt) serves them all: hashing it 21
    // times at the production cost was most of a first start's time.
    const passwordHash = await bcrypt.hash(options.password, options.hashCost);
    const states = await manager.save(
      DEMO_STATES.map((state) => manager.create(ParticipatingStateEntity, { ...state, status: StateStatus.ACTIVE })),
    );
    const users: Pick<UserEntity, 'email' | 'displayName' | 'role' | 'stateId'>[] = [
      ...states.flatMap((state) => [
        { email: delegateEmail(state.code), displayName: `Delegate of ${state.name}`, role: Role.DELEGATE, stateId: state.id },
        { email: headEmail(state.code), displayName: `Head of Delegation, ${state.name}`, role: Role.HEAD_OF_DELEGATION, stateId: state.id },
      ]),
      { email: SECRETARIAT_EMAIL, displayName: 'Secretariat', role: Role.SECRETARIAT, stateId: null },
    ];
    await manager.insert(
      UserEntity,
      users.map((user) => ({ ...user, passwordHash })),
    );
    return true;
  });
}
