import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { holdEarlyDragKeys } from '../../../../renderer/components/dnd/holdEarlyDragKeys';

// The unit tests run in Node, which has EventTarget and Event but no DOM: a document that is an
// event target and a focused element beside it are enough for the hold, which only listens and dispatches.
class FakeKeyboardEvent extends Event {
  readonly code: string;
  readonly key: string;
  constructor(type: string, init: KeyboardEventInit = {}) {
    super(type, init);
    this.code = init.code ?? '';
    this.key = init.key ?? '';
  }
}

describe('holdEarlyDragKeys', () => {
  let fakeDocument: EventTarget;
  let replayedCodes: string[];
  let pendingResumes: Array<() => void>;
  const waitForDragToCatchUp = (resume: () => void) => pendingResumes.push(resume);
  const typeOnDocument = (code: string): Event => {
    const event = new FakeKeyboardEvent('keydown', { code, key: code, cancelable: true });
    fakeDocument.dispatchEvent(event);
    return event;
  };

  beforeEach(() => {
    replayedCodes = [];
    pendingResumes = [];
    const focused = new EventTarget();
    focused.addEventListener('keydown', (event) => replayedCodes.push((event as FakeKeyboardEvent).code));
    fakeDocument = Object.assign(new EventTarget(), { activeElement: focused, body: focused });
    vi.useFakeTimers();
    vi.stubGlobal('document', fakeDocument);
    vi.stubGlobal('KeyboardEvent', FakeKeyboardEvent);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('holds drag keys typed before the sensor listens and replays each only once the drag has caught up', () => {
    holdEarlyDragKeys(waitForDragToCatchUp);
    const move = typeOnDocument('ArrowRight');
    typeOnDocument('Space');
    expect(move.defaultPrevented).toBe(true);

    vi.runAllTimers();
    expect(replayedCodes).toEqual([]);
    expect(pendingResumes).toHaveLength(1);

    pendingResumes.shift()?.();
    expect(replayedCodes).toEqual(['ArrowRight']);
    // The drop waits for the move to be taken in, however many timers and frames go by.
    vi.runAllTimers();
    expect(replayedCodes).toEqual(['ArrowRight']);

    pendingResumes.shift()?.();
    expect(replayedCodes).toEqual(['ArrowRight', 'Space']);
    // A key typed while the drop is taken in still joins the queue.
    expect(typeOnDocument('Escape').defaultPrevented).toBe(true);
    pendingResumes.shift()?.();
    expect(replayedCodes).toEqual(['ArrowRight', 'Space', 'Escape']);
  });

  it('lets keys through again once the queue is empty, and never holds other keys', () => {
    holdEarlyDragKeys(waitForDragToCatchUp);
    expect(typeOnDocument('KeyA').defaultPrevented).toBe(false);
    typeOnDocument('Escape');
    vi.runAllTimers();
    pendingResumes.shift()?.();
    pendingResumes.shift()?.();
    expect(replayedCodes).toEqual(['Escape']);
    expect(typeOnDocument('Space').defaultPrevented).toBe(false);
  });

  it('ends at once when nothing was typed early', () => {
    holdEarlyDragKeys(waitForDragToCatchUp);
    vi.runAllTimers();
    expect(pendingResumes).toHaveLength(0);
    expect(typeOnDocument('Space').defaultPrevented).toBe(false);
  });
});
