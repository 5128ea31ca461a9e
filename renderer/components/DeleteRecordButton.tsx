import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Trash2 } from 'lucide-react';
import type { RecordKind } from '../../shared/domain';
import { deleteRecord, describeDeleteImpact, undo } from '../data';
import type { DeleteImpact } from '../data';
import { ConfirmDialog } from './ConfirmDialog';
import { showToast } from './toastStore';

interface DeleteRecordButtonProps {
  kind: RecordKind;
  id: string;
  workshopId: string;
  /** What is being deleted, as people call it ("finding “Lost tenders to Zhenwei”"). */
  name: string;
  undoLabel: string;
}

/** Summarises what else a delete touches, e.g. "2 answers deleted, 1 finding loses its link". */
export function describeImpact(impact: DeleteImpact, kind: RecordKind, id: string, t: (key: string, options?: Record<string, unknown>) => string): string[] {
  const lines: string[] = [];
  const deletedByKind = new Map<string, number>();
  for (const ref of impact.deleted) if (!(ref.kind === kind && ref.id === id)) deletedByKind.set(ref.kind, (deletedByKind.get(ref.kind) ?? 0) + 1);
  for (const [otherKind, count] of deletedByKind) lines.push(t('deleteImpact.deleted', { count, what: t(`kinds.${otherKind}`, { count }) }));
  const unlinkedByKind = new Map<string, Set<string>>();
  for (const ref of impact.unlinked) {
    const ids = unlinkedByKind.get(ref.kind) ?? new Set<string>();
    ids.add(ref.id);
    unlinkedByKind.set(ref.kind, ids);
  }
  for (const [otherKind, ids] of unlinkedByKind) lines.push(t('deleteImpact.unlinked', { count: ids.size, what: t(`kinds.${otherKind}`, { count: ids.size }) }));
  return lines;
}

/**
 * Deletes at once when nothing else depends on the record (undo is one click away); asks first,
 * naming what else would change, when other records would be deleted or lose a link.
 */
export function DeleteRecordButton({ kind, id, workshopId, name, undoLabel }: DeleteRecordButtonProps) {
  const { t } = useTranslation();
  const [impactLines, setImpactLines] = useState<string[] | null>(null);

  const remove = async () => {
    setImpactLines(null);
    await deleteRecord(kind, id, undoLabel);
    showToast({ tone: 'info', message: t('deleteImpact.done', { name }), action: { label: t('common.undo'), run: async () => void (await undo(workshopId)) } });
  };

  const start = async () => {
    const impact = await describeDeleteImpact(kind, id);
    const lines = describeImpact(impact, kind, id, t);
    if (lines.length === 0) await remove();
    else setImpactLines(lines);
  };

  return (
    <>
      <button type="button" className="btn btn-ghost btn-icon btn-ghost-danger" onClick={() => void start()} aria-label={`${t('common.delete')}: ${name}`} title={t('common.delete')}>
        <Trash2 size={18} aria-hidden="true" />
      </button>
      <ConfirmDialog
        open={impactLines !== null}
        title={t('deleteImpact.title', { name })}
        body={[t('deleteImpact.intro'), ...(impactLines ?? [])].join(' ')}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setImpactLines(null)}
      />
    </>
  );
}
