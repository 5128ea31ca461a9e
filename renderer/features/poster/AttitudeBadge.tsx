import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Award, Ban, CircleHelp, Minus, ThumbsUp, type LucideProps } from 'lucide-react';
import type { StakeholderAttitude } from '../../../shared/domain';

const ATTITUDE_ICONS: Record<StakeholderAttitude, ComponentType<LucideProps>> = {
  champion: Award,
  supporter: ThumbsUp,
  neutral: Minus,
  sceptic: CircleHelp,
  blocker: Ban,
};

/** Attitude is never shown by colour alone: each has its own icon and its name is written out. */
export function AttitudeBadge({ attitude, compact = false }: { attitude: StakeholderAttitude; compact?: boolean }) {
  const { t } = useTranslation();
  const Icon = ATTITUDE_ICONS[attitude];
  return (
    <span className={`attitude-badge attitude-${attitude}${compact ? ' attitude-badge-compact' : ''}`}>
      <Icon size={compact ? 14 : 16} aria-hidden="true" strokeWidth={2.25} />
      <span>{t(`poster.attitude.${attitude}`)}</span>
    </span>
  );
}
