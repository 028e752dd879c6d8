import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import * as audit from '@concord/audit';
import * as auth from '@concord/auth';
import * as ballots from '@concord/ballots';
import * as controlList from '@concord/control-list';
import * as events from '@concord/events';
import * as notifications from '@concord/notifications';
import * as proposals from '@concord/proposals';
import * as releases from '@concord/releases';
import * as sharedGraphql from '@concord/shared/graphql';

const LIBS = { audit, auth, ballots, controlList, events, notifications, proposals, releases, sharedGraphql };
const schema = buildSchema(readFileSync(join(__dirname, '..', 'schema.graphql'), 'utf8'));
const namesIn = (type: string) => (schema.getType(type) as GraphQLEnumType).getValues().map((value) => value.name);

/** Every `<Lib>ErrorReason` / `<Lib>AuditAction` enum the libs export, by name. */
function exported(suffix: string): [string, Record<string, string>][] {
  return Object.values(LIBS).flatMap((lib) =>
    Object.entries(lib as Record<string, unknown>).filter(
      (entry): entry is [string, Record<string, string>] => entry[0].endsWith(suffix) && entry[0] !== suffix && typeof entry[1] === 'object' && entry[1] !== null,
    ),
  );
}

// A lib that adds a reason or an action but is not merged by the API would leave clients without it in the schema,
// and an audit event with an unlisted action could not be read back.
describe('the schema lists every reason and action the libs name', () => {
  it.each(exported('ErrorReason'))('ErrorReason holds every value of %s', (_, reasons) => {
    expect(namesIn('ErrorReason')).toEqual(expect.arrayContaining(Object.values(reasons)));
  });

  it.each(exported('AuditAction'))('AuditAction holds every name of %s', (_, actions) => {
    expect(namesIn('AuditAction')).toEqual(expect.arrayContaining(Object.keys(actions)));
  });

  it('finds the enums it checks', () => {
    expect(exported('ErrorReason').length).toBeGreaterThanOrEqual(9);
    expect(exported('AuditAction').length).toBeGreaterThanOrEqual(6);
  });
});
