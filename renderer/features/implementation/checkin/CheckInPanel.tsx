import { useMemo, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardCheck } from 'lucide-react';
import type { Initiative, Milestone, StatusUpdate, Workshop } from '../../../../shared/domain';
import { orderForCheckIn, walkPosition } from '../../../../shared/logic/implementation';
import { EmptyState } from '../../../components/EmptyState';
import { readViewMemory, writeViewMemory } from '../viewMemory';
import { useFocusWhenPresent } from '../useFocusWhenPresent';
import { CheckInNavigator } from './CheckInNavigator';
import { CheckInCard } from './CheckInCard';

interface CheckInPanelProps {
  workshop: Workshop;
  initiatives: readonly Initiative[];
  updates: readonly StatusUpdate[];
  milestones: readonly Milestone[];
  today: string;
}

/**
 * The weekly check-in: one initiative at a time, in plan order, the way the group goes round the
 * table. Alt+Page Down / Alt+Page Up move on and back from anywhere inside it.
 */
export function CheckInPanel({ workshop, initiatives, updates, milestones, today }: CheckInPanelProps) {
  const { t } = useTranslation();
  const ordered = useMemo(() => orderForCheckIn(initiatives), [initiatives]);
  const [wantedId, setWantedId] = useState<string | null>(() => readViewMemory(workshop.id, 'initiative'));
  const position = walkPosition(
    ordered.map((initiative) => initiative.id),
    wantedId,
  );
  const focusWhenPresent = useFocusWhenPresent(`${position.currentId ?? ''}/${updates.length}`);

  if (ordered.length === 0 || position.currentId === null) {
    return (
      <section className="card section-card" aria-labelledby="impl-checkin-title">
        <h2 id="impl-checkin-title" className="visually-hidden">{t('implementation.checkIn.title')}</h2>
        <EmptyState icon={<ClipboardCheck size={32} />} title={t('implementation.checkIn.emptyTitle')} body={t('implementation.checkIn.emptyBody')} />
      </section>
    );
  }
  const current = ordered[position.index] ?? ordered[0];
  if (!current) return null;

  /** Moves the walk; `focusCard` sends the keyboard into the new initiative's check-in. */
  const go = (initiativeId: string | null, focusCard: boolean) => {
    if (initiativeId === null) return;
    setWantedId(initiativeId);
    writeViewMemory(workshop.id, 'initiative', initiativeId);
    if (focusCard) focusWhenPresent(`checkin:${initiativeId}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'PageDown' && position.nextId) {
      event.preventDefault();
      go(position.nextId, true);
    } else if (event.key === 'PageUp' && position.previousId) {
      event.preventDefault();
      go(position.previousId, true);
    }
  };

  return (
    <section className="impl-checkin" aria-labelledby="impl-checkin-title" onKeyDown={onKeyDown}>
      <div className="impl-checkin-head">
        <div className="stack impl-checkin-intro">
          <h2 id="impl-checkin-title">{t('implementation.checkIn.title')}</h2>
          <p className="muted">{t('implementation.checkIn.intro')}</p>
        </div>
        <CheckInNavigator ordered={ordered} position={position} onGo={(id) => go(id, false)} />
      </div>
      <CheckInCard
        key={current.id}
        workshop={workshop}
        initiative={current}
        updates={updates}
        milestones={milestones}
        today={today}
        nextId={position.nextId}
        onNext={() => go(position.nextId, true)}
        onStarted={(updateId) => focusWhenPresent(`checkin-form:${updateId}`)}
      />
    </section>
  );
}
