import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Network, Plus } from 'lucide-react';
import type { PhaseScreenProps } from '../phaseScreens';
import { useRecords } from '../../data';
import { EmptyState } from '../../components/EmptyState';
import { usePresenting } from '../facilitation/presenting';
import { AccountHeader } from './accounts/AccountHeader';
import { AccountTabs } from './accounts/AccountTabs';
import { AddAccountDialog } from './accounts/AddAccountDialog';
import { AccountPoster } from './AccountPoster';
import { PosterProjector } from './presenter/PosterProjector';
import { useActiveAccount } from './useActiveAccount';
import './poster.css';

const PANEL_ID = 'poster-account-panel';
const tabId = (accountId: string) => `poster-tab-${accountId}`;

/** Phase 4b: one relationship poster per key account. */
export default function PosterScreen({ workshop }: PhaseScreenProps) {
  const { t } = useTranslation();
  const accounts = useRecords(workshop.id, 'keyAccounts');
  const stakeholders = useRecords(workshop.id, 'stakeholders');
  const relations = useRecords(workshop.id, 'relations');
  const [active, setActive] = useActiveAccount(workshop.id, accounts);
  const [adding, setAdding] = useState(false);
  const presenting = usePresenting();

  const peopleCounts = useMemo(() => {
    const counts = new Map<string, number>();
    for (const person of stakeholders ?? []) counts.set(person.keyAccountId, (counts.get(person.keyAccountId) ?? 0) + 1);
    return counts;
  }, [stakeholders]);
  const people = useMemo(() => (stakeholders ?? []).filter((person) => person.keyAccountId === active?.id), [stakeholders, active?.id]);
  const accountRelations = useMemo(() => (relations ?? []).filter((relation) => relation.keyAccountId === active?.id), [relations, active?.id]);

  if (!accounts || !stakeholders || !relations) return <p className="muted" role="status">{t('app.loading')}</p>;

  if (presenting) {
    // On the projector: every account's poster, toured by the presenter, read-only.
    return (
      <div className="poster-screen">
        {accounts.length > 0 ? (
          <PosterProjector workshop={workshop} accounts={accounts} people={stakeholders} relations={relations} startAccountId={active?.id ?? null} />
        ) : (
          <EmptyState icon={<Network size={40} />} title={t('poster.empty.accountsTitle')} body={t('poster.empty.accountsBody')} />
        )}
      </div>
    );
  }

  const addButton = (
    <button type="button" className={accounts.length === 0 ? 'btn btn-primary' : 'btn'} onClick={() => setAdding(true)}>
      <Plus size={18} aria-hidden="true" /> {t('poster.accounts.add')}
    </button>
  );

  return (
    <div className="poster-screen">
      {active ? (
        <>
          <div className="poster-tabs-row">
            <AccountTabs accounts={accounts} activeId={active.id} peopleCounts={peopleCounts} onChange={setActive} panelId={PANEL_ID} tabId={tabId} language={workshop.language} />
            {addButton}
          </div>
          <div role="tabpanel" id={PANEL_ID} aria-labelledby={tabId(active.id)} className="poster-panel">
            <AccountHeader account={active} workshopId={workshop.id} />
            <AccountPoster key={active.id} workshop={workshop} account={active} people={people} relations={accountRelations} />
          </div>
        </>
      ) : (
        <EmptyState icon={<Network size={40} />} title={t('poster.empty.accountsTitle')} body={t('poster.empty.accountsBody')} actions={addButton} />
      )}
      <AddAccountDialog open={adding} onClose={() => setAdding(false)} workshopId={workshop.id} accounts={accounts} onAdded={(account) => setActive(account.id)} />
    </div>
  );
}
