// Chips with type-ahead: type to filter, arrows to move, Enter to add, Backspace on empty removes the last chip.
import { useId, useMemo, useState } from 'preact/hooks';
import { matchesTyped } from '../lib/text/typed-match';

/** Something that can be chosen: a KOL or a therapeutic area. */
export interface ChipOption {
  id: string;
  label: string;
  /** Shown after the label in the list (institution, area path). */
  detail?: string;
  color?: string;
}

/** An option offered before the user types, with why. */
export interface ChipSuggestion {
  id: string;
  reason: string;
}

interface Props {
  label: string;
  options: ChipOption[];
  selected: string[];
  suggestions?: ChipSuggestion[];
  placeholder?: string;
  onAdd: (id: string, how: 'manual' | 'suggestion') => void;
  onRemove: (id: string) => void;
  /** What to say when no option matches, e.g. how to create one. */
  emptyHint?: string;
}

const MAX_SHOWN = 8;

/** A keyboard-operable multi-select over a known list. */
export function ChipInput({
  label,
  options,
  selected,
  suggestions = [],
  placeholder,
  onAdd,
  onRemove,
  emptyHint,
}: Props) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState(false);
  const byId = useMemo(() => new Map(options.map((o) => [o.id, o])), [options]);
  const matchesFor = (text: string): ChipOption[] => {
    return options
      .filter((o) => !selected.includes(o.id))
      .filter((o) => matchesTyped(text, `${o.label} ${o.detail ?? ''}`))
      .slice(0, MAX_SHOWN);
  };
  const matches = useMemo(() => matchesFor(query), [options, selected, query]);
  const pending = suggestions.filter((s) => !selected.includes(s.id) && byId.has(s.id));
  const showList = open && query.trim() !== '';

  function add(optionId: string, how: 'manual' | 'suggestion') {
    onAdd(optionId, how);
    setQuery('');
    setActive(0);
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (event.key === 'Enter') {
      // Enter picks from the list; it never submits the surrounding form from here. The list is read
      // from the field itself, so a key pressed before the last keystroke re-rendered still counts.
      event.preventDefault();
      const typed = (event.currentTarget as HTMLInputElement).value;
      const choice = typed.trim() ? matchesFor(typed)[typed === query ? active : 0] : undefined;
      if (choice) add(choice.id, 'manual');
    } else if (event.key === 'Escape' && showList) {
      event.preventDefault();
      event.stopPropagation();
      setQuery('');
    } else if (event.key === 'Backspace' && query === '' && selected.length > 0) {
      onRemove(selected[selected.length - 1] ?? '');
    }
  }

  return (
    <div class="chip-input">
      <label class="chip-input-label" for={`${id}-input`}>
        {label}
      </label>
      {pending.length > 0 && (
        <div class="chip-suggestions" role="group" aria-label={`Suggested ${label}`}>
          {pending.map((s) => (
            <button
              type="button"
              class="suggestion"
              key={s.id}
              onClick={() => add(s.id, 'suggestion')}
              title={`Add ${byId.get(s.id)?.label}: ${s.reason}`}
            >
              <span aria-hidden="true">+</span> <span class="suggestion-name">{byId.get(s.id)?.label}</span>
              <span class="suggestion-reason">{s.reason}</span>
            </button>
          ))}
        </div>
      )}
      <div class="chip-input-box">
        {selected.map((sid) => {
          const option = byId.get(sid);
          return (
            <span class="chip chip-selected" key={sid}>
              {option?.color && (
                <span class="chip-dot" style={{ background: option.color }} aria-hidden="true" />
              )}
              {option?.label ?? 'Unknown'}
              <button
                type="button"
                class="chip-remove"
                aria-label={`Remove ${option?.label ?? 'item'}`}
                onClick={() => onRemove(sid)}
              >
                ×
              </button>
            </span>
          );
        })}
        <input
          id={`${id}-input`}
          role="combobox"
          aria-expanded={showList}
          aria-controls={`${id}-list`}
          aria-autocomplete="list"
          aria-activedescendant={showList && matches[active] ? `${id}-opt-${active}` : undefined}
          value={query}
          placeholder={selected.length ? '' : placeholder}
          onInput={(event) => {
            setQuery(event.currentTarget.value);
            setActive(0);
            setOpen(true);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setOpen(false), 150)}
        />
      </div>
      {showList && (
        <ul class="chip-options" id={`${id}-list`} role="listbox" aria-label={label}>
          {matches.map((o, index) => (
            <li
              key={o.id}
              id={`${id}-opt-${index}`}
              role="option"
              aria-selected={index === active}
              class={index === active ? 'active' : undefined}
              onMouseDown={(event) => {
                event.preventDefault();
                add(o.id, 'manual');
              }}
            >
              {o.label}
              {o.detail && <span class="meta-line"> · {o.detail}</span>}
            </li>
          ))}
          {matches.length === 0 && <li class="chip-options-empty">{emptyHint ?? 'No match.'}</li>}
        </ul>
      )}
    </div>
  );
}
