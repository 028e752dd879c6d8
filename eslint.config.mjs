import { createProjectGraphAsync } from '@nx/devkit';
import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// The boundary rule reads the project graph Nx caches, and skips itself (with a mere warning) when there is none:
// building it here makes a plain `eslint .` enforce the boundaries as surely as a run through Nx.
await createProjectGraphAsync({ exitOnError: true });

// Libraries are imported only through their index.ts and only downward (DESIGN §2):
// apps → db (composition) → feature libs → shared utilities. The system tests and the benchmark sit above them all.
const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:composition', 'type:feature', 'type:util'] },
  { sourceTag: 'type:composition', onlyDependOnLibsWithTags: ['type:feature', 'type:util'] },
  { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:test', onlyDependOnLibsWithTags: ['type:composition', 'type:feature', 'type:util', 'type:testing'] },
  { sourceTag: 'type:bench', onlyDependOnLibsWithTags: ['type:composition', 'type:feature', 'type:util', 'type:testing'] },
  // Feature libraries depend on each other only downward.
  { sourceTag: 'scope:auth', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:audit', onlyDependOnLibsWithTags: ['scope:shared', 'scope:auth'] },
  // Events (subscriptions, webhooks) sit beside audit: every feature that changes state may publish.
  { sourceTag: 'scope:events', onlyDependOnLibsWithTags: ['scope:shared', 'scope:auth', 'scope:audit'] },
  // Notifications sit beside events: the features that change state tell people, in their transactions.
  { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:shared', 'scope:auth', 'scope:audit'] },
  { sourceTag: 'scope:control-list', onlyDependOnLibsWithTags: ['scope:shared', 'scope:auth', 'scope:audit'] },
  // National implementation reads the released list and the states; nothing below it knows of it.
  { sourceTag: 'scope:implementation', onlyDependOnLibsWithTags: ['scope:shared', 'scope:auth', 'scope:audit', 'scope:control-list'] },
  { sourceTag: 'scope:proposals', onlyDependOnLibsWithTags: ['scope:shared', 'scope:auth', 'scope:audit', 'scope:events', 'scope:notifications', 'scope:control-list'] },
  { sourceTag: 'scope:ballots', onlyDependOnLibsWithTags: ['scope:shared', 'scope:auth', 'scope:audit', 'scope:events', 'scope:notifications', 'scope:control-list', 'scope:proposals'] },
  { sourceTag: 'scope:releases', onlyDependOnLibsWithTags: ['scope:shared', 'scope:auth', 'scope:audit', 'scope:events', 'scope:notifications', 'scope:control-list', 'scope:proposals', 'scope:ballots'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  // The web application reaches the API only over GraphQL: it imports no library at all.
  { sourceTag: 'scope:web', onlyDependOnLibsWithTags: [] },
];

const moduleBoundaries = (allow) => ['error', { enforceBuildableLibDependency: false, allow, depConstraints }];
const IN_PROCESS_APPS = ['^@concord/api$', '^@concord/cli$'];

export default [
  { ignores: ['node_modules', 'dist', '.data', '.nx', 'coverage', 'apps/web/dist', 'apps/web/src/graphql', 'test-artifacts'] },
  ...tseslint.configs.recommended,
  // The few plain CommonJS scripts (TypeScript registration, Jest's global setup) require by design.
  { files: ['**/*.js'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@nx/enforce-module-boundaries': moduleBoundaries([]),
    },
  },
  // Nx forbids importing an application; the system tests and the benchmark run the API and the CLI in-process,
  // so those two are allowed here, and only through the entry point each app keeps for them (its src/index.ts).
  // The browser tests build the web app first with the script `npm start` uses, which is tooling, not a project.
  // The benchmark also sets V8's heap growth as the API's main.ts does, with the same module, before anything loads.
  // (Each entry is a regular expression matched against the import as written.)
  {
    files: ['test/**/*.ts', 'test/**/*.tsx', 'bench/**/*.ts'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries([...IN_PROCESS_APPS, '^(\\.\\./)+scripts/build-web\\.js$']) },
  },
  {
    files: ['bench/main.ts'],
    rules: { '@nx/enforce-module-boundaries': moduleBoundaries([...IN_PROCESS_APPS, '^\\.\\./apps/api/src/heap-growth$']) },
  },
];
