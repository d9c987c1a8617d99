import { useEffect, useRef, useState } from 'preact/hooks';
import { useT } from '../platform/i18n.js';
import { parseScannedCode, type ScanPurpose } from './parse-scanned-code.js';
import { scannerStrings } from './strings.js';
import { typedCodeStrings } from './typed-code-strings.js';
import { type ScanProblem, useCameraScan } from './use-camera-scan.js';
import { useTorch } from './use-torch.js';

/** How long the camera looks without finding a code before the screen suggests what to change. */
export const HINT_AFTER_MS = 10_000;

const refusal = {
  not_ours: 'notOurs',
  other_site: 'otherSite',
  not_secure: 'notSecure',
} as const;

/** The live camera with its frame; hands over the first QR of ours, says why others are ignored. */
export function Viewfinder({
  purpose,
  onCode,
  onProblem,
}: {
  purpose: ScanPurpose;
  onCode(token: string): void;
  onProblem(problem: ScanProblem): void;
}) {
  const t = useT(scannerStrings);
  const video = useRef<HTMLVideoElement>(null);
  const [message, setMessage] = useState('');
  const help = useT(typedCodeStrings);
  /** The message (or the silence, '') that has lasted HINT_AFTER_MS: the hint follows it until it changes. */
  const [hintAfter, setHintAfter] = useState<string>();

  const ready = useCameraScan(
    video,
    (texts) => {
      const results = texts.map((text) => parseScannedCode(text, purpose, location.origin));
      const accepted = results.find((result) => result.ok);
      if (accepted) {
        onCode(accepted.token);
        return true;
      }
      const { reason } = results[0] as Extract<(typeof results)[number], { ok: false }>;
      if (reason === 'wrong_purpose')
        setMessage(t(purpose === 'link' ? 'wrongPurposeLink' : 'wrongPurposeAdd'));
      else setMessage(t(refusal[reason], { site: location.host }));
      return false;
    },
    onProblem,
  );
  const torch = useTorch(video, ready);

  // Restarted by each refused code too: the camera is seeing something, just not ours.
  useEffect(() => {
    setHintAfter(undefined);
    if (!ready) return;
    const timer = setTimeout(() => setHintAfter(message), HINT_AFTER_MS);
    return () => clearTimeout(timer);
  }, [ready, message]);
  const hint = ready && hintAfter === message;

  return (
    <>
      {/* The picture is for the eyes only; the instruction and the status below say what matters. */}
      <div class="scanner__viewport" aria-hidden="true">
        <video ref={video} class="scanner__video" playsInline muted />
        <div class="scanner__frame" />
      </div>
      <p class="scanner__instruction" aria-live="polite">
        {ready ? t('holdStill') : t('starting')}
      </p>
      <p role="status" class={message ? 'notice notice--warning scanner__message' : 'scanner__message'}>
        {message}
      </p>
      <p role="status" class={hint ? 'notice notice--info scanner__hint' : 'scanner__hint'}>
        {hint ? help('hint') : ''}
      </p>
      {torch.available && (
        <button type="button" class="button button--block" onClick={torch.toggle}>
          {help(torch.on ? 'torchOff' : 'torchOn')}
        </button>
      )}
    </>
  );
}
