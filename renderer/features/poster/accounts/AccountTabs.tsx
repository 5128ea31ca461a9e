import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyAccount } from '../../../../shared/domain';
import { formatCount } from '../posterLabels';

interface AccountTabsProps {
  accounts: readonly KeyAccount[];
  activeId: string;
  peopleCounts: ReadonlyMap<string, number>;
  onChange: (id: string) => void;
  panelId: string;
  tabId: (accountId: string) => string;
  /** Workshop language, for the numbers. */
  language: string;
}

/**
 * One tab per key account (WAI-ARIA tabs: one tab stop, arrows and Home/End switch at once, Tab goes
 * on into the poster).
 */
export function AccountTabs({ accounts, activeId, peopleCounts, onChange, panelId, tabId, language }: AccountTabsProps) {
  const { t } = useTranslation();
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const last = accounts.length - 1;
    const next =
      event.key === 'ArrowRight' ? (index === last ? 0 : index + 1) :
      event.key === 'ArrowLeft' ? (index === 0 ? last : index - 1) :
      event.key === 'Home' ? 0 :
      event.key === 'End' ? last : null;
    const target = next === null ? undefined : accounts[next];
    if (next === null || !target) return;
    event.preventDefault();
    onChange(target.id);
    buttons.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label={t('poster.accounts.tabsLabel')} className="poster-tabs">
      {accounts.map((account, index) => {
        const selected = account.id === activeId;
        return (
          <button
            key={account.id}
            ref={(element) => {
              buttons.current[index] = element;
            }}
            type="button"
            role="tab"
            id={tabId(account.id)}
            aria-selected={selected}
            aria-controls={selected ? panelId : undefined}
            tabIndex={selected ? 0 : -1}
            className="poster-tab"
            onClick={() => onChange(account.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span className="poster-tab-name">{account.name.trim() === '' ? t('poster.accounts.unnamed') : account.name}</span>
            <span className="poster-tab-count" aria-hidden="true">{formatCount(peopleCounts.get(account.id) ?? 0, language)}</span>
            <span className="visually-hidden">{t('poster.accounts.peopleCount', { count: peopleCounts.get(account.id) ?? 0, formatted: formatCount(peopleCounts.get(account.id) ?? 0, language) })}</span>
          </button>
        );
      })}
    </div>
  );
}
