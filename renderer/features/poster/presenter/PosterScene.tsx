import { useTranslation } from 'react-i18next';
import type { Relation, Stakeholder } from '../../../../shared/domain';
import { posterRegions } from '../../../../shared/logic/posterLayout';
import { POSTER_SIDES } from '../../../../shared/logic/projectorAreas';
import { ProjectorPersonCard } from './ProjectorPersonCard';
import { RelationLabels, RelationLines, useDrawnRelations } from './ProjectorRelations';

interface PosterSceneProps {
  accountName: string;
  /** Our company: the workshop's client. */
  ourName: string;
  /** The account's people, in reading order (the customer's buying team first). */
  people: readonly Stakeholder[];
  relations: readonly Relation[];
  current: ReadonlySet<string>;
  language: string;
}

/**
 * One key account's poster as the projector draws it, in canvas units: the two side regions, each
 * with its people (so a screen reader meets them under their side's name), the relation lines under
 * the cards and their verbs over them.
 */
export function PosterScene({ accountName, ourName, people, relations, current, language }: PosterSceneProps) {
  const { t } = useTranslation();
  const regions = posterRegions(people);
  const drawn = useDrawnRelations(people, relations);
  return (
    <div className="projector-poster">
      {POSTER_SIDES.map((side) => {
        const rect = regions[side];
        const onSide = people.filter((person) => person.side === side);
        const organisation = side === 'customer' ? accountName : ourName;
        return (
          <div key={side} className={`projector-region projector-region-${side}`} style={{ left: rect.x, top: rect.y, width: rect.width, height: rect.height }}>
            <h3 className="projector-region-title">{t(`poster.side.${side}`)}</h3>
            {organisation ? <p className="projector-region-organisation">{organisation}</p> : null}
            {onSide.length === 0 ? (
              <p className="projector-region-empty">{t(`poster.region.empty.${side}`)}</p>
            ) : (
              <ul className="projector-people">
                {onSide.map((person) => (
                  <ProjectorPersonCard key={person.id} person={person} origin={rect} current={current.has(person.id)} language={language} />
                ))}
              </ul>
            )}
          </div>
        );
      })}
      <RelationLines drawn={drawn} />
      <RelationLabels drawn={drawn} listLabel={t('poster.list.relationsHeading')} />
    </div>
  );
}
