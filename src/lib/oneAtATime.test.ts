import { describe, expect, it } from 'vitest';
import { oneLargeOutputAtATime } from './oneAtATime.ts';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('large outputs made one at a time', () => {
  it('starts the next only when the one before has finished, in the order asked', async () => {
    const events: string[] = [];
    const output = (name: string) =>
      oneLargeOutputAtATime(async () => {
        events.push(`${name} starts`);
        await tick();
        events.push(`${name} ends`);
        return name;
      });
    expect(await Promise.all([output('feed'), output('vCards')])).toEqual(['feed', 'vCards']);
    expect(events).toEqual(['feed starts', 'feed ends', 'vCards starts', 'vCards ends']);
  });

  it('goes on after an output fails, and the failure reaches the one that asked', async () => {
    const failing = oneLargeOutputAtATime(() => Promise.reject(new Error('offices.yaml: bad hours')));
    const next = oneLargeOutputAtATime(() => Promise.resolve('made'));
    await expect(failing).rejects.toThrow('offices.yaml: bad hours');
    await expect(next).resolves.toBe('made');
  });
});
