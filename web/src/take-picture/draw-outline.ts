import type { Corners } from './page-store.js';

/**
 * Draws the found outline over the preview. The video is shown with `object-fit: contain`, so the
 * frame's pixels map to the element by one scale and an offset.
 */
export function drawOutline(canvas: HTMLCanvasElement, video: HTMLVideoElement, corners: Corners | null) {
  const width = canvas.clientWidth;
  const height = canvas.clientHeight;
  if (canvas.width !== width || canvas.height !== height) {
    canvas.width = width;
    canvas.height = height;
  }
  const context = canvas.getContext('2d')!;
  context.clearRect(0, 0, width, height);
  if (!corners || !video.videoWidth) return;
  const scale = Math.min(width / video.videoWidth, height / video.videoHeight);
  const offsetX = (width - video.videoWidth * scale) / 2;
  const offsetY = (height - video.videoHeight * scale) / 2;
  context.beginPath();
  corners.forEach((point, index) => {
    const x = offsetX + point.x * scale;
    const y = offsetY + point.y * scale;
    if (index === 0) context.moveTo(x, y);
    else context.lineTo(x, y);
  });
  context.closePath();
  context.fillStyle = 'rgb(21 101 192 / 20%)';
  context.fill();
  context.lineWidth = 4;
  context.strokeStyle = '#4fc3f7';
  context.stroke();
}
