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
  /**
   * A full-resolution still through `ImageCapture.takePhoto()` at the camera's largest photo size,
   * where the browser has it (Chrome on Android); null elsewhere or when it fails, and the caller
   * falls back to the video frame.
   */
  takeStill(): Promise<Still | null>;
  /** The size of the stills `takeStill` gives, when known (for the dpi a page will have). */
  stillSize(): Promise<{ width: number; height: number } | null>;
}

export interface Still {
  blob: Blob;
  width: number;
  height: number;
}

/** ImageCapture is not in TypeScript's DOM library (Chromium only). */
interface ImageCaptureLike {
  getPhotoCapabilities(): Promise<{ imageWidth?: { max?: number }; imageHeight?: { max?: number } }>;
  takePhoto(settings?: { imageWidth?: number; imageHeight?: number }): Promise<Blob>;
}
type ImageCaptureConstructor = new (track: MediaStreamTrack) => ImageCaptureLike;

function stillCamera(track: MediaStreamTrack) {
  const Capture = (globalThis as { ImageCapture?: ImageCaptureConstructor }).ImageCapture;
  let capture: ImageCaptureLike | undefined;
  let largest: Promise<{ width: number; height: number } | null> | undefined;
  const size = () => {
    if (!Capture) return Promise.resolve(null);
    capture ??= new Capture(track);
    largest ??= capture
      .getPhotoCapabilities()
      .then(({ imageWidth, imageHeight }) =>
        imageWidth?.max && imageHeight?.max ? { width: imageWidth.max, height: imageHeight.max } : null,
      )
      .catch(() => null);
    return largest;
  };
  const take = async (): Promise<Still | null> => {
    if (!Capture || track.readyState !== 'live') return null;
    try {
      const biggest = await size();
      const blob = await capture!.takePhoto(
        biggest ? { imageWidth: biggest.width, imageHeight: biggest.height } : undefined,
      );
      // The photo's own size (EXIF orientation applied, as it will be drawn).
      const bitmap = await createImageBitmap(blob);
      const still = { blob, width: bitmap.width, height: bitmap.height };
      bitmap.close();
      return still;
    } catch {
      return null;
    }
  };
  return { take, size };
}

/**
 * Where there are no stills, the page is a video frame: ask the track for the largest frame it can
 * give (phones start at a modest size even when asked for more). Best effort: a refusal keeps the
 * current size.
 */
export async function askForLargestFrames(camera: Camera) {
  if ('ImageCapture' in globalThis) return;
  const track = camera.stream.getVideoTracks()[0];
  const capabilities = track?.getCapabilities?.();
  const width = capabilities?.width?.max;
  const height = capabilities?.height?.max;
  if (!track || !width || !height) return;
  const settings = track.getSettings();
  if ((settings.width ?? 0) >= width) return;
  await track
    .applyConstraints({ ...track.getConstraints(), width: { ideal: width }, height: { ideal: height } })
    .catch(() => undefined);
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
      const still = stillCamera(track);
      return {
        takeStill: still.take,
        stillSize: still.size,
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
