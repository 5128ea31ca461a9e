import { describe, expect, it } from 'vitest';
import { CANVAS_LIMIT } from '../../../../shared/domain';
import {
  CLUSTER_COLOURS,
  CLUSTER_PADDING,
  clusterAt,
  frameAround,
  freeSlotNear,
  impactEffortZone,
  MIN_CLUSTER_SIZE,
  nearestColourKey,
  nextOrder,
  NOTE_COLOURS,
  NOTE_GAP,
  NOTE_SIZE,
  noteRect,
  nudge,
  placeInFrame,
  steppedRating,
  topNoteAt,
  type Point,
} from '../../../../shared/logic/ideaBoard';
import { rectsOverlap } from '../../../../shared/logic/posterLayout';

function expectApart(positions: readonly Point[]): void {
  positions.forEach((position, index) => {
    for (const other of positions.slice(index + 1)) {
      expect(rectsOverlap(noteRect(position), noteRect(other)), JSON.stringify([position, other])).toBe(false);
    }
  });
}

describe('clusterAt', () => {
  const big = { id: 'big', x: 0, y: 0, width: 1000, height: 1000 };
  const small = { id: 'small', x: 100, y: 100, width: 400, height: 300 };

  it('finds the frame that holds the centre of the note, the smallest where frames overlap', () => {
    expect(clusterAt({ x: 150, y: 150 }, [big, small])?.id).toBe('small');
    expect(clusterAt({ x: 700, y: 700 }, [big, small])?.id).toBe('big');
  });

  it('goes by the centre: a note hanging over the edge still belongs while its centre is inside', () => {
    expect(clusterAt({ x: 500 - NOTE_SIZE.width / 2, y: 150 }, [small])?.id).toBe('small');
    expect(clusterAt({ x: 500 - NOTE_SIZE.width / 2 + 1, y: 150 }, [small])).toBeNull();
  });

  it('is null with no clusters and at negative positions outside every frame', () => {
    expect(clusterAt({ x: 0, y: 0 }, [])).toBeNull();
    expect(clusterAt({ x: -500, y: -500 }, [small])).toBeNull();
  });
});

describe('frameAround', () => {
  it('is null for no notes', () => {
    expect(frameAround([])).toBeNull();
  });

  it('pads the notes, leaving room for the name above them', () => {
    expect(frameAround([{ x: 100, y: 100 }, { x: 400, y: 300 }])).toEqual({
      x: 100 - CLUSTER_PADDING.side,
      y: 100 - CLUSTER_PADDING.top,
      width: 300 + NOTE_SIZE.width + CLUSTER_PADDING.side * 2,
      height: 200 + NOTE_SIZE.height + CLUSTER_PADDING.top + CLUSTER_PADDING.bottom,
    });
  });

  it('works with negative positions and rounds to whole units', () => {
    const frame = frameAround([{ x: -200.4, y: -90.6 }]);
    expect(frame).toEqual({ x: -220, y: -147, ...MIN_CLUSTER_SIZE });
  });
});

describe('freeSlotNear', () => {
  it('takes the point itself on an empty board, rounded', () => {
    expect(freeSlotNear({ x: 10.4, y: -20.6 }, [])).toEqual({ x: 10, y: -21 });
  });

  it('never covers a note, however crowded the board', () => {
    const occupied: Point[] = [];
    for (let index = 0; index < 30; index += 1) occupied.push(freeSlotNear({ x: 0, y: 0 }, occupied));
    expectApart(occupied);
    expect(new Set(occupied.map((point) => `${point.x},${point.y}`)).size).toBe(30);
  });

  it('prefers the nearest free place', () => {
    const slot = freeSlotNear({ x: 0, y: 0 }, [{ x: 0, y: 0 }]);
    expect(Math.abs(slot.x) + Math.abs(slot.y)).toBeLessThanOrEqual(NOTE_SIZE.width + NOTE_GAP);
  });
});

describe('placeInFrame', () => {
  const frame = { x: 0, y: 0, width: 600, height: 340 };

  it('fills the grid inside the frame row by row, skipping occupied cells', () => {
    const firstCell = { x: CLUSTER_PADDING.side, y: CLUSTER_PADDING.top };
    const { positions, frame: grown } = placeInFrame(frame, [firstCell], 2);
    expect(positions).toEqual([
      { x: CLUSTER_PADDING.side + NOTE_SIZE.width + NOTE_GAP, y: CLUSTER_PADDING.top },
      { x: CLUSTER_PADDING.side + (NOTE_SIZE.width + NOTE_GAP) * 2, y: CLUSTER_PADDING.top },
    ]);
    expect(grown).toEqual(frame);
  });

  it('grows a full frame downwards instead of piling notes up', () => {
    const { positions, frame: grown } = placeInFrame(frame, [], 9);
    expect(positions).toHaveLength(9);
    expectApart(positions);
    const lowest = Math.max(...positions.map((position) => position.y + NOTE_SIZE.height));
    expect(grown.height).toBe(lowest + CLUSTER_PADDING.bottom);
    expect(grown.width).toBe(frame.width);
  });

  it('places nothing when asked for no notes', () => {
    expect(placeInFrame(frame, [], 0)).toEqual({ positions: [], frame });
  });

  it('still finds one column in a frame narrower than a note', () => {
    const { positions } = placeInFrame({ x: 50, y: 50, width: 40, height: 40 }, [], 2);
    expect(positions.map((position) => position.x)).toEqual([50 + CLUSTER_PADDING.side, 50 + CLUSTER_PADDING.side]);
  });
});

