// The time window of a briefing pack: since the last meeting, the last 3/6/12 months, or custom dates.
import type { WindowOption } from '../lib/briefing/builder-draft';

interface Props {
  value: WindowOption;
  customFrom: string;
  customTo: string;
  /** The window the pack covers, as the builder resolved it ("Since the last meeting (4 Mar 2025)"). */
  windowHint: string;
  onChange: (patch: { window?: WindowOption; customFrom?: string; customTo?: string }) => void;
}

const CHOICES: { value: WindowOption; label: string }[] = [
  { value: 'since-last', label: 'Since the last meeting' },
  { value: '3', label: 'Last 3 months' },
  { value: '6', label: 'Last 6 months' },
  { value: '12', label: 'Last 12 months' },
  { value: 'custom', label: 'Custom dates' },
];

/** Radio buttons, with two date fields when "Custom dates" is chosen. */
export function BriefingWindowField({ value, customFrom, customTo, windowHint, onChange }: Props) {
  return (
    <fieldset class="briefing-fieldset">
      <legend>Time window</legend>
      <div class="briefing-choices">
        {CHOICES.map((choice) => (
          <label class="checkbox" key={choice.value}>
            <input
              type="radio"
              name="briefing-window"
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChange({ window: choice.value })}
            />
            {choice.label}
          </label>
        ))}
      </div>
      {value === 'custom' && (
        <div class="briefing-dates">
          <div class="field">
            <label for="briefing-from">From</label>
            <input
              id="briefing-from"
              type="date"
              value={customFrom}
              onInput={(e) => onChange({ customFrom: e.currentTarget.value })}
            />
          </div>
          <div class="field">
            <label for="briefing-to">To</label>
            <input
              id="briefing-to"
              type="date"
              value={customTo}
              onInput={(e) => onChange({ customTo: e.currentTarget.value })}
            />
          </div>
        </div>
      )}
      {windowHint && (
        <p class="field-hint" data-testid="briefing-window">
          {windowHint}
        </p>
      )}
    </fieldset>
  );
}
