import { randomBytes } from 'node:crypto';
import { seedControlList } from '@concord/database';
import { errorOf, GraphQLClient } from '@concord/shared/testing';
import { adopt, CREATE_PROPOSAL, justification, submittedProposal } from './support/fixtures';
import { startTestApp, TestApp } from './support/test-app';

const SNAPSHOT_TABLES = ['release_entry', 'release_paragraph', 'release_reference', 'release_correlation', 'release_definition'];

type Entry = Record<string, any>;
const sound = (): Entry => ({
  code: '3A999',
  heading: 'Cameras for crowd surveillance',
  status: 'ACTIVE',
  reasons: ['HR'],
  paragraphs: [{ path: '3A999.a', kind: 'ITEM', text: 'Cameras that identify people in crowds.' }],
  relatedControlsText: null,
  references: [{ regime: 'WA', code: '6.A.3' }],
  definitions: [],
  correlations: [{ scheme: 'HS2022', code: '852589', relation: 'PARTIAL' }],
});

interface Refusal {
  /** What a delegate could send that the database would refuse at publication. */
  draft: (entry: Entry) => { entry?: Entry; definition?: { term: string; text: string } };
  /** Where drafting says so. */
  field: string;
  /** The same value written straight into a draft release's snapshot, which the database refuses. */
  sql: (release: string) => [string, unknown[]];
}

const entryRow = (release: string, values: Partial<Record<'code' | 'heading' | 'status' | 'reasons', unknown>>): [string, unknown[]] => [
  `INSERT INTO release_entry (release_id, code, position, heading, status, reasons, definitions, body) VALUES ($1, $2, 0, $3, $4, $5, '{}', '')`,
  [release, values.code ?? '3A999', values.heading ?? 'h', values.status ?? 'ACTIVE', values.reasons ?? ['HR']],
];
const childRow = (release: string, table: string, columns: Record<string, unknown>): [string, unknown[]] => {
  const names = Object.keys(columns);
  return [
    `WITH e AS (${entryRow(release, {})[0]} RETURNING code)
     INSERT INTO ${table} (release_id, entry_code, position, ${names.join(', ')}) SELECT $1, e.code, 0, ${names.map((_, i) => `$${i + 6}`).join(', ')} FROM e`,
    [...entryRow(release, {})[1], ...Object.values(columns)],
  ];
};

/**
 * Every CHECK constraint on a release's snapshot, with a value a delegate could propose that breaks it. Positions are
 * assigned by the server and never come from a proposal; every other constraint must appear here, or the walk fails.
 */
