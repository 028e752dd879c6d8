/** The fields thread building needs; the query's comment node satisfies it. */
export interface ThreadComment {
  id: string;
  revision: number;
  changeIndex?: number | null;
  paragraphPath?: string | null;
  replyTo?: string | null;
  createdAt: string;
}

export interface Thread<C extends ThreadComment> {
  comment: C;
  replies: Thread<C>[];
}

export interface ChangeThreads<C extends ThreadComment> {
  /** Threads on the change as a whole. */
  whole: Thread<C>[];
  /** Threads on one paragraph of the change, by path, in the order the paragraphs were first commented on. */
  paragraphs: Map<string, Thread<C>[]>;
}

export interface Deliberation<C extends ThreadComment> {
  /** Threads anchored to a change, by change index. */
  changes: Map<number, ChangeThreads<C>>;
  /** Threads on the proposal in general. */
  general: Thread<C>[];
  /** Comments of the revision, threads and replies alike. */
  count: number;
}

const chronological = <C extends ThreadComment>(a: Thread<C>, b: Thread<C>) =>
  a.comment.createdAt < b.comment.createdAt ? -1 : a.comment.createdAt > b.comment.createdAt ? 1 : a.comment.id < b.comment.id ? -1 : a.comment.id > b.comment.id ? 1 : 0;

function sortDeep<C extends ThreadComment>(threads: Thread<C>[]): Thread<C>[] {
  threads.sort(chronological);
  for (const thread of threads) sortDeep(thread.replies);
  return threads;
}

/**
 * Flat comments (as the API lists them) of one revision into threads: replies under the comment they answer, oldest
 * first at every level; top-level comments sorted by what they are anchored to. A reply whose parent is not among
 * them (another revision) starts a thread of its own where it is anchored.
 */
export function buildDeliberation<C extends ThreadComment>(comments: readonly C[], revision: number): Deliberation<C> {
  const ofRevision = comments.filter((comment) => comment.revision === revision);
  const nodes = new Map<string, Thread<C>>(ofRevision.map((comment) => [comment.id, { comment, replies: [] }]));
  const roots: Thread<C>[] = [];
  for (const node of nodes.values()) {
    const parent = node.comment.replyTo ? nodes.get(node.comment.replyTo) : undefined;
    if (parent && !isAncestor(node, parent, nodes)) parent.replies.push(node);
    else roots.push(node);
  }
  sortDeep(roots);
  const changes = new Map<number, ChangeThreads<C>>();
  const general: Thread<C>[] = [];
  for (const root of roots) {
    const { changeIndex, paragraphPath } = root.comment;
    if (changeIndex === null || changeIndex === undefined) {
      general.push(root);
      continue;
    }
    const change = changes.get(changeIndex) ?? { whole: [], paragraphs: new Map<string, Thread<C>[]>() };
    changes.set(changeIndex, change);
    if (paragraphPath) change.paragraphs.set(paragraphPath, [...(change.paragraphs.get(paragraphPath) ?? []), root]);
    else change.whole.push(root);
  }
  return { changes, general, count: ofRevision.length };
}

/** Guards against a cycle in bad data: a node never goes under its own descendant. */
function isAncestor<C extends ThreadComment>(node: Thread<C>, candidate: Thread<C>, nodes: Map<string, Thread<C>>): boolean {
  const seen = new Set<string>();
  let current: Thread<C> | undefined = candidate;
  while (current && !seen.has(current.comment.id)) {
    if (current.comment.id === node.comment.id) return true;
    seen.add(current.comment.id);
    current = current.comment.replyTo ? nodes.get(current.comment.replyTo) : undefined;
  }
  return false;
}

/** Every comment of a thread list, depth first, for looking one up by id. */
export function* allComments<C extends ThreadComment>(threads: Iterable<Thread<C>>): Generator<C> {
  for (const thread of threads) {
    yield thread.comment;
    yield* allComments(thread.replies);
  }
}
