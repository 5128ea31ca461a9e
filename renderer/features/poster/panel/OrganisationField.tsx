import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Stakeholder } from '../../../../shared/domain';
import type { RecordPatch } from '../../../data';
import { useFieldCommit } from '../../../components/fields/useFieldCommit';

/**
 * The outside company of someone on our side (a law firm, a carrier). The field is optional in the
 * record, which the generic text field does not take, so it is bound here the same way.
 */
export function OrganisationField({ person, undoLabel }: { person: Stakeholder; undoLabel: string }) {
  const { t } = useTranslation();
  const id = useId();
  const toPatch = useCallback((value: string): RecordPatch<'stakeholders'> => ({ organisation: value }), []);
  const { draft, error, commit, onFocus, onBlur } = useFieldCommit<'stakeholders', string>('stakeholders', person, 'organisation', toPatch, person.organisation ?? '', { continuous: true, undoLabel });
  return (
    <div className="field">
      <label htmlFor={id}>{t('poster.fields.organisation')}</label>
      <input
        id={id}
        className="input"
        value={draft}
        maxLength={200}
        onFocus={onFocus}
        onBlur={onBlur}
        onChange={(event) => void commit(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
      />
      <span id={`${id}-hint`} className="field-hint">{t('poster.fields.organisationHint')}</span>
      {error ? <span id={`${id}-error`} className="field-error">{error}</span> : null}
    </div>
  );
}
