import type { DemoCity } from '../types';
import { alerts } from './alerts';
import { alexandriaCalendar } from './city-calendar';
import { departments } from './department';
import { global } from './global';
import { pages } from './pages';
import { serviceForms } from './service-forms';
import { services } from './services';

/** The demo city: one department (Information Technology Services) with its services and forms. */
export const demoCity: DemoCity = { departments, serviceForms, services, pages, alerts, global, calendar: alexandriaCalendar };
