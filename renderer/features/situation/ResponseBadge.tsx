import { useTranslation } from 'react-i18next';
import type { AnswerResponse } from '../../../shared/domain';

/** The group's response as a coloured word; colour is never the only signal. */
export function ResponseBadge({ response }: { response: AnswerResponse | null }) {
  const { t } = useTranslation();
  if (response === null) return null;
  return <span className={`badge situation-response-badge situation-response-${response}`}>{t(`situation.response.${response}`)}</span>;
}
