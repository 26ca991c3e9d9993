// The conflicts of an exchange import, one group each: what differs, both versions side by side, and
// the user's choice between keeping theirs or mine (mine is the default: nothing changes unasked).
import type { ConflictChoice, ExchangeConflict, Language } from '../../../../shared/contract';
import { fieldLabel, typeLabel, xs } from '../../i18n/exchangeStrings';

interface Props {
  readonly language: Language;
  readonly conflicts: readonly ExchangeConflict[];
  readonly choices: Readonly<Record<string, ConflictChoice>>;
  readonly onChoose: (id: string, choice: ConflictChoice) => void;
  readonly disabled: boolean;
}

export function ConflictChoices({ language, conflicts, choices, onChoose, disabled }: Props) {
  return (
    <ol className="exchange-conflicts" data-testid="exchange-conflicts">
      {conflicts.map((conflict) => {
        const chosen = choices[conflict.id] ?? conflict.choice ?? 'keep-mine';
        return (
          <li key={`${conflict.type}:${conflict.id}`}>
            <fieldset disabled={disabled}>
              <legend>
                {typeLabel(language, conflict.type)}: <bdi>{conflict.label}</bdi>
              </legend>
              <table>
                <thead>
                  <tr>
                    <th scope="col">{xs(language, 'field')}</th>
                    <th scope="col">{xs(language, 'mine')}</th>
                    <th scope="col">{xs(language, 'theirs')}</th>
                  </tr>
                </thead>
                <tbody>
                  {conflict.fields.map((field) => (
                    <tr key={field}>
                      <th scope="row">{fieldLabel(language, field)}</th>
                      <td>
                        <bdi>{conflict.mine[field] || xs(language, 'empty')}</bdi>
                      </td>
                      <td>
                        <bdi>{conflict.theirs[field] || xs(language, 'empty')}</bdi>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {(['keep-mine', 'take-theirs'] as const).map((choice) => (
                <label key={choice} className="exchange-choice">
                  <input
                    type="radio"
                    name={`exchange-choice-${conflict.id}`}
                    value={choice}
                    checked={chosen === choice}
                    onChange={() => onChoose(conflict.id, choice)}
                  />
                  {xs(language, choice === 'keep-mine' ? 'keepMine' : 'takeTheirs')}
                </label>
              ))}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
