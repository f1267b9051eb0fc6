// The control of a location question ("where is the problem"). Rendered on the server it is a
// plain text input the CMS resolves against the city's address points; once the island runs with
// the browser's services it becomes an ARIA 1.2 combobox (list autocomplete, the list's options
// chosen with the arrow keys and Enter, Escape closing it) with a "Use my location" button.
// Statuses (how many suggestions, a chosen address, a location failure) are announced politely.
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import { ADDRESS_QUERY, insideCity, type AddressSuggestion, type LocationAnswer } from '@city/shared/forms';
import { interpolate, plural } from '../../lib/format';
import type { RequestFormMessages } from '../model';
import { LocateError, type LocateFailure, type LocationServices } from './services';
import { chosenPoint, chosenValue, locationText, positionValue, type LocationValue } from './value';

export interface LocationControlProps {
  id: string;
  /** The question, which also names the list of suggestions. */
  label: string;
  name: string;
  value: LocationValue;
  locale: string;
  messages: RequestFormMessages;
  /** The hint's and error's ids, as the frame renders them. */
  describedBy: string | undefined;
  invalid: boolean | undefined;
  /** Absent on the server and before the island runs: a plain text input then. */
  services?: LocationServices | undefined;
  onChange(value: LocationValue): void;
}

/** Waits this long after the last keystroke before searching, so typing sends few requests. */
const SEARCH_DELAY_MS = 250;

type Status = { kind: 'idle' } | { kind: 'found'; count: number } | { kind: 'none' } | { kind: 'failed' } | { kind: 'locating' } | { kind: 'located' } | { kind: 'chosen' } | { kind: LocateFailure | 'outside' };

export function LocationControl({ id, label, name, value, locale, messages, describedBy, invalid, services, onChange }: LocationControlProps) {
  const text = locationText(value);
  const listId = `${id}-suggestions`;
  const statusId = useId();
  const [query, setQuery] = useState<string | undefined>();
  const [suggestions, setSuggestions] = useState<AddressSuggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const words = messages.location;

  // Searches what the resident typed, after a pause; a newer keystroke cancels the older search.
  useEffect(() => {
    if (!services || query === undefined) return;
    if (query.trim().length < ADDRESS_QUERY.min) {
      setSuggestions([]);
      setOpen(false);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(() => {
      services.search(query, controller.signal).then(
        (found) => {
          setSuggestions(found);
          setOpen(found.length > 0);
          setActive(-1);
          setStatus(found.length > 0 ? { kind: 'found', count: found.length } : { kind: 'none' });
        },
        () => {
          if (controller.signal.aborted) return;
          setSuggestions([]);
          setOpen(false);
          setStatus({ kind: 'failed' });
        },
      );
    }, SEARCH_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [services, query]);

  if (!services) {
    return (
      <input className={`usa-input${invalid ? ' usa-input--error' : ''}`} id={id} name={name} type="text" autoComplete="street-address" value={text} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => onChange(event.target.value)} />
    );
  }

  const choose = (suggestion: AddressSuggestion) => {
    onChange(chosenValue(suggestion));
    setQuery(undefined);
    setOpen(false);
    setActive(-1);
    setStatus({ kind: 'chosen' });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const count = suggestions.length;
    if (event.key === 'ArrowDown' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (open ? (current + 1) % count : 0));
    } else if (event.key === 'ArrowUp' && count > 0) {
      event.preventDefault();
      setOpen(true);
      setActive((current) => (open && current > 0 ? current - 1 : count - 1));
    } else if (event.key === 'Enter' && open && active >= 0) {
      // Choosing a suggestion, not sending the form.
      event.preventDefault();
      const suggestion = suggestions[active];
      if (suggestion) choose(suggestion);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    }
  };

  const locate = services.locate;
  const useMine = async () => {
    if (!locate || status.kind === 'locating') return;
    setStatus({ kind: 'locating' });
    try {
      const point = await locate();
      if (!insideCity(point)) {
        setStatus({ kind: 'outside' });
        return;
      }
      onChange(positionValue(point));
      setQuery(undefined);
      setOpen(false);
      setStatus({ kind: 'located' });
    } catch (error) {
      setStatus({ kind: error instanceof LocateError ? error.kind : 'unavailable' });
    }
  };

  const chosen = chosenPoint(value);
  const message = statusMessage(status, words, locale, chosen);
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className="request-location">
      <input
        className={`usa-input${invalid ? ' usa-input--error' : ''}`}
        id={id}
        name={name}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-describedby={[describedBy, statusId].filter(Boolean).join(' ')}
        aria-invalid={invalid}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          onChange(event.target.value);
          setQuery(event.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul className="request-location__list" id={listId} role="listbox" aria-label={label} hidden={!open}>
        {suggestions.map((suggestion, index) => (
          <li
            key={`${suggestion.address}-${index}`}
            id={optionId(index)}
            role="option"
            aria-selected={index === active}
            className={`request-location__option${index === active ? ' request-location__option--active' : ''}`}
            // Keeps the focus in the box, so the click chooses before the blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(suggestion)}
          >
            {suggestion.address}
            {suggestion.place && <span className="request-location__place"> · {suggestion.place}</span>}
          </li>
        ))}
      </ul>
      <p className="request-location__status" id={statusId} role="status" aria-live="polite">
        {message}
      </p>
      {locate && (
        // aria-disabled, not disabled, while locating: a disabled button drops the keyboard's focus to the page.
        <button type="button" className="usa-button usa-button--outline request-location__mine" aria-disabled={status.kind === 'locating' ? true : undefined} onClick={() => void useMine()}>
          {words.useMine}
        </button>
      )}
    </div>
  );
}

function statusMessage(status: Status, words: RequestFormMessages['location'], locale: string, chosen: LocationAnswer | undefined): string {
  switch (status.kind) {
    case 'idle':
      return chosen ? interpolate(words.chosen, { address: chosen.address }, locale) : '';
    case 'found':
      return plural(words, 'suggestions', status.count, locale);
    case 'none':
      return words.noSuggestions;
    case 'failed':
      return words.searchFailed;
    case 'locating':
      return words.locating;
    case 'chosen':
      return chosen ? interpolate(words.chosen, { address: chosen.address }, locale) : '';
    case 'located':
      return chosen ? interpolate(words.yourLocation, { lat: String(Number(chosen.lat.toFixed(5))), long: String(Number(chosen.long.toFixed(5))) }, locale) : '';
    case 'denied':
      return words.denied;
    case 'unavailable':
      return words.unavailable;
    case 'unsupported':
      return words.unsupported;
    case 'outside':
      return words.outside;
  }
}
