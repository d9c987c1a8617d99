/// <reference lib="webworker" />
import { findOutline } from '../capture/find-outline.js';

/** Receives one small frame at a time and answers with the document's corners, or null. */
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
  const found = findOutline({ data, width, height });
  self.postMessage({ corners: found?.corners ?? null, scale, width: videoWidth, height: videoHeight });
};
