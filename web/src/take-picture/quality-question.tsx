import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../platform/i18n.js';
import type { CapturedPage } from './page-store.js';
import type { Quality } from './quality.js';
import { pictureStrings } from './strings.js';

/** The quality gate's question about the page just taken. */
export interface Gate {
  page: CapturedPage;
  quality: Quality;
}

const questions = { blurry: 'qualityBlurry', glare: 'qualityGlare', cutOff: 'qualityCutOff' } as const;
const reasons = { blurry: 'reasonBlurry', glare: 'reasonGlare', cutOff: 'reasonCutOff' } as const;

/**
 * "This page looks blurry. Retake?" with the reason, over the camera: the citizen retakes it or
 * keeps it. Focus goes to 'Retake'; automatic mode waits for the answer.
 */
export function GatePrompt({ gate, onAnswer }: { gate: Gate; onAnswer(retake: boolean): void }) {
  const t = useT(pictureStrings);
  const retake = useRef<HTMLButtonElement>(null);
  // Keyed by the page (camera-screen.tsx): each page's question is a new prompt, focused as it opens.
  useEffect(() => retake.current?.focus(), []);
  const shown = gate.quality.problems.filter((problem) => problem !== 'lowResolution') as (
    | 'blurry'
    | 'glare'
    | 'cutOff'
  )[];
  const first = shown[0] ?? 'blurry';
  return (
    <div
      class="camera__gate"
      role="alertdialog"
      aria-labelledby="gate-question"
      aria-describedby="gate-reasons"
    >
      <h2 id="gate-question">{t(questions[first])}</h2>
      <ul id="gate-reasons">
        {shown.map((problem) => (
          <li key={problem}>{t(reasons[problem])}</li>
        ))}
        {gate.quality.problems.includes('lowResolution') && (
          <li>{t('reasonLowResolution', { dpi: gate.quality.dpi })}</li>
        )}
      </ul>
      <div class="camera__gate-actions">
        <button ref={retake} type="button" class="button button--primary" onClick={() => onAnswer(true)}>
          {t('retake')}
        </button>
        <button type="button" class="button" onClick={() => onAnswer(false)}>
          {t('keepPage')}
        </button>
      </div>
    </div>
  );
}
