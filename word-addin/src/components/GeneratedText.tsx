import { TextArea } from './fields.tsx';

/** Tall enough to read the generated text without scrolling, within reason at 320 px. */
const rowsFor = (text: string) => Math.min(14, Math.max(4, Math.ceil(text.length / 34) + text.split('\n').length));

/**
 * Text the pane writes from what the clerk entered (Beslutsgång, Omröstning), editable before
 * insertion; once edited it stays as the clerk wrote it until they ask for it to be written anew.
 */
export function GeneratedText(props: {
  id: string;
  label: string;
  generated: string | null;
  edited: string | null;
  /** Shown while there is nothing to generate from yet. */
  emptyHint: string;
  regenerateLabel: string;
  onEdit: (text: string | null) => void;
}) {
  const value = props.edited ?? props.generated ?? '';
  return (
    <>
      <TextArea
        id={props.id}
        label={`${props.label} (skapas av det du fyllt i, kan redigeras)`}
        rows={rowsFor(value)}
        hint={props.generated === null && props.edited === null ? props.emptyHint : undefined}
        value={value}
        onInput={props.onEdit}
      />
      {props.edited !== null && (
        <button type="button" class="btn btn-subtle" onClick={() => props.onEdit(null)}>
          {props.regenerateLabel}
        </button>
      )}
    </>
  );
}
