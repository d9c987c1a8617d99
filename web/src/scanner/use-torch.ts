import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/** Torch is not yet in TypeScript's DOM types: Chrome for Android exposes it on the back camera. */
type TorchCapabilities = MediaTrackCapabilities & { torch?: boolean };

/**
 * The camera's light, where the camera has one (Chrome for Android; iPhones and desktops report
 * none, and then nothing is offered). Read from the live video's track once it plays.
 */
export function useTorch(video: RefObject<HTMLVideoElement | null>, ready: boolean) {
  const [track, setTrack] = useState<MediaStreamTrack>();
  const [on, setOn] = useState(false);

  useEffect(() => {
    if (!ready) {
      setTrack(undefined);
      setOn(false);
      return;
    }
    const current = (video.current?.srcObject as MediaStream | null)?.getVideoTracks()[0];
    const capabilities = current?.getCapabilities?.() as TorchCapabilities | undefined;
    setTrack(capabilities?.torch ? current : undefined);
  }, [video, ready]);

  const toggle = async () => {
    if (!track) return;
    const next = !on;
    try {
      await track.applyConstraints({ advanced: [{ torch: next } as MediaTrackConstraintSet] });
      setOn(next);
    } catch {
      setTrack(undefined);
    }
  };

  return { available: Boolean(track), on, toggle };
}
