import { useTranslation } from 'react-i18next';
import { Users } from 'lucide-react';
import type { Participant, Workshop } from '../../../../shared/domain';
import { countRoster } from '../../../../shared/logic/agenda';
import { SECTION_TITLE_IDS } from '../PreparationOverview';
import { SectionEmpty } from '../SectionEmpty';
import { AddParticipantForm } from './AddParticipantForm';
import { ParticipantRow } from './ParticipantRow';
import { RosterCounts } from './RosterCounts';

export function RosterSection({ workshop, participants }: { workshop: Workshop; participants: readonly Participant[] }) {
  const { t } = useTranslation();
  return (
    <section className="card section-card prep-section" aria-labelledby={SECTION_TITLE_IDS.roster}>
      <div className="section-head">
        <h2 id={SECTION_TITLE_IDS.roster} tabIndex={-1}>{t('preparation.roster.title')}</h2>
      </div>
      <p className="muted prep-intro">{t('preparation.roster.intro')}</p>
      {participants.length === 0 ? (
        <SectionEmpty icon={<Users size={28} />} title={t('preparation.roster.emptyTitle')} body={t('preparation.roster.emptyBody')} />
      ) : (
        <>
          <RosterCounts counts={countRoster(participants)} />
          <div className="table-scroll">
            <table className="data-table prep-roster">
              <caption className="visually-hidden">{t('preparation.roster.title')}</caption>
              <colgroup>
                <col className="prep-cell-name" />
                <col className="prep-cell-role" />
                <col className="prep-cell-org" />
                <col className="prep-cell-side" />
                <col className="prep-flag-col" />
                <col className="prep-flag-col" />
                <col className="prep-cell-actions" />
              </colgroup>
              <thead>
                <tr>
                  <th scope="col">{t('preparation.roster.name')}</th>
                  <th scope="col">{t('preparation.roster.role')}</th>
                  <th scope="col">{t('preparation.roster.organisation')}</th>
                  <th scope="col">{t('preparation.roster.side')}</th>
                  <th scope="col" className="prep-flag-col">{t('preparation.roster.expertGroup')}</th>
                  <th scope="col" className="prep-flag-col">{t('preparation.roster.implementationGroup')}</th>
                  <th scope="col"><span className="visually-hidden">{t('preparation.roster.actions')}</span></th>
                </tr>
              </thead>
              <tbody>
                {participants.map((participant) => (
                  <ParticipantRow key={participant.id} participant={participant} workshopId={workshop.id} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      <AddParticipantForm workshopId={workshop.id} participants={participants} />
    </section>
  );
}
