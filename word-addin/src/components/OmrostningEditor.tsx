// A vote (omröstning) gets its own editor because a vote is counted in two ways, as totals (always
// when it is secret) or member by member, and the two proposals put to the vote are chosen from
// the yrkanden, so the form must follow the yrkanden as they are edited.
import { Checkbox, RadioGroup, SelectField, TextField } from './fields.tsx';
import { rowKey, type MemberVoteDraft, type OmrostningDraft, type YrkandeDraft } from '../form/entry-draft.ts';
import type { Vote } from '../../../core/templates/index.ts';
import { yrkandeLabel } from './YrkandenEditor.tsx';
import { focusLater } from './focus.ts';

const VOTE_OPTIONS: readonly { value: Vote; label: string }[] = [
  { value: 'ja', label: 'Ja' },
  { value: 'nej', label: 'Nej' },
  { value: 'avstar', label: 'Avstår' },
];

function ProposalOptions({ yrkanden }: { yrkanden: YrkandeDraft[] }) {
  return (
    <>
      <option value="liggande">Liggande förslag</option>
      {yrkanden.map((y, i) =>
        y.kind === 'eget' || y.kind === 'avslag' ? (
          <option key={y.key} value={String(i)}>
            {yrkandeLabel(y, i)}
          </option>
        ) : null,
      )}
    </>
  );
}

export function OmrostningEditor({
  value,
  yrkanden,
  onChange,
  errorAt,
}: {
  value: OmrostningDraft;
  yrkanden: YrkandeDraft[];
  onChange: (next: OmrostningDraft) => void;
  errorAt: (path: string) => string | undefined;
}) {
  const update = (patch: Partial<OmrostningDraft>) => onChange({ ...value, ...patch });
  const setMember = (i: number, patch: Partial<MemberVoteDraft>) => update({ members: value.members.map((m, k) => (k === i ? { ...m, ...patch } : m)) });
  const addMember = () => {
    update({ members: [...value.members, { key: rowKey(), name: '', party: '', vote: 'ja' }] });
    focusLater(`np-member-${value.members.length}-name`);
  };
  const removeMember = (i: number) => {
    update({ members: value.members.filter((_, k) => k !== i) });
    focusLater('np-add-member');
  };
  return (
    <fieldset>
      <legend>Omröstning</legend>
      <Checkbox label="Omröstning begärdes" checked={value.enabled} onChange={(enabled) => update({ enabled })} />
      {value.enabled && (
        <>
          <SelectField id="np-vote-ja" label="Ja-röst för bifall till" value={value.ja} error={errorAt('omrostning.ja')} onChange={(ja) => update({ ja })}>
            <ProposalOptions yrkanden={yrkanden} />
          </SelectField>
          <SelectField id="np-vote-nej" label="Nej-röst för bifall till" value={value.nej} error={errorAt('omrostning.nej')} onChange={(nej) => update({ nej })}>
            <ProposalOptions yrkanden={yrkanden} />
          </SelectField>
          <Checkbox label="Sluten omröstning" checked={value.sluten} onChange={(sluten) => update({ sluten, ...(sluten ? { mode: 'count' as const } : {}) })} />
          {!value.sluten && (
            <RadioGroup
              legend="Resultat anges"
              name="np-vote-mode"
              value={value.mode}
              options={[
                { value: 'count', label: 'Som antal röster' },
                { value: 'members', label: 'Per ledamot' },
              ]}
              onChange={(mode) => update({ mode })}
            />
          )}
          {value.mode === 'count' || value.sluten ? (
            <div class="row" id="np-vote-count">
              <TextField id="np-vote-ja-count" label="Ja" type="number" inputMode="numeric" value={value.jaCount} error={errorAt('omrostning.count.ja')} onInput={(jaCount) => update({ jaCount })} />
              <TextField id="np-vote-nej-count" label="Nej" type="number" inputMode="numeric" value={value.nejCount} error={errorAt('omrostning.count.nej')} onInput={(nejCount) => update({ nejCount })} />
              <TextField id="np-vote-avstar-count" label="Avstår" type="number" inputMode="numeric" value={value.avstarCount} error={errorAt('omrostning.count.avstar')} onInput={(avstarCount) => update({ avstarCount })} />
            </div>
          ) : (
            <div>
              {value.members.map((m, i) => (
                <div class="repeat-item" key={m.key} role="group" aria-label={`Ledamot ${i + 1}`}>
                  <div class="row">
                    <TextField id={`np-member-${i}-name`} label="Ledamot" value={m.name} error={errorAt(`omrostning.members.${i}.name`) ?? errorAt(`omrostning.members.${i}`)} onInput={(name) => setMember(i, { name })} />
                    <div class="narrow">
                      <TextField id={`np-member-${i}-party`} label="Parti" value={m.party} onInput={(party) => setMember(i, { party })} />
                    </div>
                  </div>
                  <div class="repeat-item-header">
                    <RadioGroup legend={`Röst, ledamot ${i + 1}`} name={`np-member-${i}-vote`} value={m.vote} options={VOTE_OPTIONS} onChange={(vote) => setMember(i, { vote })} />
                    <button type="button" class="btn btn-subtle" onClick={() => removeMember(i)} aria-label={`Ta bort ledamot ${i + 1}`}>
                      Ta bort
                    </button>
                  </div>
                </div>
              ))}
              <button type="button" id="np-add-member" class="btn" onClick={addMember}>
                Lägg till ledamot
              </button>
            </div>
          )}
          <SelectField
            id="np-vote-utslag"
            label="Ordförandes utslagsröst vid lika röstetal"
            value={value.utslagsrost}
            error={errorAt('omrostning.utslagsrost')}
            onChange={(v) => update({ utslagsrost: v as OmrostningDraft['utslagsrost'] })}
          >
            <option value="">Ingen (inte lika)</option>
            <option value="ja">Ja</option>
            <option value="nej">Nej</option>
          </SelectField>
          {errorAt('omrostning.count') && <p class="field-error">{errorAt('omrostning.count')}</p>}
          {errorAt('omrostning') && <p class="field-error">{errorAt('omrostning')}</p>}
        </>
      )}
    </fieldset>
  );
}
