import type { Locale, Localized } from '@city/shared/locales';
import type { CalendarContent } from '../lib/city-calendar';

/**
 * The shape of the demo city's seed data. Each entry has a stable key (slug or code) that the seed
 * uses to find it again, the attributes shared by every locale, and the localized attributes for
 * each locale it is written in (English always; a missing translation is left out), already in
 * Strapi's data shape (components as objects, dynamic zones with `__component`). Relations name other entries by their stable key.
 */
export type { Locale };

/** Strapi "blocks" rich text, the subset the seed writes. */
export type TextNode = { type: 'text'; text: string; bold?: boolean; italic?: boolean };
export type LinkNode = { type: 'link'; url: string; children: TextNode[] };
export type InlineNode = TextNode | LinkNode;
export type Block =
  | { type: 'paragraph'; children: InlineNode[] }
  | { type: 'heading'; level: 2 | 3 | 4; children: InlineNode[] }
  | { type: 'list'; format: 'unordered' | 'ordered'; children: { type: 'list-item'; children: InlineNode[] }[] };

export interface ListItem { text: string }
export interface LinkData { label: string; href: string; purpose: 'navigation' | 'accessibility' | 'privacy' | 'public-records' | 'contact' | 'other' }

export interface DepartmentLocalized {
  name: string;
  summary: string;
  body: Block[];
  goals: ListItem[];
  divisions: { key: string; name: string; summary: string; responsibilities: ListItem[] }[];
  documents: { title: string; description?: string; url: string }[];
  contact: { phone?: string; email?: string; address?: string; hours?: string };
}
export interface DepartmentSeed { slug: string; locales: Localized<DepartmentLocalized> }

export interface ServiceLocalized { title: string; summary: string; body: Block[]; topic: string; keywords: string; timeToComplete: string }
export interface ServiceSeed {
  slug: string;
  audience: 'residents' | 'businesses' | 'both';
  department: string; // department slug
  serviceForm?: string; // service form code
  locales: Localized<ServiceLocalized>;
}

/** Ask only when an earlier answer matches (form-flow.show-when); values one per line. */
export interface ConditionData { question: string; operator: 'equals' | 'one_of' | 'includes' | 'answered'; values?: string }
interface FieldBase { key: string; label: string; hint?: string; required?: boolean; showWhen?: ConditionData }
export interface OptionData { value: string; label: string }
export type FormField =
  | (FieldBase & { __component: 'form-field.short-text'; minLength?: number; maxLength?: number; pattern?: string; patternDescription?: string })
  | (FieldBase & { __component: 'form-field.long-text'; minLength?: number; maxLength?: number })
  | (FieldBase & { __component: 'form-field.email' })
  | (FieldBase & { __component: 'form-field.phone' })
  | (FieldBase & { __component: 'form-field.number'; min?: number; max?: number; integer?: boolean })
  | (FieldBase & { __component: 'form-field.date'; minDate?: string; maxDate?: string })
  | (FieldBase & { __component: 'form-field.single-choice'; options: OptionData[] })
  | (FieldBase & { __component: 'form-field.multiple-choice'; options: OptionData[]; minSelected?: number; maxSelected?: number })
  | (FieldBase & { __component: 'form-field.checkbox' })
  | (FieldBase & { __component: 'form-field.address' })
  | (FieldBase & { __component: 'form-field.location' })
  | (FieldBase & { __component: 'form-field.file-upload'; accept?: string; maxSizeMb?: number; maxFiles?: number });

export interface StepData { title: string; startsAt: string; showWhen?: ConditionData }
export interface ExitPageData { title: string; body: string; showWhen: ConditionData }
export interface ServiceFormLocalized {
  title: string;
  introduction: string;
  fields: FormField[];
  /** Pages of questions (form-flow.step); absent: one page. */
  steps?: StepData[];
  onePerPage?: boolean;
  /** Answers that end the form (form-flow.exit-page). */
  exitPages?: ExitPageData[];
  responseTime: string;
  confirmationText: string;
}
export interface ServiceFormSeed {
  code: string;
  department: string; // department slug
  divisionKey: string;
  /** Requests readable by anyone through Open311; absent means not public. */
  open311Public?: boolean;
  /** The service level behind the free-text response time; absent means no due times. */
  serviceLevel?: { amount: number; unit: 'business_hours' | 'business_days' };
  locales: Localized<ServiceFormLocalized>;
}

export interface PageLocalized { title: string; summary: string; body: Block[] }
export interface PageSeed { slug: string; locales: Localized<PageLocalized> }

export interface AlertSeed { severity: 'info' | 'warning' | 'emergency'; startsAt: string; endsAt?: string; locales: Localized<{ message: string }> }

export interface GlobalSeed { locales: Record<Locale, { siteName: string; tagline: string; navigation: LinkData[]; footerLinks: LinkData[] }> }

/** The city's working calendar (api::city-calendar.city-calendar), as stored. */
export type CalendarSeed = CalendarContent;

export interface DemoCity {
  departments: DepartmentSeed[];
  serviceForms: ServiceFormSeed[];
  services: ServiceSeed[];
  pages: PageSeed[];
  alerts: AlertSeed[];
  /** Absent in partial data sets such as the synthetic benchmark services. */
  global?: GlobalSeed;
  /** Absent in partial data sets; an existing calendar is never replaced. */
  calendar?: CalendarSeed;
}
