import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import type { Initiative } from '../../../../shared/domain';
import type { WalkPosition } from '../../../../shared/logic/implementation';

interface CheckInNavigatorProps {
  ordered: readonly Initiative[];
  position: WalkPosition;
  onGo: (initiativeId: string | null) => void;
}

/**
 * Previous, "3 of 12" and next, plus a list to jump straight to an initiative. The buttons stay
 * focusable at either end (aria-disabled) so pressing Next on the last one never drops the focus.
 */
export function CheckInNavigator({ ordered, position, onGo }: CheckInNavigatorProps) {
  const { t } = useTranslation();
  const selectId = useId();
  const current = ordered[position.index];
  const title = (initiative: Initiative) => initiative.title.trim() || t('implementation.untitled');
  return (
    <nav className="impl-walk" aria-label={t('implementation.walk.label')}>
      <button
        type="button"
        className="btn"
        aria-disabled={position.previousId === null}
        onClick={() => onGo(position.previousId)}
        aria-keyshortcuts="Alt+PageUp"
      >
        <ChevronLeft size={18} aria-hidden="true" /> {t('implementation.walk.previous')}
      </button>
      <div className="impl-walk-position">
        <span className="impl-walk-count" aria-live="polite" data-testid="walk-position">
          {t('implementation.walk.position', { index: position.index + 1, count: position.count })}
        </span>
        <label htmlFor={selectId} className="visually-hidden">{t('implementation.walk.jump')}</label>
        <select id={selectId} className="select impl-walk-select" value={current?.id ?? ''} onChange={(event) => onGo(event.target.value)}>
          {ordered.map((initiative, index) => (
            <option key={initiative.id} value={initiative.id}>
              {`${index + 1}. ${title(initiative)}`}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="btn" aria-disabled={position.nextId === null} onClick={() => onGo(position.nextId)} aria-keyshortcuts="Alt+PageDown">
        {t('implementation.walk.next')} <ChevronRight size={18} aria-hidden="true" />
      </button>
    </nav>
  );
}
