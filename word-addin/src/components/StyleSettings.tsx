import { useState } from 'preact/hooks';
import type { EntryStyleNames } from '../../../core/ooxml/styles.ts';
import { BUILT_IN_STYLE_NAMES, loadSavedStyleNames, saveStyleNames } from '../style-settings.ts';
import { TextField } from './fields.tsx';

/** Word's built-in style each name falls back to, as Swedish Word names it. */
const FIELDS: { key: keyof EntryStyleNames; label: string; builtIn: string }[] = [
  { key: 'entryHeading', label: 'Format för paragrafrubriken', builtIn: 'Rubrik 2' },
  { key: 'sectionHeading', label: 'Format för underrubrikerna', builtIn: 'Rubrik 3' },
  { key: 'body', label: 'Format för brödtexten', builtIn: 'Normal' },
];

/** The style names in the pane's settings: the organisation's template's, when it has its own. */
export function StyleSettings() {
  const [names, setNames] = useState<EntryStyleNames>(loadSavedStyleNames);
  return (
    <fieldset class="style-settings">
      <legend>Format i dokumentet</legend>
      <p class="field-hint">
        Nya paragrafer skrivs med dokumentets egna format. Ange namnen som Word visar om mallen har egna format för paragraferna.
      </p>
      {FIELDS.map((f) => (
        <TextField
          key={f.key}
          id={`set-style-${f.key}`}
          label={f.label}
          hint={`Tomt: ${BUILT_IN_STYLE_NAMES[f.key] || f.builtIn}.`}
          value={names[f.key] ?? ''}
          onInput={(v) => {
            const next = { ...names, [f.key]: v };
            setNames(next);
            saveStyleNames(next);
          }}
        />
      ))}
    </fieldset>
  );
}
