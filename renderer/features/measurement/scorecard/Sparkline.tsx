import type { TrafficLight } from '../../../../shared/logic/scorecard';

interface SparklineProps {
  values: readonly number[];
  target: number;
  light: TrafficLight;
  /** What the line shows, in words, for people who cannot see it. */
  label: string;
}

const WIDTH = 240;
const HEIGHT = 64;
const PAD = 6;

/**
 * The latest values as a line over their own range, with the target as a dashed line when it is
 * in view; the newest point carries the light's colour (its shape and word are shown beside it).
 */
export function Sparkline({ values, target, light, label }: SparklineProps) {
  if (values.length === 0) {
    return (
      <svg className="msr-sparkline msr-sparkline-empty" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
        <line x1={PAD} x2={WIDTH - PAD} y1={HEIGHT / 2} y2={HEIGHT / 2} className="msr-spark-baseline" />
      </svg>
    );
  }
  const low = Math.min(...values, target);
  const high = Math.max(...values, target);
  const span = high - low || Math.abs(high) || 1;
  const yOf = (value: number): number => PAD + (1 - (value - low) / span) * (HEIGHT - 2 * PAD);
  const xOf = (index: number): number => (values.length === 1 ? WIDTH / 2 : PAD + (index / (values.length - 1)) * (WIDTH - 2 * PAD));
  const points = values.map((value, index) => `${xOf(index).toFixed(1)},${yOf(value).toFixed(1)}`).join(' ');
  const lastIndex = values.length - 1;
  const last = values[lastIndex] ?? 0;
  return (
    <svg className="msr-sparkline" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} preserveAspectRatio="xMidYMid meet">
      <line x1={PAD} x2={WIDTH - PAD} y1={yOf(target)} y2={yOf(target)} className="msr-spark-target" />
      {values.length > 1 ? <polyline points={points} className="msr-spark-line" /> : null}
      {values.slice(0, -1).map((value, index) => (
        <circle key={index} cx={xOf(index)} cy={yOf(value)} r={2.5} className="msr-spark-point" />
      ))}
      <circle cx={xOf(lastIndex)} cy={yOf(last)} r={5} className={`msr-spark-last msr-spark-${light}`} />
    </svg>
  );
}
