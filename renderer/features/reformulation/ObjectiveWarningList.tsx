import { useTranslation } from 'react-i18next';
import { AlertTriangle, CircleAlert } from 'lucide-react';
import type { ObjectiveWarning } from '../../../shared/logic/objectiveChecks';
import { isSerious, warningText } from './warningText';

/** What the objective still lacks; a warning, never a block. */
export function ObjectiveWarningList({ warnings, labelledBy }: { warnings: readonly ObjectiveWarning[]; labelledBy: string }) {
  const { t, i18n } = useTranslation();
  if (warnings.length === 0) return null;
  return (
    <ul className="ref-warnings" aria-labelledby={labelledBy}>
      {warnings.map((warning) => (
        <li key={warning.code} className={isSerious(warning.code) ? 'ref-warning ref-warning-serious' : 'ref-warning'}>
          {isSerious(warning.code) ? <CircleAlert size={16} aria-hidden="true" /> : <AlertTriangle size={16} aria-hidden="true" />}
          <span>{warningText(warning, t, i18n.language)}</span>
        </li>
      ))}
    </ul>
  );
}
