export interface RadarAxis {
  key: string;
  label: string;
  /** null when nothing was rated on this axis yet. */
  value: number | null;
  display: string;
}

interface RadarChartProps {
  title: string;
  axes: readonly RadarAxis[];
  max: number;
  size?: number;
}

/** A spider chart for a handful of axes (maturity per area), with the values also given as text. */
export function RadarChart({ title, axes, max, size = 320 }: RadarChartProps) {
  const center = size / 2;
  const radius = size / 2 - 70;
  const angle = (index: number) => (Math.PI * 2 * index) / axes.length - Math.PI / 2;
  const point = (index: number, value: number) => {
    const r = (Math.max(0, Math.min(max, value)) / max) * radius;
    return [center + r * Math.cos(angle(index)), center + r * Math.sin(angle(index))] as const;
  };
  const rings = Array.from({ length: max }, (_, ring) => ring + 1);
  const polygon = axes.map((axis, index) => point(index, axis.value ?? 0).join(',')).join(' ');
  const summary = axes.map((axis) => `${axis.label}: ${axis.display}`).join('; ');
  return (
    <figure className="radar-chart">
      <figcaption className="chart-title">{title}</figcaption>
      <svg viewBox={`0 0 ${size} ${size}`} width="100%" style={{ maxWidth: size }} role="img" aria-label={`${title}. ${summary}`}>
        {rings.map((ring) => (
          <polygon
            key={ring}
            points={axes.map((_, index) => point(index, ring).join(',')).join(' ')}
            className="radar-ring"
          />
        ))}
        {axes.map((axis, index) => {
          const [x, y] = point(index, max);
          return <line key={axis.key} x1={center} y1={center} x2={x} y2={y} className="radar-spoke" />;
        })}
        {axes.length > 2 ? <polygon points={polygon} className="radar-area" /> : null}
        {axes.map((axis, index) => {
          const [x, y] = point(index, max + 0.9);
          const anchor = Math.abs(x - center) < 4 ? 'middle' : x > center ? 'start' : 'end';
          return (
            <g key={axis.key}>
              <text x={x} y={y} textAnchor={anchor} dominantBaseline="middle" className="radar-label">{axis.label}</text>
              <text x={x} y={y + 16} textAnchor={anchor} dominantBaseline="middle" className="radar-value">{axis.display}</text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
