import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createCluster, type Cluster, type Idea } from '../../../../shared/domain';
import { CLUSTER_COLOURS, frameAround, NOTE_SIZE, type ColourKey, type Point } from '../../../../shared/logic/ideaBoard';
import { applyChanges, type RecordMutation } from '../../../data';
import { clusterName, noteExcerpt } from '../ideaLabels';
import type { Announce } from '../useAnnouncer';
import { membersOf, moveToClusterMutations, placeOnCanvasMutations, sendToInboxMutations } from './boardMutations';

interface BoardActionInputs {
  workshopId: string;
  ideas: readonly Idea[];
  clusters: readonly Cluster[];
  canvasCentre: () => Point;
  announce: Announce;
}

export interface BoardActions {
  sendToInbox: (notes: readonly Idea[]) => Promise<void>;
  placeOnCanvas: (notes: readonly Idea[]) => Promise<void>;
  moveToCluster: (notes: readonly Idea[], cluster: Cluster) => Promise<void>;
  /** Creates a named frame around the notes (an empty one in the middle of the view); resolves to its id. */
  createCluster: (name: string, colour: ColourKey, notes: readonly Idea[]) => Promise<string>;
  fitFrameToNotes: (cluster: Cluster) => Promise<void>;
  setChosen: (notes: readonly Idea[], chosen: boolean) => Promise<void>;
}

/** The board's menu commands: each is ONE undo step with a label that says what it did. */
export function useBoardActions({ workshopId, ideas, clusters, canvasCentre, announce }: BoardActionInputs): BoardActions {
  const { t } = useTranslation();
  return useMemo(() => {
    const describe = (notes: readonly Idea[]) => ({ count: notes.length, text: notes[0] ? noteExcerpt(notes[0], t) : '' });
    const run = async (label: string, mutations: RecordMutation[], said: string) => {
      if (mutations.length === 0) return;
      await applyChanges(workshopId, label, mutations);
      announce(said);
    };

    return {
      sendToInbox: (notes) => run(t('ideas.undo.toInbox', describe(notes)), sendToInboxMutations(notes, ideas), t('ideas.announce.toInbox', describe(notes))),
      placeOnCanvas: (notes) =>
        run(t('ideas.undo.toCanvas', describe(notes)), placeOnCanvasMutations(notes, canvasCentre(), ideas, clusters), t('ideas.announce.toCanvas', describe(notes))),
      moveToCluster: (notes, cluster) => {
        const name = clusterName(cluster, t);
        return run(t('ideas.undo.toCluster', { ...describe(notes), name }), moveToClusterMutations(notes, cluster, ideas), t('ideas.announce.toCluster', { ...describe(notes), name }));
      },
      createCluster: async (name, colour, notes) => {
        const onCanvas = notes.filter((idea) => idea.place === 'canvas');
        const centre = canvasCentre();
        const frame = frameAround(onCanvas) ?? { x: Math.round(centre.x - 40), y: Math.round(centre.y - 40), width: NOTE_SIZE.width * 3 + 80, height: NOTE_SIZE.height * 2 + 100 };
        const cluster = createCluster(workshopId, { name: name.trim(), colour: CLUSTER_COLOURS[colour], ...frame });
        const mutations: RecordMutation[] = [{ type: 'add', kind: 'clusters', record: cluster }];
        for (const idea of onCanvas) mutations.push({ type: 'update', kind: 'ideas', id: idea.id, patch: { clusterId: cluster.id } });
        // Inbox notes in the selection are laid out in the new frame beside the others.
        const occupiedIdeas = ideas.map((idea) => (onCanvas.includes(idea) ? { ...idea, clusterId: cluster.id } : idea));
        mutations.push(...moveToClusterMutations(notes.filter((idea) => idea.place !== 'canvas'), cluster, occupiedIdeas));
        const label = clusterName(cluster, t);
        await applyChanges(workshopId, t('ideas.undo.createCluster', { name: label }), mutations);
        announce(t('ideas.announce.clusterCreated', { name: label, count: notes.length }));
        return cluster.id;
      },
      fitFrameToNotes: (cluster) => {
        const frame = frameAround(membersOf(cluster.id, ideas));
        if (!frame) return Promise.resolve();
        const name = clusterName(cluster, t);
        return run(t('ideas.undo.fitCluster', { name }), [{ type: 'update', kind: 'clusters', id: cluster.id, patch: frame }], t('ideas.announce.clusterFitted', { name }));
      },
      setChosen: (notes, chosen) => {
        const changing = notes.filter((idea) => idea.selected !== chosen);
        return run(
          t(chosen ? 'ideas.undo.choose' : 'ideas.undo.unchoose', describe(changing)),
          changing.map((idea) => ({ type: 'update', kind: 'ideas', id: idea.id, patch: { selected: chosen } })),
          t(chosen ? 'ideas.announce.chosen' : 'ideas.announce.unchosen', describe(changing)),
        );
      },
    };
  }, [workshopId, ideas, clusters, canvasCentre, announce, t]);
}