const REFUSALS: Record<string, Refusal> = {
  release_entry_code_grammar: { draft: (e) => ({ entry: { ...e, code: '3F999', paragraphs: [] } }), field: 'changes[0].entry.code', sql: (r) => entryRow(r, { code: '3F999' }) },
  release_entry_heading_present: { draft: (e) => ({ entry: { ...e, heading: '   ' } }), field: 'changes[0].entry.heading', sql: (r) => entryRow(r, { heading: '  ' }) },
  release_entry_reasons_codes: { draft: (e) => ({ entry: { ...e, reasons: ['N S'] } }), field: 'changes[0].entry.reasons[0]', sql: (r) => entryRow(r, { reasons: ['N S'] }) },
  release_entry_status_known: { draft: (e) => ({ entry: { ...e, status: 'GONE' } }), field: 'changes[0].entry.status', sql: (r) => entryRow(r, { status: 'GONE' }) },
  release_paragraph_kind_known: {
    draft: (e) => ({ entry: { ...e, paragraphs: [{ ...e.paragraphs[0], kind: 'FOOTNOTE' }] } }),
    field: 'changes[0].entry.paragraphs[0].kind',
    sql: (r) => childRow(r, 'release_paragraph', { path: '3A999.a', kind: 'FOOTNOTE', text: 't' }),
  },
  release_paragraph_path_in_entry: {
    draft: (e) => ({ entry: { ...e, paragraphs: [{ ...e.paragraphs[0], path: '3A999.A' }] } }),
    field: 'changes[0].entry.paragraphs[0].path',
    sql: (r) => childRow(r, 'release_paragraph', { path: '3A999.A', kind: 'ITEM', text: 't' }),
  },
  release_reference_regime_format: {
    draft: (e) => ({ entry: { ...e, references: [{ regime: 'Wassenaar', code: '6.A.3' }] } }),
    field: 'changes[0].entry.references[0].regime',
    sql: (r) => childRow(r, 'release_reference', { regime: 'Wassenaar', code: '6.A.3' }),
  },
  release_reference_code_present: {
    draft: (e) => ({ entry: { ...e, references: [{ regime: 'WA', code: '   ' }] } }),
    field: 'changes[0].entry.references[0].code',
    sql: (r) => childRow(r, 'release_reference', { regime: 'WA', code: '   ' }),
  },
  release_correlation_code_digits: {
    draft: (e) => ({ entry: { ...e, correlations: [{ scheme: 'HS2022', code: '8525.89', relation: 'PARTIAL' }] } }),
    field: 'changes[0].entry.correlations[0].code',
    sql: (r) => childRow(r, 'release_correlation', { scheme: 'HS2022', code: '8525.89', relation: 'PARTIAL' }),
  },
  release_correlation_scheme_known: {
    draft: (e) => ({ entry: { ...e, correlations: [{ scheme: 'TARIC', code: '852589', relation: 'PARTIAL' }] } }),
    field: 'changes[0].entry.correlations[0].scheme',
    sql: (r) => childRow(r, 'release_correlation', { scheme: 'TARIC', code: '852589', relation: 'PARTIAL' }),
  },
  release_correlation_relation_known: {
    draft: (e) => ({ entry: { ...e, correlations: [{ scheme: 'HS2022', code: '852589', relation: 'ROUGHLY' }] } }),
    field: 'changes[0].entry.correlations[0].relation',
    sql: (r) => childRow(r, 'release_correlation', { scheme: 'HS2022', code: '852589', relation: 'ROUGHLY' }),
  },
  release_definition_term_present: {
    draft: () => ({ definition: { term: '   ', text: 'A text.' } }),
    field: 'changes[0].definition.term',
    sql: (r) => [`INSERT INTO release_definition (release_id, term, position, text) VALUES ($1, '  ', 0, 't')`, [r]],
  },
  release_definition_text_present: {
    draft: () => ({ definition: { term: 'lawful interception', text: '   ' } }),
    field: 'changes[0].definition.text',
    sql: (r) => [`INSERT INTO release_definition (release_id, term, position, text) VALUES ($1, 'x', 0, '  ')`, [r]],
  },
};

/**
 * Nothing drafting accepts is refused later (issue: one validator, everywhere). Each refusal publication can give is
 * either refused at drafting with a field path, or reported by the working draft as a conflict naming the proposal,
 * and previewRelease says exactly what publishRelease then does.
 */
