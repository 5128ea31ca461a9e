import { useCallback, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ObjectiveCheck, ObjectiveCheckName } from '../../../shared/domain';
import { checkState, type CheckState } from '../../../shared/logic/objectiveChecks';
import { DraftTextField } from './DraftTextField';
import { reportRefusal } from './figures';
import type { ObjectiveWriter } from './useObjectiveWriter';

const ANSWERS: readonly { state: CheckState; ok: boolean | null }[] = [
  { state: 'yes', ok: true },
  { state: 'no', ok: false },
  { state: 'not_assessed', ok: null },
];

interface CheckEditorProps {
  name: ObjectiveCheckName;
  check: ObjectiveCheck;
  objectiveId: string;
  writer: ObjectiveWriter;
}

/** One of the three checks: the group's answer (arrow keys move between them) and why. */
export function CheckEditor({ name, check, objectiveId, writer }: CheckEditorProps) {
  const { t } = useTranslation();
  const groupName = useId();
  const current = checkState(check);
  const checkName = t(`reformulation.checks.${name}.name`);
  const storeRationale = useCallback(
    (rationale: string) => writer.writeCheck(name, { rationale }, t('reformulation.undo.rationale', { check: checkName }), `checks.${name}.rationale`),
    [writer, name, t, checkName],
  );
  return (
    <div className={`ref-check ref-check-${current}`} data-testid={`check-${name}`}>
      <fieldset className="choice-group">
        <legend>{checkName}</legend>
        <p className="field-hint ref-check-question">{t(`reformulation.checks.${name}.question`)}</p>
        <div className="choice-options">
          {ANSWERS.map((answer) => {
            const optionId = `${groupName}-${answer.state}`;
            return (
              <span key={answer.state} className={`choice-option ref-answer-${answer.state}`}>
                <input
                  type="radio"
                  id={optionId}
                  name={`${groupName}-${objectiveId}`}
                  checked={current === answer.state}
                  onChange={() => reportRefusal(writer.writeCheck(name, { ok: answer.ok }, t('reformulation.undo.check', { check: checkName })))}
                />
                <label htmlFor={optionId}>{t(`reformulation.checks.answer.${answer.state}`)}</label>
              </span>
            );
          })}
        </div>
      </fieldset>
      <DraftTextField
        label={t(`reformulation.checks.${name}.rationale`)}
        value={check.rationale}
        store={storeRationale}
        multiline
        placeholder={t('reformulation.checks.rationalePlaceholder')}
        className="ref-check-rationale"
      />
    </div>
  );
}
