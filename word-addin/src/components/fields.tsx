import type { ComponentChildren, JSX } from 'preact';
import { useId } from 'preact/hooks';

interface FieldProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Id for the control, so a validation summary can move focus to it. */
  id?: string | undefined;
}

function describedBy(hintId: string, errorId: string, hint?: string, error?: string): string | undefined {
  return [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
}

function Help({ hint, error, hintId, errorId }: { hint?: string | undefined; error?: string | undefined; hintId: string; errorId: string }) {
  return (
    <>
      {hint && (
        <span class="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      {error && (
        <span class="field-error" id={errorId}>
          {error}
        </span>
      )}
    </>
  );
}

type InputProps = FieldProps & {
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'number' | 'url' | 'date';
  autoComplete?: string;
  inputMode?: JSX.HTMLAttributes['inputMode'];
  placeholder?: string;
};

export function TextField({ label, hint, error, id, value, onInput, type = 'text', autoComplete = 'off', inputMode, placeholder }: InputProps) {
  const auto = useId();
  const inputId = id ?? auto;
  return (
    <div class="field">
      <label for={inputId}>{label}</label>
      <input
        id={inputId}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        placeholder={placeholder}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(`${inputId}-hint`, `${inputId}-error`, hint, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <Help hint={hint} error={error} hintId={`${inputId}-hint`} errorId={`${inputId}-error`} />
    </div>
  );
}

export function TextArea({ label, hint, error, id, value, onInput, rows = 3 }: FieldProps & { value: string; onInput: (value: string) => void; rows?: number }) {
  const auto = useId();
  const inputId = id ?? auto;
  return (
    <div class="field">
      <label for={inputId}>{label}</label>
      <textarea
        id={inputId}
        rows={rows}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(`${inputId}-hint`, `${inputId}-error`, hint, error)}
        onInput={(e) => onInput(e.currentTarget.value)}
      />
      <Help hint={hint} error={error} hintId={`${inputId}-hint`} errorId={`${inputId}-error`} />
    </div>
  );
}

export function SelectField({
  label,
  hint,
  error,
  id,
  value,
  onChange,
  children,
}: FieldProps & { value: string; onChange: (value: string) => void; children: ComponentChildren }) {
  const auto = useId();
  const inputId = id ?? auto;
  return (
    <div class="field">
      <label for={inputId}>{label}</label>
      <select
        id={inputId}
        value={value}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(`${inputId}-hint`, `${inputId}-error`, hint, error)}
        onChange={(e) => onChange(e.currentTarget.value)}
      >
        {children}
      </select>
      <Help hint={hint} error={error} hintId={`${inputId}-hint`} errorId={`${inputId}-error`} />
    </div>
  );
}

/** A group of radio buttons in a fieldset, its legend the question. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset class="radio-fieldset">
      <legend>{legend}</legend>
      <div class="radio-row">
        {options.map((o, i) => (
          <label key={o.value}>
            <input type="radio" id={`${name}-${i}`} name={name} value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} />
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function Checkbox({ label, checked, onChange }: { label: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label class="check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.currentTarget.checked)} />
      {label}
    </label>
  );
}

export type MessageKind = 'info' | 'success' | 'warning' | 'error';

export interface StatusMessage {
  kind: MessageKind;
  text: string;
  details?: string[];
  /** Technical words for support (Word's error, a code), shown only when the clerk opens them. */
  support?: string;
}

/** One message: its text, what it lists, and support's technical words behind a closed details line. */
export function MessageBox({ message, role }: { message: StatusMessage; role?: 'alert' }) {
  return (
    <div class={`message message-${message.kind}`} role={role}>
      <div>
        <p>{message.text}</p>
        {message.details && message.details.length > 0 && (
          <ul>
            {message.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
        {message.support && (
          <details class="support-details">
            <summary>Teknisk information</summary>
            <p>{message.support}</p>
          </details>
        )}
      </div>
    </div>
  );
}

/**
 * The view's live region: always in the DOM (screen readers only announce changes to a region
 * that already exists), showing the latest result of an action.
 */
export function StatusRegion({ message }: { message: StatusMessage | null }) {
  return (
    <div class="status-region" role="status" aria-live="polite" aria-atomic="true">
      {message && <MessageBox message={message} />}
    </div>
  );
}
