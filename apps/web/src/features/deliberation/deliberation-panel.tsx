import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { useLocation } from 'react-router';
import { useT } from '../../app/i18n/use-t';
import type { MessageId } from '../../app/i18n/catalog';
import { useViewer } from '../../app/session/session-context';
import { ErrorNotice } from '../../ui/error-notice';
import { Loading } from '../../ui/loading';
import { Pagination } from '../../ui/pagination';
import { Redline, RedlineField, RedlineParagraph } from '../../ui/redline';
import { CommentForm } from './comment-form';
import { authorName, CommentAction, CommentNode, ThreadControls, ThreadList } from './comment-item';
import {
  ADD_DELIBERATION_COMMENT,
  DELIBERATION_COMMENT_EVENTS,
  DELIBERATION_COMMENTS,
  EDIT_DELIBERATION_COMMENT,
  RETRACT_DELIBERATION_COMMENT,
} from './deliberation.operations';
import { allComments, buildDeliberation, ChangeThreads } from './threads';

export interface DeliberationChange {
  index: number;
  kind: string;
  code: string | null;
  term: string | null;
  redline: {
    fields: { field: string; change: string; segments: { kind: string; text: string }[] }[];
    paragraphs: { path: string; kind: string; change: string; segments: { kind: string; text: string }[] }[];
  };
}

export interface DeliberationPanelProps {
  proposalId: string;
  revision: number;
  changes: DeliberationChange[];
}

const DECIDED = ['ADOPTED', 'REJECTED', 'INCORPORATED', 'WITHDRAWN'];
const NO_THREADS: ChangeThreads<CommentNode> = { whole: [], paragraphs: new Map() };

/**
 * The comments of one revision, next to the text they are about: per change its redline, a way to comment on any
 * paragraph, and the threads; then the general comments. Others' comments arrive live and are announced politely.
 */
