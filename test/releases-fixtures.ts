import { GraphQLClient } from '@concord/shared/testing';
import { TestApp } from './support/test-app';

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
  const { createProposal } = await client.data(
    `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id reference } }`,
    { input: { title, rationale: 'Needed for the regime.', justification, changes } },
  );
  await client.data(`mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id } }`, {
    input: { proposalId: createProposal.id, expectedRevision: 1 },
  });
  const secretariat = await t.as('secretariat@example.org');
  const { openBallot } = await secretariat.data(`mutation ($input: OpenBallotInput!) { openBallot(input: $input) { id } }`, {
    input: { proposalId: createProposal.id, rule: 'SILENCE', closesAt: new Date(Date.now() + 3_600_000).toISOString() },
  });
  const { closeBallot } = await secretariat.data(`mutation ($input: CloseBallotInput!) { closeBallot(input: $input) { outcome } }`, {
    input: { ballotId: openBallot.id },
  });
  if (closeBallot.outcome !== 'ADOPTED') throw new Error(`${createProposal.reference} was not adopted: ${closeBallot.outcome}`);
  return createProposal;
}
