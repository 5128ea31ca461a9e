import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Megaphone, Plus } from 'lucide-react';
import { createCommunicationItem, todayIsoDate, type CommunicationItem } from '../../../../shared/domain';
import { orderAfterLast } from '../../../../shared/logic/listOrder';
import { addRecord } from '../../../data';
import { EmptyState } from '../../../components/EmptyState';
import { useStableOrder } from '../table/useStableOrder';
import { CommunicationRow } from './CommunicationRow';

interface CommunicationSectionProps {
  workshopId: string;
  items: readonly CommunicationItem[];
}

const byDate = (left: CommunicationItem, right: CommunicationItem) => left.date.localeCompare(right.date) || left.order - right.order || left.id.localeCompare(right.id);

/** Who hears what about the new strategy, through which channel, when and from whom; in date order. */
export function CommunicationSection({ workshopId, items }: CommunicationSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const [focusId, setFocusId] = useState<string | null>(null);
  const done = items.filter((item) => item.done).length;
  const clearFocus = useCallback(() => setFocusId(null), []);
  const rows = useStableOrder(items, byDate, 'date');

  const add = () => {
    // A new line is dated after the last one: plans are written in the order things happen.
    const lastDate = items.reduce((latest, item) => (item.date > latest ? item.date : latest), todayIsoDate());
    const item = createCommunicationItem(workshopId, { order: orderAfterLast(items), date: lastDate });
    setFocusId(item.id);
    void addRecord('communicationItems', item, t('roadmap.undo.addCommunication'));
  };
  const addButton = (
    <button type="button" className={items.length === 0 ? 'btn btn-primary' : 'btn'} onClick={add}>
      <Plus size={18} aria-hidden="true" /> {t('roadmap.communication.add')}
    </button>
  );

  return (
    <section className="card section-card" aria-labelledby={headingId}>
      <div className="section-head">
        <div className="stack rm-section-title">
          <h2 id={headingId}>{t('roadmap.communication.heading')}</h2>
          <p className="muted">{t('roadmap.communication.intro')}</p>
        </div>
        {items.length > 0 ? <span className="badge">{t('roadmap.communication.doneCount', { count: done, total: items.length })}</span> : null}
      </div>
      {items.length === 0 ? (
        <EmptyState icon={<Megaphone size={32} />} title={t('roadmap.communication.emptyTitle')} body={t('roadmap.communication.emptyBody')} actions={addButton} />
      ) : (
        <>
          <div className="table-scroll">
            <table className="data-table rm-table rm-communication-table">
              <caption className="visually-hidden">{t('roadmap.communication.heading')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('roadmap.communication.columns.audienceAndMessage')}</th>
                  <th scope="col" className="rm-comm-col-pair">{t('roadmap.communication.columns.channelAndOwner')}</th>
                  <th scope="col" className="rm-col-date">{t('roadmap.communication.columns.date')}</th>
                  <th scope="col" className="rm-col-check">{t('roadmap.communication.columns.done')}</th>
                  <th scope="col" className="rm-col-icon">
                    <span className="visually-hidden">{t('roadmap.table.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((item, index) => (
                  <CommunicationRow key={item.id} item={item} rowNumber={index + 1} focusOnMount={focusId === item.id} onFocused={clearFocus} />
                ))}
              </tbody>
            </table>
          </div>
          <div className="row-wrap rm-add-row">{addButton}</div>
        </>
      )}
    </section>
  );
}
