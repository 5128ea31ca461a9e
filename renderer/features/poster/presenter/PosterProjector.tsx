import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyAccount, Relation, Stakeholder, StakeholderSide, Workshop } from '../../../../shared/domain';
import { posterTourAreas } from '../../../../shared/logic/projectorAreas';
import type { TourStep } from '../../../../shared/logic/projectorTour';
import { ProjectorCanvas, type ProjectorLabels, type ProjectorStepText } from '../../facilitation/presenter/canvas/ProjectorCanvas';
import { TOUR_KEYS } from '../../facilitation/presenter/canvas/useTourKeys';
import { orderPeople } from '../peopleOrder';
import { formatCount, personName } from '../posterLabels';
import { PosterScene } from './PosterScene';
import './posterProjector.css';

/** The smallest type on the projector's poster, in canvas px (see posterProjector.css). */
const SMALLEST_FONT = 16;

interface PosterProjectorProps {
  workshop: Workshop;
  accounts: readonly KeyAccount[];
  people: readonly Stakeholder[];
  relations: readonly Relation[];
  /** The account open in the editor: the tour starts there. */
  startAccountId: string | null;
}

/**
 * Phase 4b on the projector: every key account's poster, toured side by side (the customer's buying
 * team, then our side), in groups of people that fit the screen at a legible size.
 */
export function PosterProjector({ workshop, accounts, people, relations, startAccountId }: PosterProjectorProps) {
  const { t } = useTranslation();
  const language = workshop.language;
  const areas = useMemo(() => posterTourAreas(accounts, people), [accounts, people]);
  const accountsById = useMemo(() => new Map(accounts.map((account) => [account.id, account])), [accounts]);
  const peopleById = useMemo(() => new Map(people.map((person) => [person.id, person])), [people]);
  const peopleByAccount = useMemo(() => {
    const grouped = new Map<string, Stakeholder[]>();
    for (const person of orderPeople(people)) grouped.set(person.keyAccountId, [...(grouped.get(person.keyAccountId) ?? []), person]);
    return grouped;
  }, [people]);

  const accountName = useCallback((id: string) => accountsById.get(id)?.name.trim() || t('poster.accounts.unnamed'), [accountsById, t]);

  const describeStep = useCallback(
    (step: TourStep): ProjectorStepText => {
      const side: StakeholderSide = step.areaKey.endsWith('/ours') ? 'ours' : 'customer';
      const title = t('poster.projector.title', { account: accountName(step.scene), side: t(`poster.side.${side}`) });
      const count = step.itemIds.length;
      const people = count === 0 ? t('poster.projector.nobody') : t('poster.projector.people', { count, formatted: formatCount(count, language) });
      const detail = step.parts > 1 ? t('poster.projector.partOf', { part: formatCount(step.part, language), parts: formatCount(step.parts, language), rest: people }) : people;
      const names = step.itemIds.map((id) => {
        const person = peopleById.get(id);
        return person ? personName(person, t) : '';
      });
      const announcement = count === 0 ? t('poster.projector.announceEmpty', { title, detail }) : t('poster.projector.announce', { title, detail, names: names.join(', ') });
      return { title, detail, announcement };
    },
    [accountName, peopleById, language, t],
  );

  const renderScene = useCallback(
    (scene: string, current: ReadonlySet<string>) => (
      <PosterScene
        accountName={accountName(scene)}
        ourName={workshop.clientCompany}
        people={peopleByAccount.get(scene) ?? []}
        relations={relations.filter((relation) => relation.keyAccountId === scene)}
        current={current}
        language={language}
      />
    ),
    [accountName, workshop.clientCompany, peopleByAccount, relations, language],
  );

  const labels = useMemo(
    (): ProjectorLabels => ({
      canvas: t('poster.projector.canvas'),
      hint: t('poster.projector.hint', { next: TOUR_KEYS.next, previous: TOUR_KEYS.previous }),
      previous: t('poster.projector.previous', { key: TOUR_KEYS.previous }),
      next: t('poster.projector.next', { key: TOUR_KEYS.next }),
      counter: (current, total) => t('poster.projector.counter', { current: formatCount(current, language), total: formatCount(total, language) }),
    }),
    [language, t],
  );

  return <ProjectorCanvas areas={areas} smallestFont={SMALLEST_FONT} startScene={startAccountId} describeStep={describeStep} renderScene={renderScene} labels={labels} />;
}
