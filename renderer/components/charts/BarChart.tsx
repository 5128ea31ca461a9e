export interface BarDatum {
  key: string;
  label: string;
  value: number;
  /** Text shown at the end of the bar (formatted value). */
  display: string;
  tone?: 'primary' | 'danger' | 'warning' | 'success' | 'muted';
}

interface BarChartProps {
  title: string;
  data: readonly BarDatum[];
  /** Fixed top of the scale (e.g. 4 for maturity); defaults to the largest value. */
  max?: number;
  emptyText: string;
}

/**
 * Horizontal bars in plain SVG-free HTML: crisp at any projector size, readable by screen readers as a
 * list, and light enough to need no chart library. Negative values draw from zero to the left.
 */
export function BarChart({ title, data, max, emptyText }: BarChartProps) {
  if (data.length === 0) return <p className="muted chart-empty">{emptyText}</p>;
  const top = max ?? Math.max(...data.map((datum) => Math.abs(datum.value)), 1);
  return (
    <figure className="bar-chart">
      <figcaption className="chart-title">{title}</figcaption>
      <ul className="bar-list">
        {data.map((datum) => {
          const width = top === 0 ? 0 : Math.min(100, (Math.abs(datum.value) / top) * 100);
          return (
            <li key={datum.key} className="bar-row">
              <span className="bar-label">{datum.label}</span>
              <span className="bar-track" aria-hidden="true">
                <span className={`bar-fill bar-${datum.tone ?? 'primary'}`} style={{ width: `${width}%` }} />
              </span>
              <span className="bar-value">{datum.display}</span>
            </li>
          );
        })}
      </ul>
    </figure>
  );
}
