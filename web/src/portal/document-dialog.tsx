import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Procedure, SupportingDocument } from '../../../functions/src/portal/model.js';
import { useT } from '../platform/i18n.js';
import { ComputerForm } from './computer-form.js';
import { dialogStrings } from './dialog-strings.js';

export type DocumentView = Omit<SupportingDocument, 'fileKey'>;

/** Why the dialog opened: the guide's 'Add a supporting document', 'Attach' or 'Replace'. */
export type DialogIntent =
  | { action: 'add' }
  | { action: 'attach'; typeId: string }
  | { action: 'replace'; document: DocumentView };

export interface SourceProps {
  procedure: Procedure;
  intent: DialogIntent;
  onFiled(document: DocumentView): void;
  onBack(): void;
}

/** Where the document comes from. The phone ('My mobile app') joins this list with its own form. */
const sources = [
  { id: 'computer', label: 'myComputer', hint: 'myComputerHint', Form: ComputerForm },
] as const;

type SourceId = (typeof sources)[number]['id'];

export function DocumentDialog({
  procedure,
  intent,
  onClose,
  onFiled,
}: {
  procedure: Procedure;
  intent: DialogIntent;
  onClose(): void;
  onFiled(document: DocumentView): void;
}) {
  const t = useT(dialogStrings);
  const dialog = useRef<HTMLDialogElement>(null);
  const [sourceId, setSourceId] = useState<SourceId | undefined>(
    sources.length === 1 ? sources[0].id : undefined,
  );
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
          onBack={() => (sources.length > 1 ? setSourceId(undefined) : dialog.current?.close())}
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
