import type { DocumentSnapshot } from '../../../core/addin/snapshot.ts';
import type { BodyName } from '../../../core/templates/index.ts';
import type { DocumentGateway } from '../gateway/gateway.ts';

/** What the app shell gives every view: the document, a way to read it again, and the organ that met. */
export interface ViewProps {
  gateway: DocumentGateway;
  snapshot: DocumentSnapshot | null;
  /** Reads the document again (after an edit, or before planning one). */
  refresh: () => Promise<DocumentSnapshot>;
  body: BodyName;
  /** The host cannot run the add-in (WordApi 1.3 missing). */
  disabled: boolean;
}
