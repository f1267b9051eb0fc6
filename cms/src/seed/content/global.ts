import type { GlobalSeed, LinkData, Locale } from '../types';

/** Footer links to the general pages, by page slug; the purpose lets the site find each one. */
const footer = (locale: Locale, labels: Record<'accessibility' | 'privacy' | 'public-records' | 'contact', string>): LinkData[] => [
  { label: labels.accessibility, href: `/${locale}/pages/accessibility`, purpose: 'accessibility' },
  { label: labels.privacy, href: `/${locale}/pages/privacy`, purpose: 'privacy' },
  { label: labels['public-records'], href: `/${locale}/pages/public-records`, purpose: 'public-records' },
  { label: labels.contact, href: `/${locale}/pages/contact`, purpose: 'contact' },
];

const navigation = (locale: Locale, labels: Record<'services' | 'department' | 'track' | 'search' | 'about', string>): LinkData[] => [
  { label: labels.services, href: `/${locale}/#services`, purpose: 'navigation' },
  { label: labels.department, href: `/${locale}/departments/information-technology-services`, purpose: 'navigation' },
  { label: labels.track, href: `/${locale}/track`, purpose: 'navigation' },
  { label: labels.search, href: `/${locale}/search`, purpose: 'navigation' },
  { label: labels.about, href: `/${locale}/pages/about`, purpose: 'navigation' },
];

export const global: GlobalSeed = {
  locales: {
    en: {
      siteName: 'City of Alexandria',
      tagline: 'City services and information for residents and businesses, online',
      navigation: navigation('en', {
        services: 'Services',
        department: 'Information Technology',
        track: 'Track a request',
        search: 'Search',
        about: 'About',
      }),
      footerLinks: footer('en', {
        accessibility: 'Accessibility',
        privacy: 'Privacy',
        'public-records': 'Public records (FOIA)',
        contact: 'Contact us',
      }),
    },
    es: {
      siteName: 'Ciudad de Alexandria',
      tagline: 'Servicios e información de la Ciudad para residentes y negocios, en línea',
      navigation: navigation('es', {
        services: 'Servicios',
        department: 'Tecnología de la Información',
        track: 'Seguir una solicitud',
        search: 'Buscar',
        about: 'Acerca del portal',
      }),
      footerLinks: footer('es', {
        accessibility: 'Accesibilidad',
        privacy: 'Privacidad',
        'public-records': 'Registros públicos (FOIA)',
        contact: 'Contáctenos',
      }),
    },
    ar: {
      siteName: 'مدينة ألكسندريا',
      tagline: 'خدمات المدينة ومعلوماتها للسكان والشركات، عبر الإنترنت',
      navigation: navigation('ar', {
        services: 'الخدمات',
        department: 'تكنولوجيا المعلومات',
        track: 'متابعة طلب',
        search: 'البحث',
        about: 'عن الموقع',
      }),
      footerLinks: footer('ar', {
        accessibility: 'إمكانية الوصول',
        privacy: 'الخصوصية',
        'public-records': 'السجلات العامة (FOIA)',
        contact: 'تواصل معنا',
      }),
    },
    am: {
      siteName: 'የአሌክሳንድሪያ ከተማ',
      tagline: 'ለነዋሪዎችና ለንግድ ድርጅቶች የከተማ አገልግሎቶችና መረጃዎች፣ በመስመር ላይ',
      navigation: navigation('am', {
        services: 'አገልግሎቶች',
        department: 'የኢንፎርሜሽን ቴክኖሎጂ',
        track: 'ጥያቄን ይከታተሉ',
        search: 'ፍለጋ',
        about: 'ስለ ድር ጣቢያው',
      }),
      footerLinks: footer('am', {
        accessibility: 'ተደራሽነት',
        privacy: 'ግላዊነት',
        'public-records': 'ሕዝባዊ መዛግብት (FOIA)',
        contact: 'ያግኙን',
      }),
    },
  },
};