describe('topNoteAt', () => {
  const notes = [
    { id: 'under', x: 0, y: 0 },
    { id: 'over', x: 100, y: 50 },
    { id: 'far', x: 1000, y: 1000 },
  ];

  it('finds the note whose card holds the point, edges included', () => {
    expect(topNoteAt(notes, { x: 10, y: 10 })?.id).toBe('under');
    expect(topNoteAt(notes, { x: NOTE_SIZE.width, y: NOTE_SIZE.height })?.id).toBe('over');
    expect(topNoteAt(notes, { x: 1000 + NOTE_SIZE.width, y: 1000 + NOTE_SIZE.height })?.id).toBe('far');
  });

  it('takes the note drawn last where cards overlap, as the eye sees it', () => {
    expect(topNoteAt(notes, { x: 120, y: 60 })?.id).toBe('over');
    expect(topNoteAt([...notes].reverse(), { x: 120, y: 60 })?.id).toBe('under');
  });

  it('is null between notes, just outside a card and on an empty board', () => {
    expect(topNoteAt(notes, { x: 500, y: 500 })).toBeNull();
    expect(topNoteAt(notes, { x: -1, y: 10 })).toBeNull();
    expect(topNoteAt(notes, { x: 1000 + NOTE_SIZE.width + 1, y: 1000 })).toBeNull();
    expect(topNoteAt([], { x: 0, y: 0 })).toBeNull();
  });
});

describe('nudge', () => {
  it('moves by the small or the large step', () => {
    expect(nudge({ x: 0, y: 0 }, { x: 1, y: 0 }, false)).toEqual({ x: 10, y: 0 });
    expect(nudge({ x: 0, y: 0 }, { x: 0, y: -1 }, true)).toEqual({ x: 0, y: -50 });
  });

  it('stays inside the canvas limits', () => {
    expect(nudge({ x: CANVAS_LIMIT, y: -CANVAS_LIMIT }, { x: 1, y: -1 }, true)).toEqual({ x: CANVAS_LIMIT, y: -CANVAS_LIMIT });
  });
});

describe('nextOrder', () => {
  it('starts at 0 for an empty list and follows the highest order otherwise', () => {
    expect(nextOrder([])).toBe(0);
    expect(nextOrder([{ order: 3 }, { order: -2 }, { order: 7.5 }])).toBe(8);
    expect(nextOrder([{ order: -4 }])).toBe(0);
  });
});

describe('steppedRating', () => {
  it('starts an unrated idea in the middle', () => {
    expect(steppedRating(null, 1)).toBe(3);
    expect(steppedRating(null, -1)).toBe(3);
  });

  it('steps and stops at both ends of the scale', () => {
    expect(steppedRating(4, 1)).toBe(5);
    expect(steppedRating(5, 1)).toBe(5);
    expect(steppedRating(1, -1)).toBe(1);
    expect(steppedRating(0, -1)).toBe(1);
  });
});

describe('impactEffortZone', () => {
  it('names the four zones', () => {
    expect(impactEffortZone(5, 1)).toBe('quickWin');
    expect(impactEffortZone(4, 5)).toBe('bigBet');
    expect(impactEffortZone(2, 2)).toBe('fillIn');
    expect(impactEffortZone(1, 4)).toBe('moneyPit');
  });

  it('leaves a middle rating on the line and an unrated idea out', () => {
    expect(impactEffortZone(3, 1)).toBe('borderline');
    expect(impactEffortZone(5, 3)).toBe('borderline');
    expect(impactEffortZone(null, 2)).toBeNull();
    expect(impactEffortZone(4, null)).toBeNull();
  });
});

describe('nearestColourKey', () => {
  it('recognises every palette colour, in either case', () => {
    expect(nearestColourKey(NOTE_COLOURS.green, NOTE_COLOURS)).toBe('green');
    expect(nearestColourKey(CLUSTER_COLOURS.red.toUpperCase(), CLUSTER_COLOURS)).toBe('red');
  });

  it('maps a foreign colour to the closest one and a broken value to the first', () => {
    expect(nearestColourKey('#fce7f3', CLUSTER_COLOURS)).toBe('red');
    expect(nearestColourKey('#ede9fe', CLUSTER_COLOURS)).toBe('blue');
    expect(nearestColourKey('#ef4444', NOTE_COLOURS)).toBe('red');
    expect(nearestColourKey('#ffff00', NOTE_COLOURS)).toBe('yellow');
    expect(nearestColourKey('#16a34a', NOTE_COLOURS)).toBe('green');
    expect(nearestColourKey('#ffffff', NOTE_COLOURS)).toBe('grey');
    expect(nearestColourKey('#000000', NOTE_COLOURS)).toBe('grey');
    expect(nearestColourKey('blue', NOTE_COLOURS)).toBe('yellow');
  });
});
