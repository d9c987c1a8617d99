/**
 * The back camera as a resource (STYLE.md, nimiq/qr-scanner): asked at a resolution good enough for
 * ~200 dpi pages, with fallbacks for phones that refuse, and every track stopped when released.
 */
export interface Camera {
  stream: MediaStream;
  track: MediaStreamTrack;
  torch: boolean;
  setTorch(on: boolean): Promise<void>;
  release(): void;
}

const attempts: MediaTrackConstraints[] = [
  { facingMode: { ideal: 'environment' }, width: { ideal: 2560 }, height: { ideal: 1440 } },
  { facingMode: { ideal: 'environment' }, width: { ideal: 1920 }, height: { ideal: 1080 } },
  { facingMode: { ideal: 'environment' } },
];

export type CameraProblem = 'denied' | 'missing' | 'insecure' | 'busy';

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(problem);
  }
}

export async function openCamera(): Promise<Camera> {
  if (!window.isSecureContext) throw new CameraError('insecure');
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('missing');
  let lastError: unknown;
  for (const video of attempts) {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video, audio: false });
      const track = stream.getVideoTracks()[0]!;
      const capabilities = (track.getCapabilities?.() ?? {}) as MediaTrackCapabilities & { torch?: boolean };
      return {
        stream,
        track,
        torch: Boolean(capabilities.torch),
        setTorch: (on) => track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] }),
        release: () => {
          for (const each of stream.getTracks()) each.stop();
        },
      };
    } catch (error) {
      lastError = error;
      const name = (error as Error).name;
      if (name === 'NotAllowedError' || name === 'SecurityError') throw new CameraError('denied');
      if (name === 'NotFoundError') throw new CameraError('missing');
      if (name === 'NotReadableError') throw new CameraError('busy');
      // OverconstrainedError and the like: try the next, simpler request.
    }
  }
  throw lastError instanceof CameraError ? lastError : new CameraError('missing');
}
