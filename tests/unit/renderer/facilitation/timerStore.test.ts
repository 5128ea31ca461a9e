import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readTimer, updateTimer, writeTimer } from '../../../../renderer/features/facilitation/timer/timerStore';
import { createTimer, startTimer } from '../../../../shared/logic/timer';

const WORKSHOP = '0b7d5a4e-3c1f-4e2a-9b6d-1f2e3a4b5c6d';
const KEY = `dsrs.timer.${WORKSHOP}`;

function fakeStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: vi.fn((key: string, value: string) => {
      items.set(key, value);
    }),
    removeItem: (key: string) => items.delete(key),
  };
}

describe('the workshop timer store', () => {
  afterEach(() => vi.unstubAllGlobals());

  describe('with local storage', () => {
    let storage: ReturnType<typeof fakeStorage>;
    beforeEach(() => {
      storage = fakeStorage();
      vi.stubGlobal('localStorage', storage);
    });

    it('starts as a stopped ten-minute timer and keeps the same object until it changes', () => {
      const first = readTimer(WORKSHOP);
      expect(first).toEqual(createTimer());
      expect(readTimer(WORKSHOP)).toBe(first);
    });

    it('stores each change under the workshop, for the other windows to read', () => {
      const running = startTimer(createTimer(120_000), 1_000);
      writeTimer(WORKSHOP, running);
      expect(JSON.parse(storage.items.get(KEY) ?? 'null')).toEqual(running);
      expect(readTimer(WORKSHOP)).toEqual(running);
      // Another window's write is seen on the next read.
      storage.items.set(KEY, JSON.stringify(createTimer(60_000)));
      expect(readTimer(WORKSHOP).durationMs).toBe(60_000);
    });

    it('writes nothing when a change changes nothing', () => {
      writeTimer(WORKSHOP, createTimer(60_000));
      storage.setItem.mockClear();
      updateTimer(WORKSHOP, (state) => state);
      expect(storage.setItem).not.toHaveBeenCalled();
    });

    it('ignores a stored value that is not a timer (hand-edited, older, broken)', () => {
      for (const raw of [
        '{',
        '"ten minutes"',
        JSON.stringify({ durationMs: -5, status: 'idle', runningSince: null, elapsedBeforeMs: 0, agendaSource: null }),
        JSON.stringify({ durationMs: 60_000, status: 'running', runningSince: null, elapsedBeforeMs: 0, agendaSource: null }),
        JSON.stringify({ durationMs: 60_000, status: 'idle', runningSince: 5, elapsedBeforeMs: 0, agendaSource: null }),
        JSON.stringify({ durationMs: 60_000, status: 'ticking', runningSince: null, elapsedBeforeMs: 0, agendaSource: null }),
        JSON.stringify({ durationMs: 1e12, status: 'idle', runningSince: null, elapsedBeforeMs: 0, agendaSource: null }),
      ]) {
        storage.items.set(KEY, raw);
        expect(readTimer(WORKSHOP), raw).toEqual(createTimer());
      }
    });
  });

  it('keeps working for this page when local storage refuses to store', () => {
    vi.stubGlobal('localStorage', {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
    });
    writeTimer(WORKSHOP, createTimer(90_000));
    expect(readTimer(WORKSHOP).durationMs).toBe(90_000);
  });
});
