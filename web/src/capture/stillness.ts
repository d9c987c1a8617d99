import { maxCornerDistance, polygonArea } from './geometry.js';
import type { Quad } from './raster.js';

/** What the camera screen tells the citizen: 'No document found', 'Move closer', 'Hold still', or take the picture. */
export type Guidance = 'none' | 'closer' | 'hold' | 'capture';

export interface StillnessOptions {
  /** Below this share of the frame, the page would come out too small for ~200 dpi. */
  minAreaFraction?: number;
  /** How long the outline must stay put before the picture is taken. */
  stillMs?: number;
  /** Largest corner movement, as a share of the frame's diagonal, that still counts as still. */
  maxMovement?: number;
  /** A frame or two without an outline (a reflection, a blurred frame) does not start over. */
  graceMs?: number;
}

export interface StillnessState {
  guidance: Guidance;
  /** 0–1: how far through the still time, for a progress ring around the outline. */
  progress: number;
}

/**
 * Turns per-frame outlines into guidance. Stillness is measured against the outline where it
 * began (an anchor), not the previous frame, so a slow drift cannot add up unnoticed. 'capture' is
 * reported once; after it, the outline must move or vanish before another capture (the next page).
 * Time comes from the caller (the video frame's timestamp), so tests need no clock.
 */
export class Stillness {
  private anchor: Quad | null = null;
  private since = 0;
  private lastSeen = Number.NEGATIVE_INFINITY;
  private captured = false;
  private readonly options: Required<StillnessOptions>;

  constructor(
    private readonly frame: { width: number; height: number },
    options: StillnessOptions = {},
  ) {
    this.options = { minAreaFraction: 0.2, stillMs: 1000, maxMovement: 0.02, graceMs: 300, ...options };
  }

  update(outline: Quad | null, now: number): StillnessState {
    const { minAreaFraction, stillMs, maxMovement, graceMs } = this.options;
    if (!outline) {
      if (this.anchor && now - this.lastSeen <= graceMs) return { guidance: 'hold', progress: 0 };
      this.reset();
      return { guidance: 'none', progress: 0 };
    }
    this.lastSeen = now;
    if (polygonArea(outline) < minAreaFraction * this.frame.width * this.frame.height) {
      this.reset();
      return { guidance: 'closer', progress: 0 };
    }
    const diagonal = Math.hypot(this.frame.width, this.frame.height);
    if (!this.anchor || maxCornerDistance(outline, this.anchor) > maxMovement * diagonal) {
      this.anchor = outline;
      this.since = now;
      this.captured = false;
      return { guidance: 'hold', progress: 0 };
    }
    if (this.captured) return { guidance: 'hold', progress: 1 };
    const progress = Math.min(1, (now - this.since) / stillMs);
    if (progress < 1) return { guidance: 'hold', progress };
    this.captured = true;
    return { guidance: 'capture', progress: 1 };
  }

  /** Starts over, e.g. after a manual capture or when automatic mode is switched back on. */
  reset() {
    this.anchor = null;
    this.captured = false;
    this.lastSeen = Number.NEGATIVE_INFINITY;
  }
}
