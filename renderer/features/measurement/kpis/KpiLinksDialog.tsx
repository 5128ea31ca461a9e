import { useTranslation } from 'react-i18next';
import type { Initiative, Kpi, Language, Milestone } from '../../../../shared/domain';
import { DataValidationError, updateRecord } from '../../../data';
import { formatPlanDate } from '../../../app/format';
import { Dialog } from '../../../components/Dialog';
import { showToast } from '../../../components/toastStore';

interface KpiLinksDialogProps {
  kpi: Kpi;
  name: string;
  initiatives: readonly Initiative[];
  milestones: readonly Milestone[];
  language: Language;
  onClose: () => void;
}

/** Every tick is stored at once and is its own undo step; "Done" only closes. */
export function KpiLinksDialog({ kpi, name, initiatives, milestones, language, onClose }: KpiLinksDialogProps) {
  const { t } = useTranslation();

  const toggle = (field: 'initiativeIds' | 'milestoneIds', id: string, linked: boolean) => {
    const current = kpi[field];
    const next = linked ? [...current.filter((existing) => existing !== id), id] : current.filter((existing) => existing !== id);
    updateRecord('kpis', kpi.id, { [field]: next }, t(linked ? 'measurement.undo.link' : 'measurement.undo.unlink')).catch((reason: unknown) => {
      if (reason instanceof DataValidationError) showToast({ tone: 'error', message: t('fields.invalid') });
    });
  };

  return (
    <Dialog
      open
      onClose={onClose}
      size="lg"
      title={t('measurement.links.title', { name })}
      footer={
        <button type="button" className="btn btn-primary" onClick={onClose}>
          {t('measurement.links.done')}
        </button>
      }
    >
      <div className="stack">
        <p className="muted">{t('measurement.links.intro')}</p>
        {initiatives.length === 0 ? (
          <p>{t('measurement.links.noInitiatives')}</p>
        ) : (
          <ul className="msr-link-groups">
            {initiatives.map((initiative) => {
              const own = milestones.filter((milestone) => milestone.initiativeId === initiative.id).sort((left, right) => left.date.localeCompare(right.date));
              const title = initiative.title.trim() || t('measurement.kpi.untitledInitiative');
              return (
                <li key={initiative.id} className="msr-link-group">
                  <label className="msr-link-option msr-link-initiative">
                    <input type="checkbox" checked={kpi.initiativeIds.includes(initiative.id)} onChange={(event) => toggle('initiativeIds', initiative.id, event.target.checked)} />
                    <span>{title}</span>
                  </label>
                  {own.length > 0 ? (
                    <fieldset className="msr-link-milestones">
                      <legend className="visually-hidden">{t('measurement.links.milestonesOf', { title })}</legend>
                      {own.map((milestone) => (
                        <label key={milestone.id} className="msr-link-option">
                          <input type="checkbox" checked={kpi.milestoneIds.includes(milestone.id)} onChange={(event) => toggle('milestoneIds', milestone.id, event.target.checked)} />
                          <span>
                            {milestone.title.trim() || t('measurement.kpi.untitledMilestone')} <span className="muted">{formatPlanDate(milestone.date, language)}</span>
                          </span>
                        </label>
                      ))}
                    </fieldset>
                  ) : null}
                </li>
              );
            })}
          </ul>
        )}
      </div>
    </Dialog>
  );
}
