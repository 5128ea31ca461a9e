import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  clampView,
  gridBelow,
  groupToFit,
  legibleZoom,
  planTour,
  readingOrder,
  resolveStepIndex,
  viewCentredOn,
  visibleCanvasSize,
  zoomViewAbout,
  type TourArea,
  type TourItem,
} from '../../../../shared/logic/projectorTour';

const card = (id: string, x: number, y: number, width = 100, height = 50): TourItem => ({ id, rect: { x, y, width, height } });

describe('legibleZoom', () => {
  it('is the zoom that brings the smallest canvas text to the minimum on screen', () => {
    expect(legibleZoom(24, 16)).toBe(1.5);
    expect(legibleZoom(30, 15)).toBe(2);
  });

  it('falls back to 1 for zero, negative or missing sizes', () => {
    expect(legibleZoom(0, 16)).toBe(1);
    expect(legibleZoom(24, 0)).toBe(1);
    expect(legibleZoom(-24, 16)).toBe(1);
    expect(legibleZoom(Number.NaN, 16)).toBe(1);
  });
});

describe('visibleCanvasSize', () => {
  it('divides the viewport less its margins by the zoom', () => {
    expect(visibleCanvasSize({ width: 1232, height: 432 }, 1.5, 16)).toEqual({ width: 800, height: 266.6666666666667 });
  });

  it('is empty for a zero or negative zoom and never negative', () => {
    expect(visibleCanvasSize({ width: 800, height: 600 }, 0, 16)).toEqual({ width: 0, height: 0 });
    expect(visibleCanvasSize({ width: 20, height: 20 }, 1, 16)).toEqual({ width: 0, height: 0 });
  });
});

describe('boundsOf', () => {
  it('is null for no rectangles and spans all of them otherwise, negative coordinates included', () => {
    expect(boundsOf([])).toBeNull();
    expect(boundsOf([{ x: -50, y: 10, width: 20, height: 20 }, { x: 100, y: -40, width: 10, height: 10 }])).toEqual({ x: -50, y: -40, width: 160, height: 70 });
  });
});

describe('groupToFit', () => {
  it('keeps everything in one group when it fits the view', () => {
    const items = [card('a', 0, 0), card('b', 150, 0), card('c', 0, 80)];
    expect(groupToFit(items, { width: 300, height: 200 }).map((group) => group.map((item) => item.id))).toEqual([['a', 'c', 'b']]);
  });

  it('cuts bands from the top, then chunks one view wide from the left', () => {
    const items = [card('r1a', 0, 0), card('r1b', 200, 0), card('r1c', 400, 0), card('r2a', 0, 100), card('r2b', 200, 100)];
    const groups = groupToFit(items, { width: 320, height: 120 });
    expect(groups.map((group) => group.map((item) => item.id))).toEqual([['r1a', 'r1b'], ['r1c'], ['r2a', 'r2b']]);
  });

  it('gives an item bigger than the view a group of its own, and no groups for no items', () => {
    expect(groupToFit([card('huge', 0, 0, 900, 900), card('small', 0, 1000)], { width: 300, height: 300 }).map((group) => group.map((item) => item.id))).toEqual([['huge'], ['small']]);
    expect(groupToFit([], { width: 300, height: 300 })).toEqual([]);
  });
});

describe('readingOrder', () => {
  it('reads rows from the top and each row from the left, tolerating uneven tops', () => {
    const rects = [
      { id: 'right', x: 640, y: 44, width: 600, height: 340 },
      { id: 'below', x: 40, y: 420, width: 600, height: 340 },
      { id: 'left', x: 40, y: 40, width: 600, height: 340 },
    ];
    expect(readingOrder(rects).map((rect) => rect.id)).toEqual(['left', 'right', 'below']);
    expect(readingOrder([])).toEqual([]);
  });
});

describe('planTour', () => {
  const view = { width: 400, height: 200 };

  it('gives an area that fits one step that frames it whole', () => {
    const area: TourArea = { key: 'c1', scene: 'board', frame: { x: 0, y: 0, width: 300, height: 150 }, items: [card('n1', 20, 60)] };
    expect(planTour([area], view)).toEqual([
      { key: 'c1#1', areaKey: 'c1', scene: 'board', areaIndex: 0, part: 1, parts: 1, itemIds: ['n1'], focus: { x: 0, y: 0, width: 300, height: 150 } },
    ]);
  });

  it('splits an area too big for the view into parts, the first one taking in the frame\'s title corner', () => {
    const area: TourArea = {
      key: 'side',
      scene: 'acc',
      frame: { x: -20, y: -60, width: 380, height: 400 },
      items: [card('top', 0, 0), card('middle', 0, 120), card('bottom', 0, 240)],
    };
    const steps = planTour([area], { width: 400, height: 240 });
    expect(steps.map((step) => [step.part, step.parts, step.itemIds])).toEqual([
      [1, 2, ['top', 'middle']],
      [2, 2, ['bottom']],
    ]);
    expect(steps[0]?.focus).toEqual({ x: -20, y: -60, width: 120, height: 230 });
    // The second part cannot take in the frame's top without losing its own cards.
    expect(steps[1]?.focus).toEqual({ x: -20, y: 240, width: 120, height: 50 });
    expect(steps.map((step) => step.key)).toEqual(['side#1', 'side#2']);
  });

  it('shows an empty frame (even one bigger than the view) and skips an area with nothing at all', () => {
    const steps = planTour(
      [
        { key: 'nothing', scene: 'board', frame: null, items: [] },
        { key: 'empty', scene: 'board', frame: { x: 10, y: 10, width: 1000, height: 50 }, items: [] },
      ],
      view,
    );
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatchObject({ areaKey: 'empty', areaIndex: 1, itemIds: [], focus: { x: 10, y: 10, width: 400, height: 50 } });
  });

  it('lists each step\'s items in reading order and keeps areas in the given order', () => {
    const steps = planTour(
      [
        { key: 'b', scene: 's', frame: null, items: [card('b2', 150, 0), card('b1', 0, 0)] },
        { key: 'a', scene: 's', frame: null, items: [card('a1', 0, 500)] },
      ],
      view,
    );
    expect(steps.map((step) => step.itemIds)).toEqual([['b1', 'b2'], ['a1']]);
    expect(planTour([], view)).toEqual([]);
  });
});

