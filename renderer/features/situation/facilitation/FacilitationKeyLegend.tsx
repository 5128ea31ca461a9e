import { useTranslation } from 'react-i18next';
import { ANSWER_RESPONSES } from '../../../../shared/domain';
import type { ResponseLetters } from './facilitationKeys';

/** The keys of the view, on screen for the facilitator and for anyone taking over the laptop. */
export function FacilitationKeyLegend({ letters }: { letters: ResponseLetters }) {
  const { t } = useTranslation();
  return (
    <div className="situation-fac-keys">
      <span className="situation-fac-keys-title" id="situation-fac-keys-title">{t('situation.facilitate.keysTitle')}</span>
      <ul aria-labelledby="situation-fac-keys-title">
        <li>
          {ANSWER_RESPONSES.map((response) => (
            <kbd key={response} title={t(`situation.response.${response}`)}>{letters[response]}</kbd>
          ))}{' '}
          {t('situation.facilitate.keyResponse')}
        </li>
        <li>
          <kbd>0</kbd>–<kbd>4</kbd> {t('situation.facilitate.keyMaturity')}
        </li>
        <li>
          <ArrowKey symbol="←" name={t('situation.facilitate.keyLeftName')} /> <ArrowKey symbol="→" name={t('situation.facilitate.keyRightName')} /> {t('situation.facilitate.keyMove')}
        </li>
        <li>
          <kbd>Esc</kbd> {t('situation.facilitate.keyLeave')}
        </li>
      </ul>
    </div>
  );
}

function ArrowKey({ symbol, name }: { symbol: string; name: string }) {
  return (
    <kbd>
      <span aria-hidden="true">{symbol}</span>
      <span className="visually-hidden">{name}</span>
    </kbd>
  );
}
