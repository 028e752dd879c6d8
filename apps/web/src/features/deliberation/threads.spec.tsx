/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { LocaleProvider } from '../../app/i18n/locale-provider';
import type { CommentNode, ThreadControls } from './comment-item';
import { ThreadList } from './comment-item';
import { allComments, buildDeliberation } from './threads';

let clock = 0;
function comment(id: string, fields: Partial<CommentNode> = {}): CommentNode {
  clock += 1;
  return {
    id,
    revision: 1,
    changeIndex: null,
    paragraphPath: null,
    replyTo: null,
    body: `Text of ${id}`,
    createdAt: new Date(Date.UTC(2026, 11, 1, 9, clock)).toISOString(),
    editedAt: null,
    editCount: 0,
    retracted: false,
    retractedAt: null,
    history: [],
    author: { id: 'fr', displayName: 'Delegate FR', state: { id: 's-fr', code: 'FR', name: 'France' } },
    ...fields,
  };
}

const ids = (threads: { comment: { id: string }; replies: unknown[] }[]) => threads.map((thread) => thread.comment.id);

describe('building threads from the flat list of comments', () => {
  it('nests replies under what they answer, oldest first at every level, whatever order the list comes in', () => {
    const root = comment('root', { changeIndex: 0, paragraphPath: '5A001.a' });
    const first = comment('first', { changeIndex: 0, paragraphPath: '5A001.a', replyTo: 'root' });
    const second = comment('second', { changeIndex: 0, paragraphPath: '5A001.a', replyTo: 'root' });
    const nested = comment('nested', { changeIndex: 0, paragraphPath: '5A001.a', replyTo: 'first' });
    const { changes, general, count } = buildDeliberation([nested, second, root, first], 1);
    const threads = changes.get(0)!.paragraphs.get('5A001.a')!;
    expect(ids(threads)).toEqual(['root']);
    expect(ids(threads[0].replies)).toEqual(['first', 'second']);
    expect(ids(threads[0].replies[0].replies)).toEqual(['nested']);
    expect(general).toEqual([]);
    expect(count).toBe(4);
    expect([...allComments(threads)].map((c) => c.id)).toEqual(['root', 'first', 'nested', 'second']);
  });

  it('sorts top-level comments by anchor: a paragraph of a change, the change as a whole, or the proposal in general', () => {
    const onParagraph = comment('on-paragraph', { changeIndex: 0, paragraphPath: '5A001.b' });
    const onWhole = comment('on-whole', { changeIndex: 0 });
    const onSecondChange = comment('on-second', { changeIndex: 1 });
    const generalOne = comment('general-1');
    const generalTwo = comment('general-2');
    const onOtherParagraph = comment('on-other', { changeIndex: 0, paragraphPath: '5A001.a' });
    const { changes, general } = buildDeliberation([generalTwo, onOtherParagraph, onParagraph, onWhole, onSecondChange, generalOne], 1);
    expect(ids(general)).toEqual(['general-1', 'general-2']);
    expect(ids(changes.get(0)!.whole)).toEqual(['on-whole']);
    expect([...changes.get(0)!.paragraphs.keys()]).toEqual(['5A001.b', '5A001.a']);
    expect(ids(changes.get(1)!.whole)).toEqual(['on-second']);
    expect(changes.get(1)!.paragraphs.size).toBe(0);
  });

  it('keeps to the revision asked for; a reply to a comment of another revision starts its own thread', () => {
    const old = comment('old', { revision: 1, changeIndex: 0 });
    const answer = comment('answer', { revision: 2, changeIndex: 0, replyTo: 'old' });
    const current = comment('current', { revision: 2 });
    const second = buildDeliberation([old, answer, current], 2);
    expect(second.count).toBe(2);
    expect(ids(second.changes.get(0)!.whole)).toEqual(['answer']);
    expect(ids(second.general)).toEqual(['current']);
    expect(buildDeliberation([old, answer, current], 1).count).toBe(1);
  });

  it('orders comments made in the same instant by id, and survives a reply cycle in bad data', () => {
    const at = '2026-12-01T10:00:00.000Z';
    const { general } = buildDeliberation([comment('b', { createdAt: at }), comment('a', { createdAt: at })], 1);
    expect(ids(general)).toEqual(['a', 'b']);
    const cycle = buildDeliberation([comment('x', { replyTo: 'y' }), comment('y', { replyTo: 'x' })], 1);
    expect([...allComments(cycle.general)].map((c) => c.id).sort()).toEqual(['x', 'y']);
  });
});

describe('a thread as shown', () => {
  const controls: ThreadControls = {
    viewerId: 'fr',
    closed: false,
    action: null,
    open: jest.fn(),
    cancel: jest.fn(),
    reply: jest.fn(),
    edit: jest.fn(),
    retract: jest.fn(),
  };

  it('shows author, state, time, edits with their history, replies nested and retracted comments as retracted', () => {
    const root = comment('root', { editCount: 1, editedAt: '2026-12-01T11:00:00.000Z', history: [{ editedAt: '2026-12-01T11:00:00.000Z', previousBody: 'First words' }] });
    const reply = comment('reply', { replyTo: 'root', body: null, retracted: true, retractedAt: '2026-12-01T12:00:00.000Z', author: { id: 'jp', displayName: 'Delegate JP', state: { id: 's-jp', code: 'JP', name: 'Japan' } } });
    const { general } = buildDeliberation([root, reply], 1);
    const { container } = render(
      <LocaleProvider locale="en">
          <ThreadList threads={general} controls={controls} />
      </LocaleProvider>,
    );
    const mine = container.querySelector<HTMLElement>('#comment-root')!;
    expect(within(mine).getByText('Delegate FR (France)', { exact: false })).toBeTruthy();
    expect(within(mine).getByText('Edited')).toBeTruthy();
    expect(within(mine).getByText('Edit history (1 earlier text)')).toBeTruthy();
    expect(within(mine).getByText('First words')).toBeTruthy();
    expect(within(mine).getByRole('button', { name: 'Edit' })).toBeTruthy();
    expect(within(mine).getByRole('button', { name: 'Retract' })).toBeTruthy();
    const replies = screen.getByRole('list', { name: 'Replies to Delegate FR' });
    const theirs = within(replies).getByRole('article');
    expect(theirs.id).toBe('comment-reply');
    expect(within(theirs).getByText('Retracted')).toBeTruthy();
    expect(within(theirs).getByText('The author retracted this comment.')).toBeTruthy();
    expect(within(theirs).queryByRole('button')).toBeNull();
  });
});
