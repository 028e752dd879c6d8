import { useEffect, useRef, useState } from 'react';
import { useT } from '../../app/i18n/use-t';
import type { DeliberationCommentsQuery } from '../../graphql/graphql';
import { ErrorNotice } from '../../ui/error-notice';
import { CommentForm } from './comment-form';
import type { Thread } from './threads';

export type CommentNode = DeliberationCommentsQuery['proposal']['comments']['edges'][number]['node'];

export type CommentAction =
  | { type: 'new'; changeIndex: number | null; paragraphPath: string | null }
  | { type: 'reply'; commentId: string }
  | { type: 'edit'; commentId: string }
  | { type: 'retract'; commentId: string };

/** What every comment of the panel shares: who reads, which form is open, and the mutations. */
export interface ThreadControls {
  viewerId: string;
  closed: boolean;
  action: CommentAction | null;
  open(action: CommentAction): void;
  cancel(): void;
  reply(parent: CommentNode, body: string): Promise<void>;
  edit(comment: CommentNode, body: string): Promise<void>;
  retract(comment: CommentNode): Promise<void>;
}

export function authorName(t: ReturnType<typeof useT>, comment: CommentNode): string {
  return t('deliberation.author', { author: comment.author.displayName, state: comment.author.state?.name ?? t('app.role.SECRETARIAT') });
}

/** A list of threads: each comment with its replies nested under it. */
export function ThreadList({ threads, controls, label }: { threads: Thread<CommentNode>[]; controls: ThreadControls; label?: string }) {
  if (threads.length === 0) return null;
  return (
    <ol className="comment-list" aria-label={label}>
      {threads.map((thread) => (
        <CommentItem key={thread.comment.id} thread={thread} controls={controls} />
      ))}
    </ol>
  );
}

function CommentItem({ thread, controls }: { thread: Thread<CommentNode>; controls: ThreadControls }) {
  const t = useT();
  const { comment, replies } = thread;
  const mine = comment.author.id === controls.viewerId;
  const author = authorName(t, comment);
  const metaId = `comment-${comment.id}-meta`;
  const action = controls.action && 'commentId' in controls.action && controls.action.commentId === comment.id ? controls.action.type : null;
  const canChange = mine && !comment.retracted && !controls.closed;
  return (
    <li className={comment.retracted ? 'comment comment-retracted' : 'comment'}>
      <article id={`comment-${comment.id}`} tabIndex={-1} aria-labelledby={metaId} className="comment-body">
        <header className="comment-meta" id={metaId}>
          <span className="comment-author">
            {author}
            {mine && <> · {t('deliberation.you')}</>}
          </span>{' '}
          <span className={`status comment-state comment-state-${comment.retracted ? 'retracted' : comment.editCount > 0 ? 'edited' : 'open'}`}>
            {t(comment.retracted ? 'deliberation.retracted' : comment.editCount > 0 ? 'deliberation.edited' : 'deliberation.open')}
          </span>{' '}
          <time dateTime={comment.createdAt}>{t('deliberation.postedAt', { time: new Date(comment.createdAt) })}</time>
          {comment.editedAt && !comment.retracted && (
            <>
              {' · '}
              <time dateTime={comment.editedAt}>{t('deliberation.editedAt', { time: new Date(comment.editedAt) })}</time>
            </>
          )}
          {comment.retractedAt && (
            <>
              {' · '}
              <time dateTime={comment.retractedAt}>{t('deliberation.retractedAt', { time: new Date(comment.retractedAt) })}</time>
            </>
          )}
        </header>
        {comment.retracted ? (
          <p className="comment-text comment-text-retracted">{t('deliberation.retractedBody')}</p>
        ) : action === 'edit' ? (
          <CommentForm
            label={t('deliberation.form.edit')}
            submitLabel={t('deliberation.save')}
            initialBody={comment.body ?? ''}
            onSubmit={(body) => controls.edit(comment, body)}
            onCancel={controls.cancel}
          />
        ) : (
          <p className="comment-text">{comment.body}</p>
        )}
        {!comment.retracted && comment.history.length > 0 && (
          <details className="comment-history">
            <summary>{t('deliberation.history', { count: comment.history.length })}</summary>
            <ol>
              {comment.history.map((edit, index) => (
                <li key={index}>
                  <time dateTime={edit.editedAt}>{t('deliberation.historyItem', { time: new Date(edit.editedAt) })}</time>
                  <p>{edit.previousBody}</p>
                </li>
              ))}
            </ol>
          </details>
        )}
        {action === 'retract' ? (
          <RetractConfirm comment={comment} controls={controls} />
        ) : (
          action !== 'edit' &&
          !controls.closed && (
            <div className="actions comment-actions">
              {!comment.retracted && (
                <button
                  type="button"
                  aria-describedby={metaId}
                  aria-expanded={action === 'reply'}
                  onClick={() => (action === 'reply' ? controls.cancel() : controls.open({ type: 'reply', commentId: comment.id }))}
                >
                  {t('deliberation.reply')}
                </button>
              )}
              {canChange && (
                <>
                  <button type="button" aria-describedby={metaId} onClick={() => controls.open({ type: 'edit', commentId: comment.id })}>
                    {t('deliberation.edit')}
                  </button>
                  <button type="button" className="danger" aria-describedby={metaId} onClick={() => controls.open({ type: 'retract', commentId: comment.id })}>
                    {t('deliberation.retract')}
                  </button>
                </>
              )}
            </div>
          )
        )}
        {action === 'reply' && (
          <CommentForm
            label={t('deliberation.form.reply', { author: comment.author.displayName })}
            submitLabel={t('deliberation.postReply')}
            onSubmit={(body) => controls.reply(comment, body)}
            onCancel={controls.cancel}
          />
        )}
      </article>
      <ThreadList threads={replies} controls={controls} label={t('deliberation.replies', { author: comment.author.displayName })} />
    </li>
  );
}

/** Retracting removes the words for everyone, so it asks first; Keep it is focused, the safe choice. */
function RetractConfirm({ comment, controls }: { comment: CommentNode; controls: ThreadControls }) {
  const t = useT();
  const keep = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => keep.current?.focus(), []);
  const textId = `comment-${comment.id}-confirm`;
  return (
    <div className="confirm" role="group" aria-labelledby={textId}>
      <ErrorNotice error={error} />
      <p id={textId}>{t('deliberation.retractConfirm')}</p>
      <div className="actions">
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            setError(null);
            controls.retract(comment).catch((caught: unknown) => {
              setError(caught);
              setBusy(false);
            });
          }}
        >
          {busy ? t('deliberation.sending') : t('deliberation.retractYes')}
        </button>
        <button type="button" ref={keep} disabled={busy} onClick={controls.cancel}>
          {t('deliberation.retractNo')}
        </button>
      </div>
    </div>
  );
}
