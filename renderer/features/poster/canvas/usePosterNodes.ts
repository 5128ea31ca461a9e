import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder, StakeholderSide } from '../../../../shared/domain';
import { POSTER_CARD_SIZE, posterRegions } from '../../../../shared/logic/posterLayout';
import { describePerson } from '../posterLabels';
import type { PendingPositions } from './usePendingPositions';
import { REGION_NODE_PREFIX, type PersonFlowNode, type PosterFlowNode, type RegionFlowNode } from './posterFlowTypes';

interface PosterNodeInputs {
  people: readonly Stakeholder[];
  accountName: string;
  /** Our company: the workshop's client, whose people make up "our side". */
  ourName: string;
  selectedPersonId: string | null;
  pending: PendingPositions;
  language: string;
  /** Id of the hidden text that explains the keyboard commands of a card. */
  keyboardHintId: string;
}

interface CachedNode {
  signature: string;
  node: PersonFlowNode;
}

const SIDES: readonly StakeholderSide[] = ['customer', 'ours'];

/**
 * React Flow nodes for the poster: the two side regions behind, then one card per person. A card's
 * node object is reused while nothing it shows has changed, so React Flow skips it during a drag
 * (re-creating every node on each pointer move doubles the cost of dragging).
 */
export function usePosterNodes({ people, accountName, ourName, selectedPersonId, pending, language, keyboardHintId }: PosterNodeInputs): PosterFlowNode[] {
  const { t, i18n } = useTranslation();
  const cache = useRef(new Map<string, CachedNode>());
  const uiLanguage = i18n.language;

  return useMemo(() => {
    const placed = people.map((person) => ({ person, position: pending.get(person.id) ?? { x: person.x, y: person.y } }));
    const nextCache = new Map<string, CachedNode>();
    const cards: PersonFlowNode[] = placed.map(({ person, position }) => {
      const selected = person.id === selectedPersonId;
      const signature = JSON.stringify([person, position.x, position.y, selected, language, uiLanguage]);
      const cached = cache.current.get(person.id);
      const node: PersonFlowNode = cached && cached.signature === signature ? cached.node : {
        id: person.id,
        type: 'person',
        position,
        data: { person, language },
        selected,
        ariaLabel: describePerson(person, t, language),
        domAttributes: { 'aria-describedby': keyboardHintId },
        measured: { width: POSTER_CARD_SIZE.width, height: POSTER_CARD_SIZE.height },
        deletable: false,
      };
      nextCache.set(person.id, { signature, node });
      return node;
    });
    cache.current = nextCache;

    const regions = posterRegions(placed.map(({ person, position }) => ({ side: person.side, ...position })));
    const regionNodes: RegionFlowNode[] = SIDES.map((side) => {
      const rect = regions[side];
      const count = people.filter((person) => person.side === side).length;
      return {
        id: `${REGION_NODE_PREFIX}${side}`,
        type: 'region',
        position: { x: rect.x, y: rect.y },
        width: rect.width,
        height: rect.height,
        measured: { width: rect.width, height: rect.height },
        data: {
          side,
          title: t(`poster.side.${side}`),
          organisation: side === 'customer' ? accountName : ourName,
          emptyHint: count === 0 ? t(`poster.region.empty.${side}`) : '',
        },
        draggable: false,
        selectable: false,
        connectable: false,
        focusable: false,
        deletable: false,
        zIndex: -1,
      };
    });
    return [...regionNodes, ...cards];
    // pending.version stands for the held positions read through pending.get.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [people, accountName, ourName, selectedPersonId, pending.version, language, uiLanguage, keyboardHintId, t]);
}
