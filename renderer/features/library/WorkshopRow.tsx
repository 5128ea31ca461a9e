import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Archive, ArchiveRestore, Copy, Download, Pencil, Trash2 } from 'lucide-react';
import type { Workshop } from '../../../shared/domain';
import { navigate } from '../../app/router';
import { formatPlanDate, formatRelativeTime } from '../../app/format';
import { saveWorkshopBackup } from '../backup/backupActions';

interface WorkshopRowProps {
  workshop: Workshop;
  uiLanguage: string;
  onRename: () => void;
  onDuplicate: () => void;
  onToggleArchive: () => void;
  onDelete: () => void;
}

export function WorkshopRow({ workshop, uiLanguage, onRename, onDuplicate, onToggleArchive, onDelete }: WorkshopRowProps) {
  const { t } = useTranslation();
  const name = workshop.title;
  const open = () => navigate({ name: 'workshop', workshopId: workshop.id, phase: null });
  return (
    <li className="workshop-row card" data-testid="workshop-row">
      <div className="workshop-row-main">
        <button type="button" className="workshop-open" onClick={open}>
          <span className="workshop-client">{workshop.clientCompany}</span>
          <span className="workshop-title">{workshop.title}</span>
        </button>
        <div className="workshop-meta row-wrap muted">
          <span>{formatPlanDate(workshop.date, uiLanguage)}</span>
          {workshop.facilitator ? <span>· {t('library.facilitatedBy', { name: workshop.facilitator })}</span> : null}
          <span>· {t('languages.' + workshop.language)}</span>
          <span>· {t('library.lastEdited', { when: formatRelativeTime(workshop.updatedAt, uiLanguage) })}</span>
          {workshop.archived ? <span className="badge">{t('library.archivedBadge')}</span> : null}
        </div>
      </div>
      <div className="workshop-actions row" role="group" aria-label={t('common.moreActions', { name })}>
        <RowAction label={t('library.saveBackup')} name={name} onClick={() => void saveWorkshopBackup(workshop.id)} icon={<Download size={18} />} />
        <RowAction label={t('common.rename')} name={name} onClick={onRename} icon={<Pencil size={18} />} />
        <RowAction label={t('common.duplicate')} name={name} onClick={onDuplicate} icon={<Copy size={18} />} />
        <RowAction
          label={t(workshop.archived ? 'common.unarchive' : 'common.archive')}
          name={name}
          onClick={onToggleArchive}
          icon={workshop.archived ? <ArchiveRestore size={18} /> : <Archive size={18} />}
        />
        <RowAction label={t('common.delete')} name={name} onClick={onDelete} icon={<Trash2 size={18} />} danger />
      </div>
    </li>
  );
}

function RowAction({ label, name, onClick, icon, danger = false }: { label: string; name: string; onClick: () => void; icon: ReactNode; danger?: boolean }) {
  return (
    <button type="button" className={`btn btn-ghost btn-icon${danger ? ' btn-ghost-danger' : ''}`} onClick={onClick} aria-label={`${label}: ${name}`} title={label}>
      <span aria-hidden="true" className="icon-wrap">{icon}</span>
    </button>
  );
}
