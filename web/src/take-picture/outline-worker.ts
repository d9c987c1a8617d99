/// <reference lib="webworker" />
import { expose } from 'comlink';
import { findOutline } from '../capture/find-outline.js';
import type { Raster } from '../capture/raster.js';
import { pageSignature } from './page-signature.js';

/**
 * Finds the document in one small frame: its corners (in the frame's pixels), or null, and a tiny
 * picture of its print (for stacks: the next sheet laid on the last). Called through
 * platform/worker-bridge.ts by outline-tracker.ts.
 */
const outlineWorker = {
  find(frame: Raster) {
    const found = findOutline(frame);
    return {
      corners: found?.corners ?? null,
      signature: found ? pageSignature(frame, found.corners) : undefined,
    };
  },
};

export type OutlineWorker = typeof outlineWorker;

expose(outlineWorker);
