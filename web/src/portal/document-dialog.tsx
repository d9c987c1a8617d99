import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Procedure } from '../../../shared/model.js';
import { MobileForm } from '../add-document/mobile-form.js';
import { useT } from '../platform/i18n.js';
import { ComputerForm } from './computer-form.js';
import { dialogStrings } from './dialog-strings.js';
import type { DialogIntent, DocumentView } from './document-source.js';

/** Where the document comes from: the guide's 'My computer' and 'My mobile app'. */
const sources = [
  { id: 'computer', label: 'myComputer', hint: 'myComputerHint', Form: ComputerForm },
  { id: 'phone', label: 'myMobileApp', hint: 'myMobileAppHint', Form: MobileForm },
] as const;

type SourceId = (typeof sources)[number]['id'];

export function DocumentDialog({
  procedure,
  intent,
  onClose,
  onFiled,
  onAdded,
}: {
  procedure: Procedure;
  intent: DialogIntent;
  onClose(): void;
  onFiled(document: DocumentView): void;
  onAdded(document: DocumentView): void;
}) {
  const t = useT(dialogStrings);
  const dialog = useRef<HTMLDialogElement>(null);
  const [sourceId, setSourceId] = useState<SourceId>();
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const source = sources.find((candidate) => candidate.id === sourceId);
  const title = intent.action === 'add' ? t('addTitle') : t('attachTitle');
  return (
    <dialog ref={dialog} class="dialog" aria-labelledby="document-dialog-title" onClose={onClose}>
      <div class="dialog__header">
        <h2 id="document-dialog-title">{title}</h2>
        <button
          type="button"
          class="button button--quiet dialog__close"
          onClick={() => dialog.current?.close()}
        >
          {t('close')}
        </button>
      </div>
      {intent.action === 'replace' && (
        <p class="dialog__context">{t('replacing', { name: intent.document.name })}</p>
      )}
      {source ? (
        <source.Form
          procedure={procedure}
          intent={intent}
          onFiled={onFiled}
          onAdded={onAdded}
          onBack={() => setSourceId(undefined)}
        />
      ) : (
        <SourceChoice>
          {sources.map((candidate) => (
            <li key={candidate.id}>
              <button type="button" class="source-choice" onClick={() => setSourceId(candidate.id)}>
                <strong>{t(candidate.label)}</strong>
                <span>{t(candidate.hint)}</span>
              </button>
            </li>
          ))}
        </SourceChoice>
      )}
    </dialog>
  );
}

function SourceChoice({ children }: { children: ComponentChildren }) {
  const t = useT(dialogStrings);
  return (
    <fieldset class="source-choices">
      <legend>{t('howToAdd')}</legend>
      <ul>{children}</ul>
    </fieldset>
  );
}
