import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Role, UserActor, UserEntity } from '@concord/auth';
import { BallotRule, BallotsService, Position, PositionsService } from '@concord/ballots';
import { latestRelease, readSnapshot } from '@concord/control-list';
import { CommentsService, DraftingService, ProposalActionsService, ProposalEntity } from '@concord/proposals';
import { delegateEmail, headEmail, SECRETARIAT_EMAIL } from './demo-seed';
import { seedOnce } from './seed-once';

export interface DemoNegotiationResult {
  underReview: string;
  voting: string;
  draft: string;
}

const DAY = 24 * 60 * 60 * 1000;
const justification = (risk: string) => ({
  humanRightsRisk: risk,
  evidenceOfMisuse: 'Reports of UN Special Rapporteurs and civil-society investigations, 2023 to 2025.',
  foreignAvailability: 'Sold by a handful of vendors, most of them in participating states.',
  controllability: 'Deployments need vendor support and licences, which export control can reach.',
  clarity: 'The text names the functions controlled and leaves general-purpose equipment out.',
});

/**
 * A negotiation in progress for people trying Concord: a Japanese amendment of 5A001 under review with a French
 * comment, a German new entry in a consensus ballot closing in 14 days where the United States and the United
 * Kingdom have taken positions, and a Japanese draft. Written through the services, as the API would, so every
 * rule, audit event and notification applies. Runs only while no proposal exists, once per database (seedOnce).
 */
export async function seedDemoNegotiation(app: INestApplicationContext, db: DataSource): Promise<DemoNegotiationResult | undefined> {
  let release: Awaited<ReturnType<typeof latestRelease>> = null;
  return seedOnce(
    db,
    'concord:demo-negotiation-seed',
    async () => Boolean((release = await latestRelease(db.manager))) && !(await db.getRepository(ProposalEntity).exists()),
    async () => seedNegotiation(app, db, release!),
  );
}

async function seedNegotiation(
  app: INestApplicationContext,
  db: DataSource,
  release: NonNullable<Awaited<ReturnType<typeof latestRelease>>>,
): Promise<DemoNegotiationResult | undefined> {
  const actor = actorsFrom(await db.getRepository(UserEntity).find({ relations: { state: true } }));
  const drafting = app.get(DraftingService);
  const actions = app.get(ProposalActionsService);
  const comments = app.get(CommentsService);
  const ballots = app.get(BallotsService);
  const positions = app.get(PositionsService);

  const [base] = (await readSnapshot(db.manager, release, ['5A001'])).entries;
  if (!base) return undefined;
  const widened = base.paragraphs.map((p) =>
    p.path === '5A001.j.1.a' && p.kind === 'ITEM' ? { ...p, text: p.text.replace('the application layer', 'the network or application layer') } : p,
  );
  const amendment = await drafting.create(actor(delegateEmail('JP')), {
    title: 'Add human-rights control to 5A001.j and widen the network layers',
    rationale: 'IP network surveillance systems are used against human-rights defenders at the network layer as well as the application layer.',
    justification: justification('Mass interception of communications identifies journalists, lawyers and activists.'),
    changes: [
      {
        kind: 'AMEND_ENTRY',
        code: '5A001',
        entry: {
          code: '5A001',
          heading: base.heading,
          status: base.status,
          reasons: base.reasons.includes('HR') ? base.reasons : ['HR', ...base.reasons],
          paragraphs: widened,
          references: [],
          definitions: [],
          correlations: [],
        },
      },
    ] as never,
  });
  await actions.submit(actor(delegateEmail('JP')), { proposalId: amendment.id });
  await comments.add(actor(delegateEmail('FR')), {
    proposalId: amendment.id,
    changeIndex: 0,
    body: 'France supports the aim. Could the sponsor confirm that lawful interception equipment for network operators stays outside the widened text?',
  });

  const newEntry = await drafting.create(actor(delegateEmail('DE')), {
    title: 'New entry 4A987: real-time facial recognition of crowds',
    rationale: 'Systems that identify people in crowds in real time are used to track protesters; the list does not name them yet.',
    justification: justification('Real-time identification at demonstrations deters lawful assembly and enables arrests of protesters.'),
    changes: [
      {
        kind: 'ADD_ENTRY',
        entry: {
          code: '4A987',
          heading: 'Real-time “facial recognition” systems for crowds',
          status: 'ACTIVE',
          reasons: ['HR'],
          paragraphs: [{ path: '4A987.a', kind: 'ITEM', text: 'Systems that identify persons in crowds in real time by “facial recognition”' }],
          references: [],
          definitions: [],
          correlations: [],
        },
      },
    ] as never,
  });
  await actions.submit(actor(delegateEmail('DE')), { proposalId: newEntry.id });
  const ballot = await ballots.open(actor(SECRETARIAT_EMAIL), {
    proposalId: newEntry.id,
    rule: BallotRule.CONSENSUS,
    closesAt: new Date(Date.now() + 14 * DAY),
  });
  await positions.cast(actor(headEmail('US')), { ballotId: ballot.id, position: Position.SUPPORT, statement: 'The United States supports the new entry.' });
  await positions.cast(actor(headEmail('GB')), {
    ballotId: ballot.id,
    position: Position.RESERVATION,
    statement: 'Awaiting scrutiny by the Committees on Arms Export Controls.',
  });

  const draft = await drafting.create(actor(delegateEmail('JP')), {
    title: 'Define “crowd analytics” for the list',
    rationale: 'Several entries under discussion need the term; a draft for the delegation to discuss before submitting.',
    justification: justification('Crowd analytics sorts demonstrators by behaviour and singles them out for arrest.'),
    changes: [
      { kind: 'ADD_DEFINITION', definition: { term: 'crowd analytics', text: 'The automated analysis of the movement and behaviour of people in a crowd.' } },
    ] as never,
  });
  return { underReview: amendment.id, voting: newEntry.id, draft: draft.id };
}

/** The demo accounts as the actors the services take, by e-mail. */
export function actorsFrom(users: UserEntity[]): (email: string) => UserActor {
  return (email) => {
    const user = users.find((u) => u.email === email);
    if (!user) throw new Error(`The demo negotiation needs the demo account ${email}`);
    return { kind: 'USER', id: user.id, email: user.email, role: user.role as Role, stateId: user.stateId, stateCode: user.state?.code.trim() ?? null };
  };
}
