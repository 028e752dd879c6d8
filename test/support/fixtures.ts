import { Client } from 'pg';
import { GraphQLClient } from '@concord/shared/testing';
import { TestApp } from './test-app';

export const justification = {
  humanRightsRisk: 'Used to identify and detain journalists.',
  evidenceOfMisuse: 'UN Special Rapporteur reports, 2024 and 2025.',
  foreignAvailability: 'Limited outside participating states.',
  controllability: 'Sold through few vendors.',
  clarity: 'The text names the systems explicitly.',
};

export interface BaseEntry {
  code: string;
  heading: string;
  reasons: string[];
  paragraphs: { path: string; kind: string; text: string }[];
}

/** An entry as the proposals API takes it. */
export const entryInput = (entry: BaseEntry, changes: Partial<BaseEntry> = {}) => ({
  code: entry.code,
  heading: changes.heading ?? entry.heading,
  status: 'ACTIVE',
  reasons: changes.reasons ?? entry.reasons,
  paragraphs: changes.paragraphs ?? entry.paragraphs,
  references: [],
  definitions: [],
  correlations: [],
});

export async function baseEntry(client: GraphQLClient, code: string): Promise<BaseEntry> {
  const { latestRelease } = await client.data(`query ($code: String!) { latestRelease { entry(code: $code) { code heading reasons paragraphs { path kind text } } } }`, { code });
  return latestRelease.entry;
}

/**
 * A proposal as a regime adopts one: drafted and submitted through the proposals API, then put to a silence procedure
 * that the secretariat closes with nobody breaking silence. Adoption order is the order of these calls.
 */
export async function adoptedProposal(t: TestApp, client: GraphQLClient, title: string, changes: unknown[]): Promise<{ id: string; reference: string }> {
  const proposal = await submittedProposal(client, title, changes);
  await adopt(await t.as('secretariat@example.org'), proposal.id);
  return proposal;
}

export const CREATE_PROPOSAL = `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id reference } }`;
export const SUBMIT_PROPOSAL = `mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id status } }`;
export const OPEN_BALLOT = `mutation ($input: OpenBallotInput!) { openBallot(input: $input) { id status closesAt } }`;
export const CLOSE_BALLOT = `mutation ($input: CloseBallotInput!) { closeBallot(input: $input) { id status outcome outcomeReason } }`;
export const CAST_POSITION = `mutation ($input: CastPositionInput!) { castPosition(input: $input) { position castCapacity castBy { email } state { code } } }`;

export const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

/** A proposal drafted and submitted by `client`'s delegation: UNDER_REVIEW, ready for a ballot. */
export async function submittedProposal(client: GraphQLClient, title: string, changes: unknown[]): Promise<{ id: string; reference: string }> {
  const { createProposal } = await client.data(CREATE_PROPOSAL, { input: { title, rationale: 'Needed for the regime.', justification, changes } });
  await client.data(SUBMIT_PROPOSAL, { input: { proposalId: createProposal.id } });
  return createProposal;
}

/** Puts a submitted proposal to a silence procedure that the secretariat closes at once: it is ADOPTED. */
export async function adopt(secretariat: GraphQLClient, proposalId: string): Promise<void> {
  const { openBallot } = await secretariat.data(OPEN_BALLOT, { input: { proposalId, rule: 'SILENCE', closesAt: inHours(1) } });
  const { closeBallot } = await secretariat.data(CLOSE_BALLOT, { input: { ballotId: openBallot.id } });
  if (closeBallot.outcome !== 'ADOPTED') throw new Error(`Proposal ${proposalId} was not adopted: ${closeBallot.outcome}`);
}

/**
 * Brings an open ballot's deadline to this instant, as the passing of time would, so that no test waits for a clock:
 * from the next statement on, casts find it closed and the scheduler's next pass closes it. The trigger that lets a
 * deadline only ever be extended guards the secretariat, not the clock, so this one statement goes around it (the
 * test database's role is a superuser). A URL, not the app's connection, so that it works while the API is down.
 */
export async function reachDeadline(databaseUrl: string, ballotId: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL session_replication_role = replica`);
    const { rowCount } = await client.query(`UPDATE ballot SET closes_at = clock_timestamp() WHERE id = $1 AND status = 'OPEN'`, [ballotId]);
    if (rowCount !== 1) throw new Error(`No open ballot ${ballotId} to bring to its deadline`);
    await client.query('COMMIT');
  } finally {
    await client.end();
  }
}
