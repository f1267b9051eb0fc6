import { en } from './en';
import { es } from './es';

/** The pickers' wording in each admin language; es must have every key en has (translations.unit.test.ts). */
export const translations = { en, es };
