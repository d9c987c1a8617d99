import { describe, expect, it } from 'vitest';
import { guide } from './guidance.js';
import type { Corners } from './page-store.js';

const frame = { width: 480, height: 360 };
const page = (dx = 0): Corners => [
  { x: 120 + dx, y: 40 },
  { x: 360 + dx, y: 40 },
  { x: 360 + dx, y: 330 },
  { x: 120 + dx, y: 330 },
];
const small: Corners = [
  { x: 200, y: 150 },
  { x: 260, y: 150 },
  { x: 260, y: 220 },
  { x: 200, y: 220 },
];

describe('automatic mode guidance', () => {
  it('says there is no document, then to move closer, then to hold still, then takes the picture after a second', () => {
    const steps = guide();
    expect(steps.update(null, frame, 0)).toBe('none');
    expect(steps.update(small, frame, 100)).toBe('closer');
    expect(steps.update(page(), frame, 200)).toBe('hold');
    expect(steps.update(page(1), frame, 700)).toBe('hold');
    expect(steps.update(page(1), frame, 1250)).toBe('capture');
  });

  it('starts the second again when the page moves', () => {
    const steps = guide();
    steps.update(page(), frame, 0);
    expect(steps.update(page(40), frame, 900)).toBe('hold');
    expect(steps.update(page(40), frame, 1500)).toBe('hold');
    expect(steps.update(page(40), frame, 1950)).toBe('capture');
  });

  it('does not take the same page twice: waits for another page or for none', () => {
    const steps = guide();
    steps.update(page(), frame, 0);
    expect(steps.update(page(), frame, 1100)).toBe('capture');
    steps.taken(page());
    expect(steps.update(page(), frame, 1200)).toBe('next');
    expect(steps.update(page(), frame, 5000)).toBe('next');
    expect(steps.update(null, frame, 5100)).toBe('none');
    expect(steps.update(page(), frame, 5200)).toBe('hold');
    expect(steps.update(page(), frame, 6300)).toBe('capture');
  });
});

describe('stacks: the next sheet laid exactly on the last one', () => {
  const text = (seed: number) => {
    const signature = new Float32Array(24 * 32);
    for (let i = 0; i < signature.length; i += 1) signature[i] = Math.sin(i * seed) > 0.3 ? -1.5 : 0.5;
    return signature;
  };
  const noisy = (signature: Float32Array, amount: number) =>
    signature.map((value, i) => value + Math.sin(i * 12.9898) * amount);

  it('takes the new page after the hold-still delay, without the outline moving', () => {
    const steps = guide();
    steps.update(page(), frame, 0, text(1));
    expect(steps.update(page(), frame, 1100, text(1))).toBe('capture');
    steps.taken(page(), text(1));
    expect(steps.update(page(), frame, 1200, noisy(text(1), 0.1))).toBe('next');
    // The second sheet: same outline, other print.
    expect(steps.update(page(), frame, 3000, text(2))).toBe('hold');
    expect(steps.update(page(), frame, 3500, noisy(text(2), 0.1))).toBe('hold');
    expect(steps.update(page(), frame, 4100, text(2))).toBe('capture');
    steps.taken(page(), text(2));
    expect(steps.update(page(), frame, 4200, text(2))).toBe('next');
  });

  it('does not take the old page again after a hand passed over it', () => {
    const steps = guide();
    steps.update(page(), frame, 0, text(1));
    steps.update(page(), frame, 1100, text(1));
    steps.taken(page(), text(1));
    expect(steps.update(page(), frame, 1500, text(3))).toBe('hold');
    expect(steps.update(page(), frame, 1800, text(1))).toBe('next');
    expect(steps.update(page(), frame, 4000, text(1))).toBe('next');
  });
});
