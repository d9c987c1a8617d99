import { useT } from '../platform/i18n.js';
import { Icon } from './icons.js';
import type { Problem, Quality } from './quality.js';
import { pictureStrings } from './strings.js';

const labels = {
  blurry: ['problemBlurry', 'reasonBlurry'],
  glare: ['problemGlare', 'reasonGlare'],
  cutOff: ['problemCutOff', 'reasonCutOff'],
  lowResolution: ['problemLowResolution', 'reasonLowResolution'],
} as const satisfies Record<Problem, readonly [string, string]>;

/** What the quality gate found on a page, each with its reason and what to do. */
export function ProblemList({ quality }: { quality: Quality }) {
  const t = useT(pictureStrings);
  return (
    <div class="notice notice--warning page-item__problems">
      <p>
        <Icon name="warning" /> {t('checkPage')}
      </p>
      <ul>
        {quality.problems.map((problem) => (
          <li key={problem}>
            <strong>{t(labels[problem][0], { dpi: quality.dpi })}</strong> –{' '}
            {t(labels[problem][1], { dpi: quality.dpi })}
          </li>
        ))}
      </ul>
    </div>
  );
}
