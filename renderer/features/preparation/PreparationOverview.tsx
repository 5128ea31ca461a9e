import { useTranslation } from 'react-i18next';
import { CalendarClock, ClipboardCheck, Users } from 'lucide-react';
import type { ReactNode } from 'react';
import type { AgendaSession, Participant, PreparationItem, Workshop } from '../../../shared/domain';
import { agendaTotalMinutes, countRoster, summarizeReadiness } from '../../../shared/logic/agenda';
import { formatDuration } from './format';

export const SECTION_TITLE_IDS = {
  checklist: 'prep-checklist-title',
  roster: 'prep-roster-title',
  agenda: 'prep-agenda-title',
} as const;

interface PreparationOverviewProps {
  workshop: Workshop;
  items: readonly PreparationItem[];
  participants: readonly Participant[];
  sessions: readonly AgendaSession[];
  today: string;
}

/** Three figures the facilitator checks before the first workshop; each one jumps to its section. */
export function PreparationOverview({ workshop, items, participants, sessions, today }: PreparationOverviewProps) {
  const { t } = useTranslation();
  const readiness = summarizeReadiness(items, today);
  const roster = countRoster(participants);
  const totalMinutes = agendaTotalMinutes(sessions);

  return (
    <nav className="prep-overview" aria-label={t('preparation.overview.label')}>
      <OverviewTile
        targetId={SECTION_TITLE_IDS.checklist}
        icon={<ClipboardCheck size={22} aria-hidden="true" />}
        title={t('preparation.overview.checklist')}
        figure={t('preparation.readiness.doneOf', { done: readiness.ready, count: readiness.applicable })}
        detail={readiness.overdue > 0 ? t('preparation.readiness.overdue', { count: readiness.overdue }) : t('preparation.overview.nothingOverdue')}
        alert={readiness.overdue > 0}
      />
      <OverviewTile
        targetId={SECTION_TITLE_IDS.roster}
        icon={<Users size={22} aria-hidden="true" />}
        title={t('preparation.overview.roster')}
        figure={t('preparation.roster.people', { count: roster.total })}
        detail={t('preparation.overview.groups', { experts: roster.expertGroup, implementation: roster.implementationGroup })}
      />
      <OverviewTile
        targetId={SECTION_TITLE_IDS.agenda}
        icon={<CalendarClock size={22} aria-hidden="true" />}
        title={t('preparation.overview.agenda')}
        figure={t('preparation.agenda.sessions', { count: sessions.length })}
        detail={t('preparation.agenda.plannedTime', { duration: formatDuration(totalMinutes, workshop.language) })}
      />
    </nav>
  );
}

interface OverviewTileProps {
  targetId: string;
  icon: ReactNode;
  title: string;
  figure: string;
  detail: string;
  alert?: boolean;
}

function OverviewTile({ targetId, icon, title, figure, detail, alert = false }: OverviewTileProps) {
  const jump = () => {
    const heading = document.getElementById(targetId);
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  };
  return (
    <button type="button" className="card prep-tile" onClick={jump}>
      <span className="prep-tile-icon">{icon}</span>
      <span className="prep-tile-text">
        <span className="prep-tile-title">{title}</span>
        <span className="prep-tile-figure">{figure}</span>
        <span className={alert ? 'prep-tile-detail prep-text-danger' : 'prep-tile-detail muted'}>{detail}</span>
      </span>
    </button>
  );
}