describe('publication refuses nothing that drafting accepted', () => {
  let t: TestApp;
  let jp: GraphQLClient;
  let secretariat: GraphQLClient;

  beforeAll(async () => {
    t = await startTestApp();
    await seedControlList(t.app);
    [jp, secretariat] = await Promise.all([t.as('delegate.jp@example.org'), t.as('secretariat@example.org')]);
  });
  afterAll(() => t.close());

  it('covers every CHECK constraint of a release snapshot, positions aside', async () => {
    const constraints: { conname: string }[] = await t.db.query(
      `SELECT conname FROM pg_constraint WHERE contype = 'c' AND conrelid::regclass::text = ANY($1) ORDER BY conname`,
      [SNAPSHOT_TABLES],
    );
    const reachable = constraints.map((row) => row.conname).filter((name) => !name.endsWith('_position_natural'));
    expect(reachable.sort()).toEqual(Object.keys(REFUSALS).sort());
  });

  it.each(Object.entries(REFUSALS))('%s: drafting refuses it with its field; the database would refuse it at publication', async (constraint, refusal) => {
    const drafted = refusal.draft(sound());
    const change = drafted.definition ? { kind: 'ADD_DEFINITION', definition: drafted.definition } : { kind: 'ADD_ENTRY', entry: drafted.entry };
    const response = await jp.request(CREATE_PROPOSAL, { input: { title: 'A change', rationale: 'r', justification, changes: [change] } });
    expect(errorOf(response)?.code).toBe('BAD_USER_INPUT');
    const error = response.errors![0];
    const fields = ((error.extensions?.['fields'] as { field: string }[] | undefined) ?? []).map((problem) => problem.field);
    // Enum values are refused by GraphQL itself, which names the path in its message.
    expect(fields.length ? fields : [error.message]).toEqual([fields.length ? refusal.field : expect.stringContaining(`input.${refusal.field}`)]);

    const runner = t.db.createQueryRunner();
    await runner.startTransaction();
    try {
      const [{ id }] = await runner.query(`INSERT INTO release (version, source, content_digest) VALUES ('2026.1', 'PROPOSALS', $1) RETURNING id`, [
        randomBytes(32).toString('hex'),
      ]);
      const [sql, parameters] = refusal.sql(id);
      await expect(runner.query(sql, parameters)).rejects.toMatchObject({ constraint });
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('validateChanges answers what createProposal would, field by field, and saves nothing; listVocabulary says what the rules accept', async () => {
    const proposalsBefore = await t.db.query(`SELECT count(*)::int AS n FROM proposal`);
    const check = (entry: Entry) =>
      jp.data(`query ($input: ValidateChangesInput!) { validateChanges(input: $input) { valid baseVersion warnings problems { field message } } }`, {
        input: { changes: [{ kind: 'ADD_ENTRY', entry }] },
      });
    const bad = (await check(REFUSALS['release_correlation_code_digits'].draft(sound()).entry!)).validateChanges;
    expect(bad).toMatchObject({ valid: false, baseVersion: '2026.0', problems: [{ field: 'changes[0].entry.correlations[0].code' }] });
    expect((await check(sound())).validateChanges).toEqual({ valid: true, baseVersion: '2026.0', warnings: [], problems: [] });
    expect(await t.db.query(`SELECT count(*)::int AS n FROM proposal`)).toEqual(proposalsBefore);
    expect(errorOf(await secretariat.request(`query { validateChanges(input: { changes: [] }) { valid } }`))).toMatchObject({ code: 'FORBIDDEN' });

    const { listVocabulary } = await jp.data(`{ listVocabulary { reasons { code name } regimes { code } customsSchemes { code codeLengths } limits { headingLength } } }`);
    expect(listVocabulary.reasons).toContainEqual({ code: 'HR', name: 'Human rights' });
    expect(listVocabulary.regimes.map((regime: { code: string }) => regime.code)).toContain('WA');
    expect(listVocabulary.customsSchemes).toContainEqual({ code: 'HS2022', codeLengths: [2, 4, 6] });
  });

  it('reports what a proposal adopted before a rule was tightened breaks, names it, and returns it to be fixed', async () => {
    const entry = sound();
    const { id, reference } = await submittedProposal(jp, 'Crowd cameras', [{ kind: 'ADD_ENTRY', entry }]);
    await adopt(secretariat, id);
    // As if drafted under an older, laxer rule: the stored change set names the regime in full.
    await t.db.query(`ALTER TABLE proposal_revision DISABLE TRIGGER proposal_revision_immutable`);
    await t.db.query(`UPDATE proposal_revision SET changes = jsonb_set(changes, '{0,entry,relatedControls,references,0,regime}', '"Wassenaar"') WHERE proposal_id = $1`, [id]);
    await t.db.query(`ALTER TABLE proposal_revision ENABLE TRIGGER proposal_revision_immutable`);

    const preview = await secretariat.data(`query ($input: PreviewReleaseInput!) { previewRelease(input: $input) { publishable conflicts { kind proposals message } } }`, {
      input: { proposalIds: [id] },
    });
    expect(preview.previewRelease).toEqual({
      publishable: false,
      conflicts: [{ kind: 'INVALID_CONTENT', proposals: [reference], message: expect.stringContaining('references[0].regime') }],
    });
    const refused = await secretariat.request(`mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`, {
      input: { version: '2026.1', proposalIds: [id] },
    });
    expect(errorOf(refused)).toEqual({ code: 'CONFLICT', reason: 'RELEASE_HAS_CONFLICTS' });
    expect(refused.errors![0].message).toContain(reference);

    await secretariat.data(`mutation ($input: ReturnProposalInput!) { returnProposal(input: $input) { status } }`, { input: { proposalId: id, reason: 'Use WA for the Wassenaar Arrangement' } });
    await jp.data(`mutation ($input: ReviseProposalInput!) { reviseProposal(input: $input) { id } }`, {
      input: { proposalId: id, expectedRevision: 1, changes: [{ kind: 'ADD_ENTRY', entry }] },
    });
    await adopt(secretariat, id);
    const fixed = await secretariat.data(`query ($input: PreviewReleaseInput!) { previewRelease(input: $input) { publishable conflicts { kind } } }`, { input: { proposalIds: [id] } });
    expect(fixed.previewRelease).toEqual({ publishable: true, conflicts: [] });
    expect((await secretariat.data(`mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`, { input: { version: '2026.1', proposalIds: [id] } })).publishRelease).toEqual({ version: '2026.1' });
  });

  it('previewRelease says exactly what publishRelease does: refused sets change nothing, the publishable one publishes', async () => {
    const removal = await submittedProposal(jp, 'Remove 5A980', [{ kind: 'REMOVE_ENTRY', code: '5A980' }]);
    const again = await submittedProposal(jp, 'Remove 5A980 too', [{ kind: 'REMOVE_ENTRY', code: '5A980' }]);
    const undefinedTerm = await submittedProposal(jp, 'Quote a term', [
      { kind: 'ADD_ENTRY', entry: { ...sound(), code: '3A998', paragraphs: [{ path: '3A998.a', kind: 'ITEM', text: 'Systems for “gait analysis”.' }] } },
    ]);
    const definition = await submittedProposal(jp, 'Define gait analysis', [{ kind: 'ADD_DEFINITION', definition: { term: 'gait analysis', text: 'Identifying a person by the way they walk.' } }]);
    const notAdopted = await submittedProposal(jp, 'Still in review', [{ kind: 'ADD_DEFINITION', definition: { term: 'covert entry', text: 'Entry without consent.' } }]);
    for (const proposal of [removal, again, undefinedTerm, definition]) await adopt(secretariat, proposal.id);

    const sets: { proposals: { id: string }[]; publishable: boolean }[] = [
      { proposals: [removal, again], publishable: false },
      { proposals: [undefinedTerm], publishable: false },
      { proposals: [notAdopted], publishable: false },
      { proposals: [undefinedTerm, definition, removal], publishable: true },
    ];
    let next = 2;
    for (const set of sets) {
      const proposalIds = set.proposals.map((proposal) => proposal.id);
      const { previewRelease } = await secretariat.data(`query ($input: PreviewReleaseInput!) { previewRelease(input: $input) { publishable conflicts { message } } }`, {
        input: { proposalIds },
      });
      expect(previewRelease.publishable).toBe(set.publishable);
      const published = await secretariat.request(`mutation ($input: PublishReleaseInput!) { publishRelease(input: $input) { version } }`, {
        input: { version: `2026.${next}`, proposalIds },
      });
      if (previewRelease.publishable) {
        expect(published.errors).toBeUndefined();
        next++;
      } else {
        expect(errorOf(published)).toEqual({ code: 'CONFLICT', reason: 'RELEASE_HAS_CONFLICTS' });
        for (const { message } of previewRelease.conflicts) expect(published.errors![0].message).toContain(message);
      }
    }
    expect(next).toBe(3);
  });

  it('refuses at drafting an amendment that changes nothing, which could only ever publish nothing', async () => {
    const { latestRelease } = await jp.data(`{ latestRelease { entry(code: "4A005") { code heading reasons paragraphs { path kind text } } } }`);
    const same = { ...latestRelease.entry, status: 'ACTIVE', references: [], definitions: [], correlations: [] };
    const related = await jp.data(`{ latestRelease { entry(code: "4A005") { relatedControls { text references { regime code } } definitions correlations { scheme code relation } } } }`);
    Object.assign(same, {
      relatedControlsText: related.latestRelease.entry.relatedControls.text,
      references: related.latestRelease.entry.relatedControls.references,
      definitions: related.latestRelease.entry.definitions,
      correlations: related.latestRelease.entry.correlations,
    });
    const response = await jp.request(CREATE_PROPOSAL, { input: { title: 'No-op', rationale: 'r', justification, changes: [{ kind: 'AMEND_ENTRY', code: '4A005', entry: same }] } });
    expect(errorOf(response)).toEqual({ code: 'BAD_USER_INPUT', reason: 'INVALID_CHANGE_SET' });
    expect(response.errors![0].extensions!['fields']).toEqual([{ field: 'changes[0].entry', message: expect.stringContaining('changes nothing') }]);
  });
});
