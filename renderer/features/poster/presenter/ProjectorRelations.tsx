import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RELATION_TYPES, type Relation, type Stakeholder } from '../../../../shared/domain';
import { borderPoint, cardRect, type Point } from '../../../../shared/logic/posterLayout';
import { describeRelation, isDirected, personName } from '../posterLabels';

/** Line weight by strength 1 (weak) to 3 (strong), as on the editor's canvas. */
const STROKE_WIDTHS: Readonly<Record<number, number>> = { 1: 1.5, 2: 3, 3: 5 };

export interface DrawnRelation {
  relation: Relation;
  start: Point;
  end: Point;
  sentence: string;
}

/** Each relation between two people on the poster, as a line from card edge to card edge. */
export function useDrawnRelations(people: readonly Stakeholder[], relations: readonly Relation[]): DrawnRelation[] {
  const { t } = useTranslation();
  const byId = new Map(people.map((person) => [person.id, person]));
  const drawn: DrawnRelation[] = [];
  for (const relation of relations) {
    const from = byId.get(relation.fromId);
    const to = byId.get(relation.toId);
    if (!from || !to) continue;
    const fromRect = cardRect(from);
    const toRect = cardRect(to);
    const start = borderPoint(fromRect, { x: toRect.x + toRect.width / 2, y: toRect.y + toRect.height / 2 });
    const end = borderPoint(toRect, { x: fromRect.x + fromRect.width / 2, y: fromRect.y + fromRect.height / 2 });
    drawn.push({ relation, start, end, sentence: describeRelation(relation, personName(from, t), personName(to, t), t) });
  }
  return drawn;
}

/** The relation lines, drawn under the cards (SVG in canvas units, its overflow shown). */
export function RelationLines({ drawn }: { drawn: readonly DrawnRelation[] }) {
  const markerPrefix = `projector-arrow-${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  return (
    <svg className="projector-relations" width="1" height="1" aria-hidden="true">
      <defs>
        {RELATION_TYPES.filter(isDirected).map((type) => (
          <marker key={type} id={`${markerPrefix}-${type}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="18" markerHeight="18" markerUnits="userSpaceOnUse" orient="auto">
            <path d="M0,0 L10,5 L0,10 z" className={`poster-legend-arrow-${type}`} />
          </marker>
        ))}
      </defs>
      {drawn.map(({ relation, start, end }) => (
        <line
          key={relation.id}
          x1={start.x}
          y1={start.y}
          x2={end.x}
          y2={end.y}
          className={`poster-edge poster-edge-${relation.type}`}
          style={{ strokeWidth: STROKE_WIDTHS[relation.strength] ?? 3 }}
          markerEnd={isDirected(relation.type) ? `url(#${markerPrefix}-${relation.type})` : undefined}
        />
      ))}
    </svg>
  );
}

/**
 * Each line's verb at its middle, under the cards (a card is never hidden by a crossing line's
 * label); screen readers get the full
 * sentences ("Sabine Krüger reports to Henrik Lindqvist (strong)") from a list instead.
 */
export function RelationLabels({ drawn, listLabel }: { drawn: readonly DrawnRelation[]; listLabel: string }) {
  const { t } = useTranslation();
  return (
    <>
      {drawn.map(({ relation, start, end }) => (
        <span
          key={relation.id}
          className={`projector-relation-label projector-relation-label-${relation.type}`}
          style={{ left: (start.x + end.x) / 2, top: (start.y + end.y) / 2 }}
          aria-hidden="true"
        >
          {t(`poster.relationVerb.${relation.type}`)}
        </span>
      ))}
      {drawn.length > 0 ? (
        <ul className="visually-hidden" aria-label={listLabel}>
          {drawn.map(({ relation, sentence }) => (
            <li key={relation.id}>{sentence}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}
