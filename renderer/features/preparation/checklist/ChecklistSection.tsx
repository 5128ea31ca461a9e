import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ClipboardList, RotateCcw } from 'lucide-react';
import { createPreparationItem, type Participant, type PreparationItem, type Workshop } from '../../../../shared/domain';
import { PREPARATION_CHECKLIST_KEYS } from '../../../../shared/domain/preparationItem';
import { CHECKLIST_GROUPS, groupChecklist, missingChecklistKeys, summarizeReadiness } from '../../../../shared/logic/agenda';
import { addRecords } from '../../../data';
import { SECTION_TITLE_IDS } from '../PreparationOverview';
import { SectionEmpty } from '../SectionEmpty';
import { AddChecklistItemForm } from './AddChecklistItemForm';
import { ChecklistGroupList } from './ChecklistGroupList';
import { ReadinessSummary } from './ReadinessSummary';

interface ChecklistSectionProps {
  workshop: Workshop;
  items: readonly PreparationItem[];
  participants: readonly Participant[];
  today: string;
}

export function ChecklistSection({ workshop, items, participants, today }: ChecklistSectionProps) {
  const { t } = useTranslation();
  const ownerListId = useId();
  const groups = groupChecklist(items);
  const missing = missingChecklistKeys(items);

  const restoreMissing = () => {
    // Restored items take their checklist position as order, so they slot back where the method puts them.
    const records = missing.map((key) => createPreparationItem(workshop.id, { key, status: 'open', order: PREPARATION_CHECKLIST_KEYS.indexOf(key) }));
    void addRecords('preparationItems', records, t('preparation.undo.restoreItems'));
  };

  return (
    <section className="card section-card prep-section" aria-labelledby={SECTION_TITLE_IDS.checklist}>
      <div className="section-head">
        <h2 id={SECTION_TITLE_IDS.checklist} tabIndex={-1}>{t('preparation.checklist.title')}</h2>
        {missing.length > 0 ? (
          <button type="button" className="btn btn-ghost" onClick={restoreMissing}>
            <RotateCcw size={18} aria-hidden="true" /> {t('preparation.checklist.restore', { count: missing.length })}
          </button>
        ) : null}
      </div>
      <p className="muted prep-intro">{t('preparation.checklist.intro')}</p>
      {items.length === 0 ? (
        <SectionEmpty icon={<ClipboardList size={28} />} title={t('preparation.checklist.emptyTitle')} body={t('preparation.checklist.emptyBody')} />
      ) : (
        <>
          <ReadinessSummary summary={summarizeReadiness(items, today)} />
          {CHECKLIST_GROUPS.map((group) =>
            groups[group].length > 0 ? (
              <ChecklistGroupList key={group} group={group} workshop={workshop} items={groups[group]} today={today} ownerListId={ownerListId} />
            ) : null,
          )}
        </>
      )}
      <AddChecklistItemForm workshopId={workshop.id} items={items} />
      <datalist id={ownerListId}>
        {participants.filter((participant) => participant.name.trim() !== '').map((participant) => (
          <option key={participant.id} value={participant.name} />
        ))}
      </datalist>
    </section>
  );
}
