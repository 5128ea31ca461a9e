import { useTranslation } from 'react-i18next';
import { PARTICIPANT_SIDES } from '../../../../shared/domain';
import type { RosterCounts as Counts } from '../../../../shared/logic/agenda';

/** How the room is made up: per side of the table, and per working group. */
export function RosterCounts({ counts }: { counts: Counts }) {
  const { t } = useTranslation();
  return (
    <ul className="prep-counts" aria-label={t('preparation.roster.countsLabel')} data-testid="roster-counts">
      <li className="badge badge-primary">{t('preparation.roster.people', { count: counts.total })}</li>
      {PARTICIPANT_SIDES.map((side) => (
        <li key={side} className="badge">{t(`preparation.roster.countSide.${side}`, { count: counts.bySide[side] })}</li>
      ))}
      <li className="badge">{t('preparation.roster.countExperts', { count: counts.expertGroup })}</li>
      <li className="badge">{t('preparation.roster.countImplementation', { count: counts.implementationGroup })}</li>
    </ul>
  );
}
