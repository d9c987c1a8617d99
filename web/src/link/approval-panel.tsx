import { useState } from 'preact/hooks';
import { FocusedHeading } from '../platform/focused-heading.js';
import { useT } from '../platform/i18n.js';
import { approvalStrings } from './approval-strings.js';
import type { Approval } from './use-link-code.js';

/**
 * The computer's question when a phone that typed the code asks to be linked (SECURITY.md row 52):
 * its name and browser, yes or no. It takes the focus when it appears, so nobody misses it.
 */
export function ApprovalPanel({
  approval,
  onDecide,
}: {
  approval: Approval;
  onDecide(approve: boolean, deviceName: string): Promise<void>;
}) {
  const t = useT(approvalStrings);
  const [busy, setBusy] = useState(false);

  const decide = async (approve: boolean) => {
    setBusy(true);
    await onDecide(approve, approval.deviceName);
    setBusy(false);
  };

  return (
    <section class="card approval" aria-labelledby="approval-title">
      {/* Another phone asking is a new question: its heading takes the focus again. */}
      <FocusedHeading key={approval.deviceName} level={2} id="approval-title">
        {t('approveTitle')}
      </FocusedHeading>
      <p>{t('approveText', { device: approval.deviceName, browser: approval.browser })}</p>
      <p>{t('approveWarning')}</p>
      <div class="approval__actions">
        <button type="button" class="button button--primary" disabled={busy} onClick={() => decide(true)}>
          {t('approveYes')}
        </button>
        <button type="button" class="button" disabled={busy} onClick={() => decide(false)}>
          {t('approveNo')}
        </button>
      </div>
    </section>
  );
}
