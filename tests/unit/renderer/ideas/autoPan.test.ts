import { describe, expect, it } from 'vitest';
import { AUTO_PAN_EDGE_PX, AUTO_PAN_STEP_PX, autoPanStep } from '../../../../renderer/features/ideas/canvas/carry/autoPan';

const canvas = { left: 100, right: 900, top: 50, bottom: 650 };

describe('autoPanStep', () => {
  it('stays still in the middle of the canvas', () => {
    expect(autoPanStep({ x: 500, y: 350 }, canvas)).toEqual({ x: 0, y: 0 });
    expect(autoPanStep({ x: canvas.left + AUTO_PAN_EDGE_PX, y: canvas.top + AUTO_PAN_EDGE_PX }, canvas)).toEqual({ x: 0, y: 0 });
  });

  it('pans the board towards the side the pointer is near (the board moves the other way)', () => {
    expect(autoPanStep({ x: canvas.right - 5, y: 350 }, canvas)).toEqual({ x: -AUTO_PAN_STEP_PX, y: 0 });
    expect(autoPanStep({ x: canvas.left + 5, y: 350 }, canvas)).toEqual({ x: AUTO_PAN_STEP_PX, y: 0 });
    expect(autoPanStep({ x: 500, y: canvas.bottom - 1 }, canvas)).toEqual({ x: 0, y: -AUTO_PAN_STEP_PX });
    expect(autoPanStep({ x: 500, y: canvas.top + 1 }, canvas)).toEqual({ x: 0, y: AUTO_PAN_STEP_PX });
  });

  it('pans both ways in a corner', () => {
    expect(autoPanStep({ x: canvas.right - 1, y: canvas.bottom - 1 }, canvas)).toEqual({ x: -AUTO_PAN_STEP_PX, y: -AUTO_PAN_STEP_PX });
  });

  it('stops once the pointer leaves the canvas, on its way to the inbox', () => {
    expect(autoPanStep({ x: canvas.left - 1, y: 350 }, canvas)).toEqual({ x: 0, y: 0 });
    expect(autoPanStep({ x: 500, y: canvas.bottom + 30 }, canvas)).toEqual({ x: 0, y: 0 });
  });
});
