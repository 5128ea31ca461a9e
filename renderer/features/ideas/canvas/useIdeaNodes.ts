import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Cluster, Idea, Participant } from '../../../../shared/domain';
import { CLUSTER_COLOURS, NOTE_COLOURS, NOTE_SIZE, nearestColourKey } from '../../../../shared/logic/ideaBoard';
import { clusterName, createNoteDescriber, participantName } from '../ideaLabels';
import type { ClusterFlowNode, IdeaFlowNode, NoteFlowNode, NoteWords } from './ideaFlowTypes';
import type { PendingGeometry } from './usePendingGeometry';

interface IdeaNodeInputs {
  /** Notes on the canvas (the inbox is not drawn here). */
  notes: readonly Idea[];
  clusters: readonly Cluster[];
  participants: ReadonlyMap<string, Participant>;
  clustersById: ReadonlyMap<string, Cluster>;
  selectedNoteIds: ReadonlySet<string>;
  selectedClusterId: string | null;
  /** Only notes chosen for the roadmap are shown. */
  onlyChosen: boolean;
  revealedDots: ReadonlyMap<string, number> | null;
  pending: PendingGeometry;
  language: string;
  keyboardHintId: string;
}

/** What a note's node shows; the node object is reused while all of it stays the same. */
interface CachedNote {
  idea: Idea;
  selected: boolean;
  hidden: boolean;
  author: string;
  cluster: string | null;
  dots: number | null;
  node: NoteFlowNode;
}

const NOTE_MEASURED = { width: NOTE_SIZE.width, height: NOTE_SIZE.height };

/**
 * React Flow nodes for the board: cluster frames first (largest behind), then the notes.
 *
 * Built in two steps so a drag stays cheap on boards of thousands of notes. The base nodes come from
 * the stored records and are rebuilt only when those (or the selection, the labels) change; a note's
 * node object is reused while nothing it shows has changed. During a drag only the held positions are
 * laid over the base: one new node object per moved note, every other node the same object, which is
 * what lets React Flow skip them (re-creating every node on each pointer move doubles the cost).
 */
