import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../shared/domain';
import { deleteRecord, describeDeleteImpact, undo } from '../../data';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { describeImpact } from '../../components/DeleteRecordButton';
import { showToast } from '../../components/toastStore';
import { personName } from './posterLabels';

interface PendingDelete {
  person: Stakeholder;
  impactLines: string[];
}

/**
 * Removing a person always asks first (a stray Delete key on a card must not remove anyone) and says
 * how many of their relations go with them; undo is offered right after.
 */
export function usePersonDelete(workshopId: string, onDeleted: (person: Stakeholder) => void) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<PendingDelete | null>(null);

  const request = useCallback(
    async (person: Stakeholder) => {
      const impact = await describeDeleteImpact('stakeholders', person.id);
      setPending({ person, impactLines: describeImpact(impact, 'stakeholders', person.id, t) });
    },
    [t],
  );

  const confirm = async () => {
    if (!pending) return;
    const { person } = pending;
    const name = personName(person, t);
    setPending(null);
    await deleteRecord('stakeholders', person.id, t('poster.undo.deletePerson', { name }));
    showToast({ tone: 'info', message: t('deleteImpact.done', { name }), action: { label: t('common.undo'), run: async () => void (await undo(workshopId)) } });
    onDeleted(person);
  };

  const name = pending ? personName(pending.person, t) : '';
  const dialog = (
    <ConfirmDialog
      open={pending !== null}
      title={t('deleteImpact.title', { name })}
      body={[t('poster.deletePerson.body', { name }), ...(pending?.impactLines ?? [])].join(' ')}
      confirmLabel={t('common.delete')}
      danger
      onConfirm={() => void confirm()}
      onCancel={() => setPending(null)}
    />
  );

  return { request: (person: Stakeholder) => void request(person), dialog };
}
