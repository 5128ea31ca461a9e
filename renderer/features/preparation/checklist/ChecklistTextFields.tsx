import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORT_TEXT_MAX, type PreparationItem } from '../../../../shared/domain';
import type { RecordPatch } from '../../../data';
import { useFieldCommit } from '../../../components/fields/useFieldCommit';

/** Who answers for an item: free text, with the roster's names offered as suggestions. */
export function OwnerField({ item, listId }: { item: PreparationItem; listId: string }) {
  const { t } = useTranslation();
  const id = useId();
  const toPatch = useCallback((value: string): RecordPatch<'preparationItems'> => ({ owner: value }), []);
  const { draft, error, commit, onFocus, onBlur } = useFieldCommit('preparationItems', item, 'owner', toPatch, item.owner, {
    continuous: true,
    undoLabel: t('preparation.undo.owner'),
  });
  return (
    <div className="field prep-owner">
      <label htmlFor={id}>{t('preparation.checklist.owner')}</label>
      <input
        id={id}
        className="input"
        list={listId}
        value={draft}
        maxLength={SHORT_TEXT_MAX}
        autoComplete="off"
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={(event) => void commit(event.target.value)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}

/** The wording of an item the team added itself (built-in items keep the method's wording). */
export function CustomLabelField({ item }: { item: PreparationItem }) {
  const { t } = useTranslation();
  const id = useId();
  const toPatch = useCallback((value: string): RecordPatch<'preparationItems'> => ({ label: value }), []);
  const { draft, error, commit, onFocus, onBlur } = useFieldCommit('preparationItems', item, 'label', toPatch, item.label ?? '', {
    continuous: true,
    undoLabel: t('preparation.undo.label'),
  });
  return (
    <div className="field prep-item-label-field">
      <label htmlFor={id} className="visually-hidden">{t('preparation.checklist.itemLabel')}</label>
      <input
        id={id}
        className="input"
        value={draft}
        maxLength={SHORT_TEXT_MAX}
        placeholder={t('preparation.checklist.itemPlaceholder')}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={(event) => void commit(event.target.value)}
        aria-invalid={error ? true : undefined}
      />
    </div>
  );
}
