import type { ObjectiveWarning, ObjectiveWarningCode } from '../../../shared/logic/objectiveChecks';
import { listCheckNames } from './figures';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** One warning of one objective, in words. */
export function warningText(warning: ObjectiveWarning, t: Translate, uiLanguage: string): string {
  if (warning.code === 'check_failed' || warning.code === 'checks_not_assessed') {
    return t(`reformulation.warnings.${warning.code}`, { checks: listCheckNames(warning.checks, t, uiLanguage), count: warning.checks.length });
  }
  return t(`reformulation.warnings.${warning.code}`);
}

/** A "no" from the group is the one warning shown as a problem rather than as something to finish. */
export function isSerious(code: ObjectiveWarningCode): boolean {
  return code === 'check_failed';
}