export function DeliberationPanel({ proposalId, revision, changes }: DeliberationPanelProps) {
  const t = useT();
  const viewer = useViewer();
  const location = useLocation();
  const { data, error, loading, refetch, fetchMore } = useQuery(DELIBERATION_COMMENTS, { variables: { proposalId }, fetchPolicy: 'cache-and-network' });
  const [addComment] = useMutation(ADD_DELIBERATION_COMMENT);
  const [editComment] = useMutation(EDIT_DELIBERATION_COMMENT);
  const [retractComment] = useMutation(RETRACT_DELIBERATION_COMMENT);
  const [action, setAction] = useState<CommentAction | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<{ element?: HTMLElement | null; commentId?: string } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const opener = useRef<{ element: HTMLElement | null; commentId?: string } | null>(null);

  const comments = useMemo(() => data?.proposal.comments.edges.map((edge) => edge.node) ?? [], [data]);
  const deliberation = useMemo(() => buildDeliberation(comments, revision), [comments, revision]);
  const closed = DECIDED.includes(data?.proposal.status ?? '');

  const announce = useCallback((message: string) => setAnnouncement(message), []);

  useSubscription(DELIBERATION_COMMENT_EVENTS, {
    variables: { proposalId },
    onData: ({ data: event }) => {
      const happened = event.data?.commentEvents;
      if (!happened) return;
      void refetch().then(({ data: fresh }) => {
        const comment = fresh?.proposal.comments.edges.find((edge) => edge.node.id === happened.commentId)?.node;
        if (!comment || comment.author.id === viewer.id) return;
        const key: MessageId = happened.type === 'ADDED' ? 'deliberation.live.added' : happened.type === 'EDITED' ? 'deliberation.live.edited' : 'deliberation.live.retracted';
        announce(t(key, { author: authorName(t, comment) }));
      });
    },
  });

  // Focus moves where the reader's attention goes: to a comment just posted or changed, or back to what opened a form.
  useEffect(() => {
    if (!focusTarget) return;
    const element = focusTarget.element?.isConnected ? focusTarget.element : focusTarget.commentId ? document.getElementById(`comment-${focusTarget.commentId}`) : null;
    if (!element) return;
    element.focus();
    setFocusTarget(null);
  }, [focusTarget, data, action]);

  // A link to #comment-<id> (as in notification mail) scrolls to that comment and focuses it once it is shown.
  const handledHash = useRef<string | null>(null);
  useEffect(() => {
    const hash = location.hash;
    if (!hash.startsWith('#comment-') || handledHash.current === hash || !data) return;
    const element = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (!element) return;
    handledHash.current = hash;
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  }, [location.hash, data]);

  const open = useCallback((next: CommentAction) => {
    opener.current = { element: document.activeElement as HTMLElement | null, commentId: 'commentId' in next ? next.commentId : undefined };
    setAction(next);
  }, []);
  const cancel = useCallback(() => {
    setAction(null);
    setFocusTarget(opener.current);
  }, []);

  const finish = useCallback(
    async (commentId: string, message: MessageId) => {
      await refetch();
      setAction(null);
      announce(t(message));
      setFocusTarget({ commentId });
    },
    [refetch, announce, t],
  );

  const post = useCallback(
    async (anchor: { changeIndex?: number | null; paragraphPath?: string | null; replyTo?: string }, body: string, commentRevision = revision) => {
      const input = {
        proposalId,
        revision: commentRevision,
        body,
        ...(anchor.changeIndex !== null && anchor.changeIndex !== undefined ? { changeIndex: anchor.changeIndex } : {}),
        ...(anchor.changeIndex !== null && anchor.changeIndex !== undefined && anchor.paragraphPath ? { paragraphPath: anchor.paragraphPath } : {}),
        ...(anchor.replyTo ? { replyTo: anchor.replyTo } : {}),
      };
      const { data: added } = await addComment({ variables: { input } });
      if (added) await finish(added.addComment.id, 'deliberation.own.added');
    },
    [addComment, finish, proposalId, revision],
  );

  const controls: ThreadControls = {
    viewerId: viewer.id,
    closed,
    action,
    open,
    cancel,
    reply: (parent, body) => post({ changeIndex: parent.changeIndex, paragraphPath: parent.paragraphPath, replyTo: parent.id }, body, parent.revision),
    edit: async (comment, body) => {
      await editComment({ variables: { input: { commentId: comment.id, body } } });
      await finish(comment.id, 'deliberation.own.edited');
    },
    retract: async (comment) => {
      await retractComment({ variables: { input: { commentId: comment.id } } });
      await finish(comment.id, 'deliberation.own.retracted');
    },
  };

  const isNew = (changeIndex: number | null, paragraphPath: string | null) =>
    action?.type === 'new' && action.changeIndex === changeIndex && action.paragraphPath === paragraphPath;
  const newForm = (changeIndex: number | null, paragraphPath: string | null, label: string) =>
    isNew(changeIndex, paragraphPath) && <CommentForm label={label} submitLabel={t('deliberation.post')} onSubmit={(body) => post({ changeIndex, paragraphPath }, body)} onCancel={cancel} />;
  const startButton = (changeIndex: number | null, paragraphPath: string | null, label: string) =>
    !closed && (
      <button
        type="button"
        className="comment-start"
        aria-expanded={isNew(changeIndex, paragraphPath)}
        onClick={() => (isNew(changeIndex, paragraphPath) ? cancel() : open({ type: 'new', changeIndex, paragraphPath }))}
      >
        {label}
      </button>
    );

  const connection = data?.proposal.comments;
  return (
    <section className="deliberation" aria-labelledby="deliberation-title">
      <h2 id="deliberation-title">{t('deliberation.title')}</h2>
      <p className="lead">{t('deliberation.intro', { revision })}</p>
      <p className="deliberation-live" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </p>
      {loading && !data && <Loading />}
      <ErrorNotice error={error} onRetry={() => void refetch()} />
      {closed && <p className="notice">{t('deliberation.closed')}</p>}
      {data && <p>{t('deliberation.count', { count: deliberation.count })}</p>}
      {changes.length === 0 && <p>{t('deliberation.noChanges')}</p>}
      {changes.map((change) => {
        const number = change.index + 1;
        const threads = deliberation.changes.get(change.index) ?? NO_THREADS;
        const order = change.redline.paragraphs.map((paragraph) => paragraph.path);
        const paths = [...threads.paragraphs.keys()].sort((a, b) => rank(order, a) - rank(order, b));
        const firstOfPath = new Set(change.redline.paragraphs.map((paragraph, index) => (order.indexOf(paragraph.path) === index ? `${paragraph.path}:${paragraph.kind}` : null)));
        const headingId = `deliberation-change-${change.index}`;
        return (
          <section key={change.index} className="deliberation-change" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {t('deliberation.changeHeading', { number, kind: t(`deliberation.kind.${change.kind}` as MessageId), subject: change.code ?? change.term ?? '' })}
            </h3>
            <Redline
              fields={change.redline.fields as RedlineField[]}
              paragraphs={change.redline.paragraphs as RedlineParagraph[]}
              paragraphAction={(paragraph) =>
                firstOfPath.has(`${paragraph.path}:${paragraph.kind}`) && (
                  <>
                    {' '}
                    {startButton(change.index, paragraph.path, t('deliberation.commentOnParagraph', { path: paragraph.path }))}
                    {threads.paragraphs.has(paragraph.path) && (
                      <>
                        {' '}
                        <a className="comment-count" href={`#${headingId}-${paragraph.path}`}>
                          {t('deliberation.paragraphComments', { count: [...allComments(threads.paragraphs.get(paragraph.path) ?? [])].length, path: paragraph.path })}
                        </a>
                      </>
                    )}
                    {newForm(change.index, paragraph.path, t('deliberation.form.paragraph', { path: paragraph.path, number }))}
                  </>
                )
              }
            />
            <p>{startButton(change.index, null, t('deliberation.commentOnChange', { number }))}</p>
            {newForm(change.index, null, t('deliberation.form.change', { number }))}
            <h4>{t('deliberation.changeComments', { number })}</h4>
            {paths.length === 0 && threads.whole.length === 0 && data && <p>{t('deliberation.noChangeComments')}</p>}
            {threads.whole.length > 0 && (
              <section className="comment-group" aria-labelledby={`${headingId}-whole`}>
                <h5 id={`${headingId}-whole`}>{t('deliberation.onWhole')}</h5>
                <ThreadList threads={threads.whole} controls={controls} />
              </section>
            )}
            {paths.map((path) => (
              <section key={path} className="comment-group" aria-labelledby={`${headingId}-${path}`}>
                <h5 id={`${headingId}-${path}`}>{t('deliberation.onParagraph', { path })}</h5>
                <ThreadList threads={threads.paragraphs.get(path) ?? []} controls={controls} />
              </section>
            ))}
          </section>
        );
      })}
      <section className="deliberation-general" aria-labelledby="deliberation-general">
        <h3 id="deliberation-general">{t('deliberation.general')}</h3>
        <p>{startButton(null, null, t('deliberation.commentGeneral'))}</p>
        {newForm(null, null, t('deliberation.form.general'))}
        {data && deliberation.general.length === 0 && <p>{t('deliberation.noGeneral')}</p>}
        <ThreadList threads={deliberation.general} controls={controls} />
      </section>
      {connection?.pageInfo.hasNextPage && (
        <Pagination
          shown={connection.edges.length}
          total={connection.totalCount}
          hasNextPage
          loading={loadingMore}
          onMore={() => {
            setLoadingMore(true);
            void fetchMore({
              variables: { after: connection.pageInfo.endCursor },
              updateQuery: (previous, { fetchMoreResult }) => ({
                ...previous,
                proposal: {
                  ...fetchMoreResult.proposal,
                  comments: { ...fetchMoreResult.proposal.comments, edges: [...(previous.proposal?.comments.edges ?? []), ...fetchMoreResult.proposal.comments.edges] },
                },
              }),
            }).finally(() => setLoadingMore(false));
          }}
        />
      )}
    </section>
  );
}

const rank = (order: string[], path: string) => {
  const index = order.indexOf(path);
  return index === -1 ? order.length : index;
};
