import { memo, useId } from 'react';
import type { DependencyPath } from './timelineGeometry';

interface DependencyArrowsProps {
  paths: readonly DependencyPath[];
  width: number;
  height: number;
}

/** The dependency arrows, drawn under the bars; a broken one is red and dashed so it reads in grey too. */
export const DependencyArrows = memo(function DependencyArrows({ paths, width, height }: DependencyArrowsProps) {
  const id = useId();
  const okMarker = `${id}-ok`;
  const brokenMarker = `${id}-broken`;
  if (paths.length === 0) return null;
  return (
    <svg className="rm-arrows" width={width} height={height} aria-hidden="true" focusable="false">
      <defs>
        <marker id={okMarker} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" className="rm-arrow-head" />
        </marker>
        <marker id={brokenMarker} viewBox="0 0 8 8" refX="7" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L8,4 L0,8 z" className="rm-arrow-head rm-arrow-head-broken" />
        </marker>
      </defs>
      {paths.map((path) => (
        <path
          key={path.key}
          d={path.d}
          className={path.broken ? 'rm-arrow rm-arrow-broken' : 'rm-arrow'}
          markerEnd={`url(#${path.broken ? brokenMarker : okMarker})`}
          data-testid={path.broken ? 'roadmap-arrow-broken' : 'roadmap-arrow'}
        />
      ))}
    </svg>
  );
});
