/**
 * The back camera as a resource (STYLE.md, nimiq/qr-scanner): asked at a modest resolution, since a
 * QR shown on a computer screen needs few pixels and zxing decodes on the main thread (PITFALLS.md),
 * with simpler requests for phones that refuse, and every track stopped when released.
 */
export interface Camera {
  stream: MediaStream;
  release(): void;
}

const attempts: MediaStreamConstraints[] = [
  { video: { facingMode: { ideal: 'environment' }, width: { ideal: 1280 }, height: { ideal: 720 } } },
  { video: { facingMode: { ideal: 'environment' } } },
  { video: true },
];

export type CameraProblem = 'denied' | 'missing' | 'insecure' | 'busy';

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(`camera ${problem}`);
  }
}

export async function openCamera(): Promise<Camera> {
  if (!window.isSecureContext) throw new CameraError('insecure');
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('missing');
  for (const constraints of attempts) {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ ...constraints, audio: false });
      return {
        stream,
        release: () => {
          for (const track of stream.getTracks()) track.stop();
        },
      };
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'NotAllowedError' || name === 'SecurityError') throw new CameraError('denied');
      if (name === 'NotFoundError') throw new CameraError('missing');
      // Another app holds the camera (Android) or the hardware failed to start.
      if (name === 'NotReadableError' || name === 'AbortError') throw new CameraError('busy');
      // OverconstrainedError and the like: try the next, simpler request.
    }
  }
  throw new CameraError('missing');
}
