import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FolderOpen, History, Plus, Presentation, Search } from 'lucide-react';
import type { Workshop } from '../../../shared/domain';
import { archiveWorkshop, deleteWorkshop, duplicateWorkshop, updateWorkshop, useWorkshops } from '../../data';
import { getPlatform } from '../../platform';
import { navigate } from '../../app/router';
import { localeFor, type UiLanguage } from '../../app/i18n';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { showToast } from '../../components/toastStore';
import { openBackupFromDisk, openExampleWorkshop } from '../backup/backupActions';
import { WorkshopDetailsDialog } from './WorkshopDetailsDialog';
import { WorkshopRow } from './WorkshopRow';
import { emptyWorkshopDetails, filterAndSortWorkshops, pickWorkshopDetails, type LibrarySort, type WorkshopDetails } from './workshopDetails';
import { useLibraryCommands } from './useLibraryCommands';
import { AutoBackupDialog } from './AutoBackupDialog';
import { createSeededWorkshop } from './seedWorkshop';

type Editing = { mode: 'create' } | { mode: 'edit'; workshop: Workshop } | null;

export function LibraryScreen() {
  const { t, i18n } = useTranslation();
  const language: UiLanguage = i18n.language === 'es' ? 'es' : 'en';
  const workshops = useWorkshops();
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<LibrarySort>('updated');
  const [showArchived, setShowArchived] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Workshop | null>(null);
  const [restoringAuto, setRestoringAuto] = useState(false);
  const hasAutoBackups = getPlatform().autoBackup !== null;

  useLibraryCommands({ onNewWorkshop: () => setEditing({ mode: 'create' }), onRestoreAutoBackup: () => setRestoringAuto(true) });

  const create = async (details: WorkshopDetails) => {
    const workshop = await createSeededWorkshop(details);
    setEditing(null);
    navigate({ name: 'workshop', workshopId: workshop.id, phase: null });
  };

  // Only what the person changed is written, so an edit made meanwhile in another window survives.
  const saveDetails = async (workshop: Workshop, details: WorkshopDetails) => {
    const before = pickWorkshopDetails(workshop);
    const changed = Object.fromEntries(Object.entries(details).filter(([key, value]) => before[key as keyof WorkshopDetails] !== value)) as Partial<WorkshopDetails>;
    if (Object.keys(changed).length > 0) await updateWorkshop(workshop.id, changed);
    setEditing(null);
  };

  const duplicate = async (workshop: Workshop) => {
    const copy = await duplicateWorkshop(workshop.id, t('library.copySuffix', { title: workshop.title }));
    showToast({ tone: 'success', message: t('library.duplicated', { title: copy.title }) });
  };

  const toggleArchive = async (workshop: Workshop) => {
    await archiveWorkshop(workshop.id, !workshop.archived);
    showToast({
      tone: 'success',
      message: t(workshop.archived ? 'library.unarchived' : 'library.archived', { title: workshop.title }),
      action: { label: t('common.undo'), run: () => archiveWorkshop(workshop.id, workshop.archived) },
    });
  };

  const confirmDelete = async () => {
    const workshop = deleting;
    setDeleting(null);
    if (!workshop) return;
    const { undo } = await deleteWorkshop(workshop.id);
    showToast({ tone: 'info', message: t('library.deleted', { title: workshop.title }), action: { label: t('common.undo'), run: undo }, timeoutMs: 15000 });
  };

  const all = workshops ?? [];
  const visible = filterAndSortWorkshops(all, query, sort, showArchived, localeFor(language));
  const archivedCount = all.filter((workshop) => workshop.archived).length;

  return (
    <div className="library">
      <header className="page-header">
        <div className="stack page-title">
          <h1>{t('library.title')}</h1>
          <p className="muted">{t('library.subtitle')}</p>
        </div>
        <div className="row-wrap">
          <button type="button" className="btn btn-primary" onClick={() => setEditing({ mode: 'create' })}>
            <Plus size={18} aria-hidden="true" /> {t('library.newWorkshop')}
          </button>
          <button type="button" className="btn" onClick={() => void openBackupFromDisk()}>
            <FolderOpen size={18} aria-hidden="true" /> {t('library.openBackup')}
          </button>
          <button type="button" className="btn" onClick={() => void openExampleWorkshop(language)}>
            <Presentation size={18} aria-hidden="true" /> {t('library.openExample')}
          </button>
          {hasAutoBackups ? (
            <button type="button" className="btn" onClick={() => setRestoringAuto(true)}>
              <History size={18} aria-hidden="true" /> {t('library.restoreAuto')}
            </button>
          ) : null}
        </div>
      </header>

      {workshops === undefined ? (
        <p className="muted" role="status">{t('app.loading')}</p>
      ) : all.length === 0 ? (
        <EmptyState
          icon={<Presentation size={40} />}
          title={t('library.emptyTitle')}
          body={t('library.emptyBody')}
          actions={
            <>
              <button type="button" className="btn btn-primary" onClick={() => setEditing({ mode: 'create' })}>
                <Plus size={18} aria-hidden="true" /> {t('library.newWorkshop')}
              </button>
              <button type="button" className="btn" onClick={() => void openExampleWorkshop(language)}>
                {t('library.openExample')}
              </button>
            </>
          }
        />
      ) : (
        <section className="stack" aria-labelledby="library-list-heading">
          <div className="library-toolbar row-wrap">
            <div className="search-field">
              <Search size={18} aria-hidden="true" className="search-icon" />
              <label htmlFor="library-search" className="visually-hidden">{t('library.search')}</label>
              <input
                id="library-search"
                type="search"
                className="input"
                placeholder={t('library.searchPlaceholder')}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </div>
            <label className="row inline-field">
              <span>{t('library.sortLabel')}</span>
              <select className="select" value={sort} onChange={(event) => setSort(event.target.value as LibrarySort)}>
                <option value="updated">{t('library.sortUpdated')}</option>
                <option value="title">{t('library.sortTitle')}</option>
                <option value="client">{t('library.sortClient')}</option>
                <option value="date">{t('library.sortDate')}</option>
              </select>
            </label>
            {archivedCount > 0 ? (
              <label className="row inline-field">
                <input type="checkbox" checked={showArchived} onChange={(event) => setShowArchived(event.target.checked)} />
                <span>{t('library.showArchived')} ({archivedCount})</span>
              </label>
            ) : null}
            <span className="spacer" />
            <h2 id="library-list-heading" className="list-count muted">{t('library.count', { count: visible.length })}</h2>
          </div>
          {visible.length === 0 ? (
            <p className="muted no-results">{t('library.noResults', { query })}</p>
          ) : (
            <ul className="workshop-list" aria-label={t('library.listLabel')}>
              {visible.map((workshop) => (
                <WorkshopRow
                  key={workshop.id}
                  workshop={workshop}
                  uiLanguage={language}
                  onRename={() => setEditing({ mode: 'edit', workshop })}
                  onDuplicate={() => void duplicate(workshop)}
                  onToggleArchive={() => void toggleArchive(workshop)}
                  onDelete={() => setDeleting(workshop)}
                />
              ))}
            </ul>
          )}
        </section>
      )}

      {editing?.mode === 'create' ? (
        <WorkshopDetailsDialog mode="create" initial={emptyWorkshopDetails(language)} onSubmit={create} onClose={() => setEditing(null)} />
      ) : null}
      {editing?.mode === 'edit' ? (
        <WorkshopDetailsDialog mode="edit" initial={pickWorkshopDetails(editing.workshop)} onSubmit={(details) => saveDetails(editing.workshop, details)} onClose={() => setEditing(null)} />
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        title={t('library.deleteTitle', { title: deleting?.title ?? '' })}
        body={t('library.deleteBody')}
        confirmLabel={t('common.delete')}
        danger
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(null)}
      />
      {restoringAuto ? <AutoBackupDialog onClose={() => setRestoringAuto(false)} /> : null}
    </div>
  );
}
