/**
 * The back camera as a resource (STYLE.md, nimiq/qr-scanner): asked at the resolution the screen
 * needs (modest for a QR shown on a computer screen, high for ~200 dpi pages), with simpler requests
 * for phones that refuse, the torch where the track offers one, and every track stopped when released.
 */
export interface Camera {
  stream: MediaStream;
  torch: boolean;
  setTorch(on: boolean): Promise<void>;
  release(): void;
}

export type CameraProblem = 'denied' | 'missing' | 'insecure' | 'busy';

export class CameraError extends Error {
  constructor(readonly problem: CameraProblem) {
    super(`camera ${problem}`);
  }
}

export async function openCamera(
  ideal: { width: number; height: number } = { width: 1280, height: 720 },
): Promise<Camera> {
  if (!window.isSecureContext) throw new CameraError('insecure');
  if (!navigator.mediaDevices?.getUserMedia) throw new CameraError('missing');
  const attempts: MediaStreamConstraints['video'][] = [
    { facingMode: { ideal: 'environment' }, width: { ideal: ideal.width }, height: { ideal: ideal.height } },
    { facingMode: { ideal: 'environment' } },
    true,
  ];
  for (const video of attempts) {
    try {
      const stream = await navigator.mediaDevices.getUserMedia({ video, audio: false });
      const track = stream.getVideoTracks()[0]!;
      const capabilities = (track.getCapabilities?.() ?? {}) as MediaTrackCapabilities & { torch?: boolean };
      return {
        stream,
        torch: Boolean(capabilities.torch),
        setTorch: (on) => track.applyConstraints({ advanced: [{ torch: on } as MediaTrackConstraintSet] }),
        release: () => {
          for (const each of stream.getTracks()) each.stop();
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
