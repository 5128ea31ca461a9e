import { useTranslation } from 'react-i18next';
import { CalendarClock, CalendarPlus } from 'lucide-react';
import { createAgendaSession, type AgendaSession, type Workshop } from '../../../../shared/domain';
import { agendaTotalMinutes, nextOrder, nextSessionDate } from '../../../../shared/logic/agenda';
import { addRecord } from '../../../data';
import { SECTION_TITLE_IDS } from '../PreparationOverview';
import { SectionEmpty } from '../SectionEmpty';
import { formatDuration } from '../format';
import { useFocusOnArrival } from '../useFocusOnArrival';
import { SessionCard } from './SessionCard';

export function AgendaSection({ workshop, sessions }: { workshop: Workshop; sessions: readonly AgendaSession[] }) {
  const { t } = useTranslation();
  const focusOnArrival = useFocusOnArrival(sessions);

  const addSession = async () => {
    const session = createAgendaSession(workshop.id, {
      // Stored content, so in the workshop's language like the rest of its text, whatever the interface shows.
      title: t('preparation.agenda.defaultTitle', { number: sessions.length + 1, lng: workshop.language }),
      date: nextSessionDate(sessions, workshop.date),
      startTime: '09:00',
      order: nextOrder(sessions),
    });
    await addRecord('agendaSessions', session, t('preparation.undo.addSession'));
    focusOnArrival(session.id);
  };

  return (
    <section className="card section-card prep-section" aria-labelledby={SECTION_TITLE_IDS.agenda}>
      <div className="section-head">
        <div className="prep-head-text">
          <h2 id={SECTION_TITLE_IDS.agenda} tabIndex={-1}>{t('preparation.agenda.title')}</h2>
          {sessions.length > 0 ? (
            <span className="muted prep-head-summary" data-testid="agenda-total">
              {t('preparation.agenda.sessions', { count: sessions.length })} · {t('preparation.agenda.plannedTime', { duration: formatDuration(agendaTotalMinutes(sessions), workshop.language) })}
            </span>
          ) : null}
        </div>
        <button type="button" className="btn btn-primary" onClick={() => void addSession()}>
          <CalendarPlus size={18} aria-hidden="true" /> {t('preparation.agenda.addSession')}
        </button>
      </div>
      <p className="muted prep-intro">{t('preparation.agenda.intro')}</p>
      {sessions.length === 0 ? (
        <SectionEmpty icon={<CalendarClock size={28} />} title={t('preparation.agenda.emptyTitle')} body={t('preparation.agenda.emptyBody')} />
      ) : (
        <ol className="prep-sessions">
          {sessions.map((session) => (
            <SessionCard key={session.id} session={session} workshop={workshop} />
          ))}
        </ol>
      )}
    </section>
  );
}
