import { useTranslation } from 'react-i18next';
import { Minus, Plus } from 'lucide-react';
import type { Idea } from '../../../../shared/domain';
import { formatCount, noteExcerpt, noteText } from '../ideaLabels';
import { DotMeter } from './DotMeter';

interface BallotRowProps {
  idea: Idea;
  /** Dots the current voter has on this idea. */
  mine: number;
  canAdd: boolean;
  language: string;
  onChange: (idea: Idea, step: 1 | -1) => void;
}

/**
 * One idea on the ballot, with the voter's own dots only (totals stay hidden until the reveal). The
 * buttons stay focusable when they cannot act, so a keyboard user pressing on never loses the focus.
 */
export function BallotRow({ idea, mine, canAdd, language, onChange }: BallotRowProps) {
  const { t } = useTranslation();
  const excerpt = noteExcerpt(idea, t);
  return (
    <li className="ideas-ballot-row" data-testid="ideas-ballot-row">
      <span className="ideas-ballot-text">{noteText(idea, t)}</span>
      <span className="ideas-ballot-controls">
        <button type="button" className="btn btn-icon" aria-label={t('ideas.voting.takeBack', { text: excerpt })} aria-disabled={mine === 0} onClick={() => mine > 0 && onChange(idea, -1)}>
          <Minus size={18} aria-hidden="true" />
        </button>
        <span className="ideas-ballot-count">
          <DotMeter used={mine} total={mine} />
          <span className="ideas-ballot-number" data-testid="ideas-ballot-dots">{formatCount(mine, language)}</span>
        </span>
        <button type="button" className="btn btn-icon" aria-label={t('ideas.voting.give', { text: excerpt })} aria-disabled={!canAdd} onClick={() => canAdd && onChange(idea, 1)}>
          <Plus size={18} aria-hidden="true" />
        </button>
      </span>
    </li>
  );
}
