/** A labelled group of radio buttons: one choice among a few, each with an optional plain hint. */
export interface Choice<T extends string | boolean> {
  value: T;
  label: string;
  hint?: string;
}

export interface ChoiceFieldProps<T extends string | boolean> {
  /** Also the prefix of every id inside the group. */
  name: string;
  legend: string;
  /** About the whole group. */
  hint?: string;
  choices: Choice<T>[];
  value: T;
  onChoose: (value: T) => void;
}

export function ChoiceField<T extends string | boolean>({ name, legend, hint, choices, value, onChoose }: ChoiceFieldProps<T>) {
  return (
    <fieldset class="pm-field" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="pm-hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {choices.map((choice) => {
        const id = `${name}-${String(choice.value).replace(/[^a-z0-9]+/gi, '-')}`;
        return (
          <div class="pm-choice" key={id}>
            <input
              type="radio"
              id={id}
              name={name}
              value={String(choice.value)}
              checked={choice.value === value}
              aria-describedby={choice.hint ? `${id}-hint` : undefined}
              onChange={() => onChoose(choice.value)}
            />
            <label for={id}>{choice.label}</label>
            {choice.hint && (
              <p class="pm-hint" id={`${id}-hint`}>
                {choice.hint}
              </p>
            )}
          </div>
        );
      })}
    </fieldset>
  );
}
