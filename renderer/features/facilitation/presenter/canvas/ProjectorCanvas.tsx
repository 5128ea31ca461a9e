import { useCallback, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Rect } from '../../../../../shared/logic/posterLayout';
import {
  boundsOf,
  legibleZoom,
  planTour,
  resolveStepIndex,
  visibleCanvasSize,
  type TourArea,
  type TourPosition,
  type TourStep,
} from '../../../../../shared/logic/projectorTour';
import { TourBar } from './TourBar';
import { useFillStage } from './useFillStage';
import { useProjectorView, VIEW_MARGIN_PX } from './useProjectorView';
import { useTourKeys } from './useTourKeys';
import { useViewportMetrics } from './useViewportMetrics';
import './projectorCanvas.css';

export interface ProjectorStepText {
  /** Shown above the canvas in large type. */
  title: string;
  /** Shown beside the title: which part of the area, how many items. */
  detail: string;
  /** Spoken when the step comes on screen. */
  announcement: string;
}

export interface ProjectorLabels {
  /** Name of the canvas region. */
  canvas: string;
  /** The keys, shown on the canvas while it has the focus and read with it. */
  hint: string;
  previous: string;
  next: string;
  counter: (current: number, total: number) => string;
}

interface ProjectorCanvasProps {
  areas: readonly TourArea[];
  /** The smallest font size the scene draws, in canvas units: it sets the least zoom. */
  smallestFont: number;
  /** The scene the tour starts in (the key account open in the editor). */
  startScene: string | null;
  describeStep: (step: TourStep) => ProjectorStepText;
  /** The drawing of one scene in canvas units; `current` holds the ids of the items to mark. */
  renderScene: (scene: string, current: ReadonlySet<string>) => ReactNode;
  labels: ProjectorLabels;
}

/** Below this the canvas would be too short to show one card; the stage then scrolls instead. */
const MIN_HEIGHT_PX = 280;

/**
 * A read-only canvas for the projector: the drawing at the zoom where its smallest label is as large
 * as the presenter's smallest type, toured area by area (N and P, or the buttons), each step's title
 * shown large and announced. Focused, the canvas pans with the arrow keys (or by dragging) and zooms
 * with + and −, never below the legible zoom.
 */
export function ProjectorCanvas({ areas, smallestFont, startScene, describeStep, renderScene, labels }: ProjectorCanvasProps) {
  const rootRef = useRef<HTMLDivElement>(null);
  const viewportRef = useRef<HTMLDivElement>(null);
  const hintId = useId();
  const height = useFillStage(rootRef, MIN_HEIGHT_PX);
  const metrics = useViewportMetrics(viewportRef);

  const legible = metrics ? legibleZoom(metrics.minimumTextPx, smallestFont) : 1;
  const steps = useMemo(() => (metrics ? planTour(areas, visibleCanvasSize(metrics.size, legible, VIEW_MARGIN_PX)) : []), [areas, metrics, legible]);
  const [position, setPosition] = useState<TourPosition | null>(null);
  const index = resolveStepIndex(steps, position, startScene);
  const step = steps[index] ?? null;

  const sceneBounds = useMemo((): Rect | null => {
    if (!step) return null;
    const inScene = areas.filter((area) => area.scene === step.scene);
    return boundsOf(inScene.flatMap((area) => [...(area.frame ? [area.frame] : []), ...area.items.map((item) => item.rect)]));
  }, [areas, step]);
  // Items are marked only when the step shows part of an area: the rest of the area is then in
  // sight around them. A whole area on screen needs no marking.
  const current = useMemo(() => new Set(step && step.parts > 1 ? step.itemIds : []), [step]);
  const view = useProjectorView({ size: metrics?.size ?? null, legible, stepKey: step?.key ?? null, focus: step?.focus ?? null, sceneBounds });

  const goTo = useCallback(
    (target: number) => {
      const clamped = Math.min(steps.length - 1, Math.max(0, target));
      const next = steps[clamped];
      if (next) setPosition({ key: next.key, areaKey: next.areaKey, index: clamped });
    },
    [steps],
  );
  const actions = useMemo(
    () => ({ onNext: () => goTo(index + 1), onPrevious: () => goTo(index - 1), hasNext: index >= 0 && index < steps.length - 1, hasPrevious: index > 0 }),
    [goTo, index, steps.length],
  );
  useTourKeys(rootRef, actions);

  const text = step ? describeStep(step) : null;
  const transform = view.view ? `translate(${view.view.x}px, ${view.view.y}px) scale(${view.view.zoom})` : undefined;
  return (
    <div ref={rootRef} className="projector" style={{ height }} data-testid="projector-canvas">
      <TourBar
        title={text?.title ?? ''}
        detail={text?.detail ?? ''}
        counter={steps.length > 0 ? labels.counter(index + 1, steps.length) : ''}
        previousLabel={labels.previous}
        nextLabel={labels.next}
        canGoBack={index > 0}
        canGoOn={index >= 0 && index < steps.length - 1}
        onPrevious={actions.onPrevious}
        onNext={actions.onNext}
      />
      <div
        ref={viewportRef}
        className={`projector-viewport${view.dragging ? ' is-dragging' : ''}`}
        role="region"
        aria-label={labels.canvas}
        aria-describedby={hintId}
        // Focusable so the arrow keys pan it; the drawing itself has nothing to operate.
        tabIndex={0}
        onKeyDownCapture={view.onKeyDownCapture}
        onPointerDown={view.onPointerDown}
        onPointerMove={view.onPointerMove}
        onPointerUp={view.onPointerUp}
        onPointerCancel={view.onPointerUp}
        data-testid="projector-viewport"
        data-zoom={view.view?.zoom}
      >
        {step && transform ? (
          // Keyed by scene: moving to another poster jumps there instead of sliding across.
          <div key={step.scene} className="projector-scene" style={{ transform }}>
            {renderScene(step.scene, current)}
          </div>
        ) : null}
        <p id={hintId} className="projector-hint">{labels.hint}</p>
      </div>
      <p className="visually-hidden" role="status" aria-live="polite" data-testid="projector-announcer">{text?.announcement ?? ''}</p>
    </div>
  );
}
