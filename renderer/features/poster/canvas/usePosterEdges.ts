import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MarkerType } from '@xyflow/react';
import type { Relation, Stakeholder } from '../../../../shared/domain';
import { describeRelation, isDirected, personName } from '../posterLabels';
import type { RelationFlowEdge } from './posterFlowTypes';

interface CachedEdge {
  signature: string;
  edge: RelationFlowEdge;
}

/** Arrow heads keep one size whatever the line weight, so strong lines do not grow huge arrows. */
const ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18, markerUnits: 'userSpaceOnUse' } as const;

/** React Flow edges for the poster's relations; unchanged relations keep their edge object. */
export function usePosterEdges(relations: readonly Relation[], people: readonly Stakeholder[], selectedRelationId: string | null): RelationFlowEdge[] {
  const { t, i18n } = useTranslation();
  const cache = useRef(new Map<string, CachedEdge>());
  const uiLanguage = i18n.language;

  return useMemo(() => {
    const names = new Map(people.map((person) => [person.id, personName(person, t)]));
    const nextCache = new Map<string, CachedEdge>();
    const edges: RelationFlowEdge[] = [];
    for (const relation of relations) {
      const from = names.get(relation.fromId);
      const to = names.get(relation.toId);
      if (from === undefined || to === undefined) continue;
      const selected = relation.id === selectedRelationId;
      const signature = JSON.stringify([relation, from, to, selected, uiLanguage]);
      const cached = cache.current.get(relation.id);
      const description = describeRelation(relation, from, to, t);
      const edge: RelationFlowEdge = cached && cached.signature === signature ? cached.edge : {
        id: relation.id,
        type: 'relation',
        source: relation.fromId,
        target: relation.toId,
        selected,
        data: { relation, verb: t(`poster.relationVerb.${relation.type}`), description },
        ariaLabel: description,
        markerEnd: isDirected(relation.type) ? { ...ARROW, color: `var(--poster-edge-${relation.type})` } : undefined,
        deletable: false,
        focusable: false,
      };
      nextCache.set(relation.id, { signature, edge });
      edges.push(edge);
    }
    cache.current = nextCache;
    return edges;
  }, [relations, people, selectedRelationId, uiLanguage, t]);
}
