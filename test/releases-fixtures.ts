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
 * A proposal drafted and submitted through the real proposals API, then ADOPTED by SQL: the ballots lib that will
 * adopt proposals is being written at the same time as this one; once it lands, openBallot/castPosition/closeBallot
 * replace the UPDATE. `decidedAt` orders adoption.
 */
export async function adoptedProposal(t: TestApp, client: GraphQLClient, title: string, changes: unknown[], decidedAt: string): Promise<{ id: string; reference: string }> {
  const { createProposal } = await client.data(
    `mutation ($input: CreateProposalInput!) { createProposal(input: $input) { id reference } }`,
    { input: { title, rationale: 'Needed for the regime.', justification, changes } },
  );
  await client.data(`mutation ($input: ProposalActionInput!) { submitProposal(input: $input) { id } }`, {
    input: { proposalId: createProposal.id, expectedRevision: 1 },
  });
  await t.db.query(`UPDATE proposal SET status = 'ADOPTED', decided_at = $2 WHERE id = $1`, [createProposal.id, decidedAt]);
  return createProposal;
}
