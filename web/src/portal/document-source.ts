import type { Procedure, SupportingDocument } from '../../../shared/model.js';

/**
 * What the 'Add a supporting document' dialog and its two sources ('My computer', 'My mobile app')
 * agree on. Kept apart from the dialog so a source form never imports the dialog that imports it.
 */

export type DocumentView = Omit<SupportingDocument, 'fileKey'>;

/** Why the dialog opened: the guide's 'Add a supporting document', 'Attach' or 'Replace'. */
export type DialogIntent =
  | { action: 'add' }
  | { action: 'attach'; typeId: string }
  | { action: 'replace'; document: DocumentView };

export interface SourceProps {
  procedure: Procedure;
  intent: DialogIntent;
  /** Filed: close the dialog and show the document. */
  onFiled(document: DocumentView): void;
  /** Filed while the dialog stays open (the phone's timeline): refresh the list behind it. */
  onAdded(document: DocumentView): void;
  onBack(): void;
}
