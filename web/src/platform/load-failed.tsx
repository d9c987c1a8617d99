import type { ApiFailure } from './api.js';
import { useLanguage } from './i18n.js';

/**
 * A page's load that failed (useAsync's error): the API's reason in the citizen's language and a
 * button that loads again. The button's words are the feature's own ('retry' in its strings).
 */
export function LoadFailed({
  error,
  retryLabel,
  onRetry,
}: {
  error: ApiFailure;
  retryLabel: string;
  onRetry: () => void;
}) {
  const { language } = useLanguage();
  return (
    <div class="notice notice--error" role="alert">
      <p>{error.describe(language)}</p>
      <button type="button" class="button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
