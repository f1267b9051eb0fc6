// Named examples of the location question's control with the island's services: documentation,
// unit-test fixtures and accessibility coverage (LocationControl.unit.test.tsx).
import type { AddressSuggestion } from '@city/shared/forms';
import { resources } from '@city/shared/i18n';
import type { LocationControlProps } from './LocationControl';
import { LocateError, type LocationServices } from './services';

/** Part of the demo's address points (cms/src/seed/content/address-points.ts). */
export const demoSuggestions: AddressSuggestion[] = [
  { address: '301 King St', lat: 38.8048, long: -77.0432, place: 'City Hall' },
  { address: '3210 King St', lat: 38.8186, long: -77.0876, place: 'Chinquapin Park Recreation Center' },
  { address: '520 King St', lat: 38.8049, long: -77.0464, place: 'Courthouse' },
];

/** A search over the demo suggestions, as the CMS answers it (addresses containing the words typed). */
export const demoSearch: LocationServices['search'] = async (query) => demoSuggestions.filter((suggestion) => suggestion.address.toLowerCase().includes(query.trim().toLowerCase()));

const base = (locale: 'en' | 'es'): LocationControlProps => ({
  id: 'answers-building_location',
  label: locale === 'en' ? 'Where is the building?' : '¿Dónde está el edificio?',
  name: 'answers[building_location]',
  value: '',
  locale,
  messages: resources[locale].requestForm,
  describedBy: undefined,
  invalid: undefined,
  onChange: () => undefined,
});

export const examples = {
  /** Without the island's services: the plain text input the CMS resolves. */
  'no JavaScript': base('en'),
  /** The combobox, with a device at City Hall. */
  'combobox, English': { ...base('en'), services: { search: demoSearch, locate: async () => ({ lat: 38.8048, long: -77.0432 }) } },
  'combobox, Spanish': { ...base('es'), services: { search: demoSearch, locate: async () => ({ lat: 38.8048, long: -77.0432 }) } },
  /** A point already chosen. */
  'chosen address': { ...base('en'), value: ['301 King St', '38.8048', '-77.0432'], services: { search: demoSearch } },
  /** A browser that refuses to share the position. */
  'location refused': { ...base('en'), services: { search: demoSearch, locate: async () => Promise.reject(new LocateError('denied')) } },
  /** A device outside the city (the Pentagon). */
  'outside the city': { ...base('en'), services: { search: demoSearch, locate: async () => ({ lat: 38.8719, long: -77.0563 }) } },
} satisfies Record<string, LocationControlProps>;
