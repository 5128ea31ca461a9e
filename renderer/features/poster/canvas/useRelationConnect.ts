import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection, Edge, IsValidConnection } from '@xyflow/react';
import { createRelation, type Relation, type RelationType, type Stakeholder } from '../../../../shared/domain';
import { addRecord } from '../../../data';
import { describeRelation, personName } from '../posterLabels';
import type { PosterSelection } from '../posterSelection';

interface RelationConnectOptions {
  workshopId: string;
  people: ReadonlyMap<string, Stakeholder>;
  relations: readonly Relation[];
  onSelect: (selection: PosterSelection) => void;
  announce: (message: string) => void;
}

/** Inside one side people mostly influence each other; across sides they know each other. */
export function defaultRelationType(from: Stakeholder, to: Stakeholder): RelationType {
  return from.side === to.side ? 'influences' : 'knows';
}

/**
 * Drawing a line from one card's handle to another's adds a relation, then selects it so its type
 * and strength can be set beside the canvas. Drawing one that exists just selects it.
 */
export function useRelationConnect({ workshopId, people, relations, onSelect, announce }: RelationConnectOptions) {
  const { t } = useTranslation();

  const isValidConnection: IsValidConnection<Edge> = useCallback(
    (connection) => connection.source !== connection.target && people.has(connection.source) && people.has(connection.target),
    [people],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      const from = people.get(connection.source);
      const to = people.get(connection.target);
      if (!from || !to || from.id === to.id) return;
      const type = defaultRelationType(from, to);
      const existing = relations.find((relation) => relation.fromId === from.id && relation.toId === to.id && relation.type === type);
      if (existing) {
        onSelect({ kind: 'relation', id: existing.id });
        return;
      }
      const relation = createRelation(workshopId, { keyAccountId: from.keyAccountId, fromId: from.id, toId: to.id, type });
      const description = describeRelation(relation, personName(from, t), personName(to, t), t);
      void addRecord('relations', relation, t('poster.undo.addRelation')).then(() => {
        onSelect({ kind: 'relation', id: relation.id });
        announce(t('poster.announce.relationAdded', { description }));
      }).catch(() => undefined);
    },
    [people, relations, workshopId, onSelect, announce, t],
  );

  return { onConnect, isValidConnection };
}
