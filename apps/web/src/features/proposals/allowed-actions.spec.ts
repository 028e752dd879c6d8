import { AllowedActions, allowedActions } from './allowed-actions';

const japan = { id: 'jp', code: 'JP', name: 'Japan' };
const france = { id: 'fr', code: 'FR', name: 'France' };
const delegate = (state: typeof japan) => ({ role: 'DELEGATE' as const, state });
const proposal = (status: string, cosponsors = [] as (typeof japan)[]) => ({ status: status as 'DRAFT', sponsor: japan, cosponsors });
const offered = (actions: AllowedActions) => (Object.keys(actions) as (keyof AllowedActions)[]).filter((action) => actions[action]);

describe('the actions a viewer is offered', () => {
  it('offers the sponsor editing, submission and withdrawal as the status allows', () => {
    expect(offered(allowedActions(delegate(japan), proposal('DRAFT')))).toEqual(['edit', 'submit', 'withdraw']);
    expect(offered(allowedActions(delegate(japan), proposal('UNDER_REVIEW')))).toEqual(['edit', 'withdraw']);
    expect(offered(allowedActions(delegate(japan), proposal('VOTING')))).toEqual(['withdraw']);
    expect(offered(allowedActions(delegate(japan), proposal('REJECTED')))).toEqual(['edit', 'submit', 'withdraw']);
    expect(offered(allowedActions({ role: 'HEAD_OF_DELEGATION', state: japan }, proposal('ADOPTED')))).toEqual([]);
    expect(offered(allowedActions(delegate(japan), proposal('WITHDRAWN')))).toEqual([]);
  });

  it('offers other delegations to join, then to leave, only while under review', () => {
    expect(offered(allowedActions(delegate(france), proposal('UNDER_REVIEW')))).toEqual(['join']);
    expect(offered(allowedActions(delegate(france), proposal('UNDER_REVIEW', [france])))).toEqual(['leave']);
    expect(offered(allowedActions(delegate(france), proposal('VOTING', [france])))).toEqual([]);
  });

  it('offers the secretariat nothing here', () => {
    expect(offered(allowedActions({ role: 'SECRETARIAT', state: null }, proposal('UNDER_REVIEW')))).toEqual([]);
  });
});
