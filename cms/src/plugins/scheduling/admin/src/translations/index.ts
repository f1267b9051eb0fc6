import { en } from './en';
import { es } from './es';

/** Scheduled publishing's wording in each admin language; es must have every key en has (translations.unit.test.ts). */
export const translations = { en, es };
