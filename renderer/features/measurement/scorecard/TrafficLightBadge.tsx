import { useTranslation } from 'react-i18next';
import { CircleCheck, CircleDashed, OctagonX, TriangleAlert } from 'lucide-react';
import type { TrafficLight } from '../../../../shared/logic/scorecard';

const SHAPES = { green: CircleCheck, amber: TriangleAlert, red: OctagonX, none: CircleDashed } as const;

/**
 * A traffic light told three ways, so no one depends on colour: a shape (circle, triangle, octagon),
 * the colour's name in words, and what it asks of the group.
 */
export function TrafficLightBadge({ light, size = 'md', showMeaning = true }: { light: TrafficLight; size?: 'md' | 'lg'; showMeaning?: boolean }) {
  const { t } = useTranslation();
  const Shape = SHAPES[light];
  return (
    <span className={`msr-light msr-light-${light} msr-light-${size}`} data-light={light}>
      <Shape size={size === 'lg' ? 28 : 18} aria-hidden="true" className="msr-light-shape" />
      <span className="msr-light-text">
        <span className="msr-light-word">{t(`measurement.light.${light}`)}</span>
        {showMeaning ? <span className="msr-light-meaning">{t(`measurement.lightMeaning.${light}`)}</span> : null}
      </span>
    </span>
  );
}
