import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FileSpreadsheet, HandCoins, Plus } from 'lucide-react';
import { createLostDeal, type LostDeal, type Workshop } from '../../../../shared/domain';
import { addRecord } from '../../../data';
import { EmptyState } from '../../../components/EmptyState';
import { ImportLostDealsDialog } from './ImportLostDealsDialog';
import { LostDealCharts } from './LostDealCharts';
import { LostDealSummary } from './LostDealSummary';
import { LostDealTable } from './LostDealTable';

interface LostDealsSectionProps {
  workshop: Workshop;
  deals: readonly LostDeal[];
}

export function LostDealsSection({ workshop, deals }: LostDealsSectionProps) {
  const { t } = useTranslation();
  const [importing, setImporting] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const clearFocus = useCallback(() => setFocusId(null), []);

  const add = async () => {
    const deal = createLostDeal(workshop.id);
    setFocusId(deal.id);
    await addRecord('lostDeals', deal, t('diagnosis.undo.addDeal'));
  };

  const actions = (
    <>
      <button type="button" className="btn btn-primary" onClick={() => void add()}>
        <Plus size={18} aria-hidden="true" />
        {t('diagnosis.lostDeals.add')}
      </button>
      <button type="button" className="btn" onClick={() => setImporting(true)} aria-haspopup="dialog">
        <FileSpreadsheet size={18} aria-hidden="true" />
        {t('diagnosis.lostDeals.import')}
      </button>
    </>
  );

  return (
    <>
      {deals.length === 0 ? (
        <EmptyState icon={<HandCoins size={40} />} title={t('diagnosis.lostDeals.emptyTitle')} body={t('diagnosis.lostDeals.emptyBody')} actions={actions} />
      ) : (
        <section className="stack diag-section" aria-labelledby="diag-deals-title">
          <div className="diag-section-intro">
            <h2 id="diag-deals-title" className="visually-hidden">{t('diagnosis.tabs.lostDeals')}</h2>
            <p className="muted">{t('diagnosis.lostDeals.intro')}</p>
          </div>
          <LostDealSummary deals={deals} language={workshop.language} currency={workshop.currency} />
          <LostDealCharts deals={deals} language={workshop.language} currency={workshop.currency} />
          <section className="card section-card" aria-labelledby="diag-deal-log-title">
            <div className="section-head">
              <h3 id="diag-deal-log-title">{t('diagnosis.lostDeals.logTitle')}</h3>
              <div className="row-wrap">{actions}</div>
            </div>
            <LostDealTable deals={deals} language={workshop.language} currency={workshop.currency} focusId={focusId} onFocused={clearFocus} />
          </section>
        </section>
      )}
      {importing ? <ImportLostDealsDialog workshop={workshop} onClose={() => setImporting(false)} /> : null}
    </>
  );
}
