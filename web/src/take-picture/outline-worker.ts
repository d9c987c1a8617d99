/// <reference lib="webworker" />
import { findOutline } from '../capture/find-outline.js';
import { pageSignature } from './page-signature.js';

/**
 * Receives one small frame at a time and answers with the document's corners, or null, and a tiny
 * picture of its print (for stacks: the next sheet laid on the last).
 */
self.onmessage = (
  event: MessageEvent<{
    data: Uint8ClampedArray;
    width: number;
    height: number;
    scale: number;
    videoWidth: number;
    videoHeight: number;
  }>,
) => {
  const { data, width, height, scale, videoWidth, videoHeight } = event.data;
  const frame = { data, width, height };
  const found = findOutline(frame);
  const signature = found ? pageSignature(frame, found.corners) : undefined;
  self.postMessage({
    corners: found?.corners ?? null,
    signature,
    scale,
    width: videoWidth,
    height: videoHeight,
  });
};
