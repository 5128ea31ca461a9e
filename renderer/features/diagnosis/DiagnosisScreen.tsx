import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PhaseScreenProps } from '../phaseScreens';
import { useRecords } from '../../data';
import { Tabs, type TabItem } from '../../components/Tabs';
import { FindingsSection } from './findings/FindingsSection';
import { LostDealsSection } from './lostDeals/LostDealsSection';
import { ExpenseSection } from './expenses/ExpenseSection';
import './diagnosis.css';

const SECTIONS = ['findings', 'lostDeals', 'expenses'] as const;
type Section = (typeof SECTIONS)[number];

const TAB_STORAGE_KEY = 'dsrs.diagnosis.section';
const ID_PREFIX = 'diagnosis';

function readStoredSection(): Section {
  try {
    const stored = sessionStorage.getItem(TAB_STORAGE_KEY);
    return SECTIONS.find((section) => section === stored) ?? 'findings';
  } catch {
    return 'findings';
  }
}

/** Phase 3: findings, the lost-deal log and the expense review, one at a time. */
export default function DiagnosisScreen({ workshop }: PhaseScreenProps) {
  const { t } = useTranslation();
  // A reload in the middle of a meeting comes back to the part the group was looking at.
  const [section, setSection] = useState<Section>(readStoredSection);
  const findings = useRecords(workshop.id, 'findings');
  const lostDeals = useRecords(workshop.id, 'lostDeals');
  const expenseLines = useRecords(workshop.id, 'expenseLines');
  const questions = useRecords(workshop.id, 'questions');
  const finalObjectives = useRecords(workshop.id, 'finalObjectives');

  if (!findings || !lostDeals || !expenseLines || !questions || !finalObjectives) {
    return <p className="muted" role="status">{t('app.loading')}</p>;
  }

  const choose = (next: Section) => {
    setSection(next);
    try {
      sessionStorage.setItem(TAB_STORAGE_KEY, next);
    } catch {
      // Storage off: the tab simply resets on reload.
    }
  };

  const tabs: TabItem<Section>[] = [
    { key: 'findings', label: t('diagnosis.tabs.findings'), count: findings.length },
    { key: 'lostDeals', label: t('diagnosis.tabs.lostDeals'), count: lostDeals.length },
    { key: 'expenses', label: t('diagnosis.tabs.expenses'), count: expenseLines.length },
  ];

  return (
    <div className="diag-screen">
      <Tabs label={t('diagnosis.tabs.label')} tabs={tabs} active={section} onChange={choose} idPrefix={ID_PREFIX} classPrefix="diag" />
      <div role="tabpanel" id={`${ID_PREFIX}-panel-${section}`} aria-labelledby={`${ID_PREFIX}-tab-${section}`} className="diag-panel">
        {section === 'findings' ? (
          <FindingsSection workshop={workshop} findings={findings} questions={questions} finalObjectives={finalObjectives} />
        ) : section === 'lostDeals' ? (
          <LostDealsSection workshop={workshop} deals={lostDeals} />
        ) : (
          <ExpenseSection workshop={workshop} lines={expenseLines} />
        )}
      </div>
    </div>
  );
}
