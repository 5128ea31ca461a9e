import { useTranslation } from 'react-i18next';
import type { AgendaSession } from '../../../../shared/domain';
import { PHASES, PHASE_IDS, type PhaseId } from '../../../../shared/method/phases';
import type { SessionEditor } from './useSessionEditor';

/** The method phases a session works on, as a row of checkboxes in method order. */
export function SessionPhasesField({ session, editor }: { session: AgendaSession; editor: SessionEditor }) {
  const { t } = useTranslation();

  const setCovered = (phase: PhaseId, covered: boolean) => {
    // The wanted state comes from the click, not from toggling, so a repeated event cannot flip it back.
    void editor.edit(t('preparation.undo.sessionPhases'), (current) => ({
      phases: PHASE_IDS.filter((id) => (id === phase ? covered : current.phases.includes(id))),
    }));
  };

  return (
    <fieldset className="prep-phases">
      <legend>{t('preparation.agenda.phases')}</legend>
      <div className="prep-phase-options">
        {PHASES.map((phase) => (
          <label key={phase.id} className="prep-phase-chip">
            <input type="checkbox" checked={session.phases.includes(phase.id)} onChange={(event) => setCovered(phase.id, event.target.checked)} />
            <span>
              {phase.number ? <span className="prep-phase-number">{phase.number}</span> : null}
              {phase.number ? ' ' : null}
              {t(`phases.${phase.id}.name`)}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
