import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuitCoordinator } from '../../../electron/main/quitCoordinator';

describe('QuitCoordinator', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('asks the renderer once and proceeds when it acknowledges', async () => {
    const notifyRenderer = vi.fn(() => true);
    const coordinator = new QuitCoordinator({ notifyRenderer, deadlineMs: 5000 });
    const first = coordinator.prepareToQuit();
    const second = coordinator.prepareToQuit();
    expect(notifyRenderer).toHaveBeenCalledTimes(1);
    expect(notifyRenderer).toHaveBeenCalledWith(5000);
    coordinator.acknowledge();
    await expect(first).resolves.toBe('acknowledged');
    await expect(second).resolves.toBe('acknowledged');
    expect(coordinator.isWaiting).toBe(false);
  });

  it('gives up after the deadline so a hung renderer cannot block quitting', async () => {
    const coordinator = new QuitCoordinator({ notifyRenderer: () => true, deadlineMs: 5000 });
    const outcome = coordinator.prepareToQuit();
    vi.advanceTimersByTime(4999);
    expect(coordinator.isWaiting).toBe(true);
    vi.advanceTimersByTime(1);
    await expect(outcome).resolves.toBe('timed-out');
  });

  it('does not wait when there is no renderer to ask, and ignores a stray acknowledgement', async () => {
    const coordinator = new QuitCoordinator({ notifyRenderer: () => false });
    coordinator.acknowledge();
    await expect(coordinator.prepareToQuit()).resolves.toBe('no-renderer');
  });
});
