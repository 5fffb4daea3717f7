import type { ComponentChildren } from 'preact';

/**
 * A labelled form field with its help text, its error and, when policy fixes it, a lock notice:
 * all tied to the control with aria-describedby so a screen reader reads them with the field.
 */
export function Field(props: {
  id: string;
  label: string;
  help?: ComponentChildren;
  error?: string | undefined;
  locked?: boolean;
  children: (aria: { id: string; 'aria-describedby': string; 'aria-invalid': boolean; readOnly: boolean }) => ComponentChildren;
}) {
  const { id, label, help, error, locked = false } = props;
  const described = [help && `${id}-help`, locked && `${id}-lock`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class={`field${error ? ' field-invalid' : ''}`}>
      <label for={id}>
        {label}
        {locked && <span class="lock-mark" aria-hidden="true"> 🔒</span>}
      </label>
      {props.children({ id, 'aria-describedby': described, 'aria-invalid': Boolean(error), readOnly: locked })}
      {help && (
        <p id={`${id}-help`} class="help">
          {help}
        </p>
      )}
      {locked && (
        <p id={`${id}-lock`} class="locked">
          Låst av administratören (policy).
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="error">
          {error}
        </p>
      )}
    </div>
  );
}