export function useIdeaNodes(inputs: IdeaNodeInputs): IdeaFlowNode[] {
  const { notes, clusters, participants, clustersById, selectedNoteIds, selectedClusterId, onlyChosen, revealedDots, pending, language, keyboardHintId } = inputs;
  const { t, i18n } = useTranslation();
  const uiLanguage = i18n.language;
  const cache = useRef<{ key: string; notes: Map<string, CachedNote> }>({ key: '', notes: new Map() });
  const words = useMemo<NoteWords>(
    () => ({
      empty: t('ideas.note.empty'),
      chosen: t('ideas.note.chosenShort'),
      ratingsTitle: t('ideas.note.ratingsTitle'),
      ratings: (impact, effort) => t('ideas.note.ratingsShort', { impact: impact ?? '–', effort: effort ?? '–' }),
    }),
    // The language is what makes t return other words.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, uiLanguage],
  );

  const base = useMemo(() => {
    // A change of either language changes every label: start the cache afresh.
    const cacheKey = `${uiLanguage}|${language}`;
    if (cache.current.key !== cacheKey) cache.current = { key: cacheKey, notes: new Map() };
    const previous = cache.current.notes;
    const next = new Map<string, CachedNote>();
    const memberCounts = new Map<string, number>();
    // Looked up once per rebuild: translating per note would cost more than everything else here.
    const anonymous = t('ideas.author.anonymous');
    const clusterNames = new Map([...clustersById].map(([id, cluster]) => [id, clusterName(cluster, t)]));
    const participantNames = new Map<string, string>();
    const describe = createNoteDescriber(t, language);
    const selectedPrefix = t('ideas.note.spokenSelected');

    const noteNodes: NoteFlowNode[] = notes.map((idea) => {
      if (idea.clusterId) memberCounts.set(idea.clusterId, (memberCounts.get(idea.clusterId) ?? 0) + 1);
      const participant = idea.participantId ? participants.get(idea.participantId) : undefined;
      let author = idea.author.trim() === '' ? anonymous : idea.author.trim();
      if (participant) {
        author = participantNames.get(participant.id) ?? participantName(participant, t);
        participantNames.set(participant.id, author);
      }
      const cluster = idea.clusterId ? (clusterNames.get(idea.clusterId) ?? null) : null;
      const selected = selectedNoteIds.has(idea.id);
      const hidden = onlyChosen && !idea.selected;
      const dots = revealedDots ? (revealedDots.get(idea.id) ?? 0) : null;
      const cached = previous.get(idea.id);
      if (cached && cached.idea === idea && cached.selected === selected && cached.hidden === hidden && cached.author === author && cached.cluster === cluster && cached.dots === dots) {
        next.set(idea.id, cached);
        return cached.node;
      }
      const description = describe(idea, { author, cluster, dots });
      const node: NoteFlowNode = {
        id: idea.id,
        type: 'note',
        position: { x: idea.x, y: idea.y },
        data: { idea, author, colour: nearestColourKey(idea.colour, NOTE_COLOURS), dots, language, words },
        selected,
        hidden,
        ariaLabel: selected ? `${selectedPrefix} ${description}` : description,
        domAttributes: { 'aria-describedby': keyboardHintId },
        measured: NOTE_MEASURED,
        width: NOTE_SIZE.width,
        height: NOTE_SIZE.height,
        // Notes are carried by the board's own pointer handling (carry/), never by React Flow's drag.
        draggable: false,
        className: 'nopan',
        deletable: false,
        connectable: false,
      };
      next.set(idea.id, { idea, selected, hidden, author, cluster, dots, node });
      return node;
    });
    cache.current.notes = next;

    // Larger frames first, so a small frame lying on a big one is drawn (and grabbed) on top.
    const framesBehind = [...clusters].sort((a, b) => b.width * b.height - a.width * a.height);
    const clusterNodes: ClusterFlowNode[] = framesBehind.map((cluster) => {
      const selected = cluster.id === selectedClusterId;
      const name = clusterNames.get(cluster.id) ?? clusterName(cluster, t);
      const count = memberCounts.get(cluster.id) ?? 0;
      return {
        id: cluster.id,
        type: 'cluster',
        position: { x: cluster.x, y: cluster.y },
        width: cluster.width,
        height: cluster.height,
        measured: { width: cluster.width, height: cluster.height },
        data: { cluster, name, count, colour: nearestColourKey(cluster.colour, CLUSTER_COLOURS), language },
        selected,
        dragHandle: '.idea-cluster-title',
        ariaLabel: t(selected ? 'ideas.cluster.spokenSelected' : 'ideas.cluster.spoken', { name, count }),
        domAttributes: { 'aria-describedby': keyboardHintId },
        deletable: false,
        connectable: false,
      };
    });
    const nodes: IdeaFlowNode[] = [...clusterNodes, ...noteNodes];
    return { nodes, indexById: new Map(nodes.map((node, index) => [node.id, index])) };
  }, [notes, clusters, participants, clustersById, selectedNoteIds, selectedClusterId, onlyChosen, revealedDots, language, uiLanguage, keyboardHintId, words, t]);

  const { heldPositions, heldSizes } = pending;
  return useMemo(() => {
    const positions = heldPositions();
    const sizes = heldSizes();
    if (positions.size === 0 && sizes.size === 0) return base.nodes;
    const nodes = base.nodes.slice();
    for (const [id, position] of positions) {
      const index = base.indexById.get(id);
      const node = index === undefined ? undefined : nodes[index];
      if (index !== undefined && node) nodes[index] = { ...node, position };
    }
    for (const [id, size] of sizes) {
      const index = base.indexById.get(id);
      const node = index === undefined ? undefined : nodes[index];
      if (index !== undefined && node) nodes[index] = { ...node, width: size.width, height: size.height, measured: size };
    }
    return nodes;
    // pending.version stands for the held values read through heldPositions and heldSizes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [base, heldPositions, heldSizes, pending.version]);
}
