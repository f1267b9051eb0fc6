import { ltr } from '../bidi.js';
import type en from '../en/site.js';
import type { Translation } from '../format.js';

/** Arabic strings of the site's pages (Modern Standard Arabic; glossary in docs/translation.md). */
export default {
  meta: {
    titleSuffix: '{{siteName}}',
  },
  skipLink: 'انتقل إلى المحتوى الرئيسي',
  banner: {
    label: 'الموقع الرسمي لـ{{siteName}}',
    official: 'موقع رسمي لـ{{siteName}}',
    howYouKnow: 'كيف تتأكد من ذلك',
    officialHeading: `المواقع الرسمية تستخدم ${ltr('.gov')}`,
    officialText: `موقع ${ltr('.gov')} يتبع جهة حكومية رسمية في الولايات المتحدة.`,
    secureHeading: `مواقع ${ltr('.gov')} الآمنة تستخدم HTTPS`,
    secureText: `القفل أو ${ltr('https://')} يعني أنك متصل بأمان بموقع ${ltr('.gov')}. لا تشارك المعلومات الحساسة إلا على المواقع الرسمية والآمنة.`,
  },
  header: {
    homeLink: 'الصفحة الرئيسية لـ{{siteName}}',
    navigation: 'القائمة الرئيسية',
    menu: 'القائمة',
  },
  languageSwitcher: {
    label: 'اللغة',
    homeOnly: 'الصفحة الرئيسية',
  },
  breadcrumbs: {
    label: 'مسار التنقل',
    home: 'الرئيسية',
    departments: 'الإدارات',
    services: 'الخدمات',
  },
  lastUpdated: 'آخر تحديث: {{date}}',
  preview: {
    label: 'معاينة',
    banner: 'معاينة، غير منشورة.',
    explanation: 'هذه مسودة. لن يراها أحد على الموقع حتى تُنشر، ويتوقف هذا الرابط عن العمل بعد مدة.',
    links: 'تفتح الروابط في هذه الصفحة الموقع المنشور في علامة تبويب جديدة.',
    titlePrefix: '[معاينة]',
    unfinishedTitle: 'لا يمكن معاينة هذه المسودة بعد',
    unfinishedText: 'أحد العناصر التي تحتاج إليها الصفحة مفقود من المسودة أو غير صالح. أصلحه في نظام إدارة المحتوى (CMS) ثم افتح المعاينة من جديد:',
    missingTitle: 'لا يوجد هنا ما يمكن معاينته',
    missingText: 'ليس لهذا المدخل صفحة على الموقع بهذه اللغة. يظهر نموذج الخدمة في صفحة الطلب للخدمة التي تقدّمه: اربط النموذج بخدمة أولًا.',
    failedTitle: 'تعذر إنشاء المعاينة',
    failedText: 'تعذر على الموقع قراءة المسودة من نظام إدارة المحتوى (CMS) في هذه اللحظة. حاول مرة أخرى بعد دقيقة.',
  },
  footer: {
    label: 'تذييل الصفحة',
    returnToTop: 'العودة إلى أعلى الصفحة',
    requiredLinks: 'عن هذا الموقع',
  },
  alerts: {
    heading: 'التنبيهات',
    severity: {
      info: 'معلومة',
      warning: 'تحذير',
      emergency: 'طوارئ',
    },
  },
  home: {
    servicesHeading: 'الخدمات',
    servicesIntro: 'ابحث عن خدمات المدينة حسب الموضوع.',
    residents: 'للسكان',
    businesses: 'للشركات والأعمال',
    noServices: 'لا توجد خدمات في هذه المجموعة بعد.',
    departmentsHeading: 'الإدارات',
  },
  searchBox: {
    label: 'ابحث في هذا الموقع',
    button: 'بحث',
  },
  department: {
    purpose: 'ماذا نعمل',
    goals: 'أهدافنا',
    divisions: 'الأقسام',
    responsibilities: 'مسؤوليات {{division}}',
    documents: 'الوثائق',
    contact: 'التواصل',
    services: 'خدمات هذه الإدارة',
    noServices: 'لا تقدم هذه الإدارة خدمات عبر الإنترنت بعد.',
  },
  contact: {
    phone: 'الهاتف',
    email: 'البريد الإلكتروني',
    address: 'العنوان',
    hours: 'ساعات العمل',
  },
  service: {
    about: 'عن هذه الخدمة',
    audience: 'لمن هذه الخدمة',
    audiences: {
      residents: 'السكان',
      businesses: 'الشركات والأعمال',
      both: 'السكان والشركات',
    },
    timeToComplete: 'المدة المطلوبة',
    department: 'تقدمها',
    topic: 'الموضوع',
    start: 'ابدأ طلبك',
    startHint: 'يمكنك تعبئة الطلب عبر الإنترنت.',
    noForm: 'لا يوجد طلب عبر الإنترنت لهذه الخدمة. تواصل مع الإدارة للاستفادة منها.',
  },
  search: {
    title: 'البحث',
    intro: 'ابحث في الخدمات والإدارات والمعلومات على هذا الموقع.',
    noScript: 'يحتاج البحث إلى JavaScript، وهو معطل أو غير متاح في متصفحك. يمكنك الوصول إلى كل الخدمات من الصفحة الرئيسية.',
    searching: 'جارٍ البحث…',
    resultsFor: 'نتائج البحث عن «{{query}}»: {{count}}',
    noResults: 'لا توجد نتائج لـ«{{query}}». جرّب كلمات أخرى، أو تصفح الخدمات من الصفحة الرئيسية.',
    failed: 'البحث غير متاح الآن. حاول مرة أخرى لاحقًا، أو تصفح الخدمات من الصفحة الرئيسية.',
    resultsHeading: 'نتائج البحث',
  },
  notFound: {
    title: 'الصفحة غير موجودة',
    text: 'لم نجد الصفحة التي تبحث عنها. ربما نُقلت أو حُذفت.',
    home: 'اذهب إلى الصفحة الرئيسية',
  },
  languageChooser: {
    title: 'اختر لغتك',
    redirecting: 'ننقلك إلى الموقع باللغة الإنجليزية.',
  },
} satisfies Translation<typeof en>;
