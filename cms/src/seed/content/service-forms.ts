import { demoServiceForms } from '@city/shared/fixtures';
import type { ServiceFormSeed } from '../types';

/** The online requests the demo offers; the site's form examples render the same fixture. */
export const serviceForms: ServiceFormSeed[] = demoServiceForms;