describe('viewCentredOn', () => {
  it('centres a focus that fits', () => {
    expect(viewCentredOn({ x: 100, y: 50, width: 200, height: 100 }, { width: 1000, height: 500 }, 2, 16)).toEqual({ x: 100, y: 50, zoom: 2 });
  });

  it('aligns a focus too big for the viewport to its start, plus the margin', () => {
    expect(viewCentredOn({ x: -100, y: 0, width: 800, height: 100 }, { width: 1000, height: 500 }, 2, 16)).toEqual({ x: 216, y: 150, zoom: 2 });
  });
});

describe('clampView', () => {
  const viewport = { width: 1000, height: 400 };
  const scene = { x: 0, y: 0, width: 500, height: 200 };

  it('leaves a view that shows the scene as it is', () => {
    expect(clampView({ x: 10, y: 20, zoom: 1 }, viewport, scene)).toEqual({ x: 10, y: 20, zoom: 1 });
  });

  it('stops a pan before the scene leaves the middle half of the viewport', () => {
    expect(clampView({ x: -5000, y: 5000, zoom: 1 }, viewport, scene)).toEqual({ x: -250, y: 300, zoom: 1 });
  });

  it('does nothing without a scene', () => {
    expect(clampView({ x: -5000, y: 0, zoom: 1 }, viewport, null)).toEqual({ x: -5000, y: 0, zoom: 1 });
  });
});

describe('zoomViewAbout', () => {
  it('keeps the point under the zoom centre in place', () => {
    const zoomed = zoomViewAbout({ x: 0, y: 0, zoom: 1 }, 2, { x: 100, y: 50 }, 0.5, 4);
    expect(zoomed).toEqual({ x: -100, y: -50, zoom: 2 });
  });

  it('never goes below the legible zoom or above the maximum, and ignores zero or negative factors', () => {
    expect(zoomViewAbout({ x: 0, y: 0, zoom: 1.5 }, 0.5, { x: 0, y: 0 }, 1.5, 3).zoom).toBe(1.5);
    expect(zoomViewAbout({ x: 0, y: 0, zoom: 2.5 }, 2, { x: 0, y: 0 }, 1.5, 3).zoom).toBe(3);
    expect(zoomViewAbout({ x: 5, y: 5, zoom: 2 }, 0, { x: 0, y: 0 }, 1, 3)).toEqual({ x: 5, y: 5, zoom: 2 });
    expect(zoomViewAbout({ x: 5, y: 5, zoom: 2 }, -1, { x: 0, y: 0 }, 1, 3)).toEqual({ x: 5, y: 5, zoom: 2 });
  });
});

describe('gridBelow', () => {
  it('lays items out in rows below the drawing', () => {
    expect(gridBelow({ x: 40, y: 40, width: 600, height: 300 }, 3, { width: 170, height: 120 }, 20, 2, 80)).toEqual([
      { x: 40, y: 420 },
      { x: 230, y: 420 },
      { x: 40, y: 560 },
    ]);
  });

  it('starts at the origin on an empty drawing and handles zero, negative or fractional counts', () => {
    expect(gridBelow(null, 1, { width: 10, height: 10 }, 5, 3, 80)).toEqual([{ x: 0, y: 0 }]);
    expect(gridBelow(null, 0, { width: 10, height: 10 }, 5, 3, 80)).toEqual([]);
    expect(gridBelow(null, -2, { width: 10, height: 10 }, 5, 3, 80)).toEqual([]);
    expect(gridBelow(null, 2.7, { width: 10, height: 10 }, 5, 0, 80)).toEqual([{ x: 0, y: 0 }, { x: 0, y: 15 }]);
  });
});

describe('resolveStepIndex', () => {
  const steps = planTour(
    [
      { key: 'acc1/customer', scene: 'acc1', frame: null, items: [card('a', 0, 0)] },
      { key: 'acc2/customer', scene: 'acc2', frame: null, items: [card('b', 0, 0), card('c', 0, 400)] },
    ],
    { width: 300, height: 200 },
  );

  it('starts on the first step of the wanted scene, or the first step when that scene has none', () => {
    expect(resolveStepIndex(steps, null, 'acc2')).toBe(1);
    expect(resolveStepIndex(steps, null, 'gone')).toBe(0);
    expect(resolveStepIndex(steps, null, null)).toBe(0);
  });

  it('finds the same step, else the same area, else the same place', () => {
    expect(resolveStepIndex(steps, { key: 'acc2/customer#2', areaKey: 'acc2/customer', index: 0 }, null)).toBe(2);
    expect(resolveStepIndex(steps, { key: 'acc2/customer#7', areaKey: 'acc2/customer', index: 0 }, null)).toBe(1);
    expect(resolveStepIndex(steps, { key: 'x#1', areaKey: 'x', index: 9 }, null)).toBe(2);
    expect(resolveStepIndex(steps, { key: 'x#1', areaKey: 'x', index: -3 }, null)).toBe(0);
  });

  it('is -1 for an empty tour', () => {
    expect(resolveStepIndex([], null, null)).toBe(-1);
  });
});
