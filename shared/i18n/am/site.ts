import type en from '../en/site.js';
import type { Translation } from '../format.js';

/** Amharic strings of the site's pages (polite address, ያስገቡ; glossary in docs/translation.md). */
export default {
  meta: {
    titleSuffix: '{{siteName}}',
  },
  skipLink: 'ወደ ዋናው ይዘት ይዝለሉ',
  banner: {
    label: 'የ{{siteName}} ይፋዊ ድር ጣቢያ',
    official: 'የ{{siteName}} ይፋዊ ድር ጣቢያ',
    howYouKnow: 'እንዴት እንደሚያውቁ እነሆ',
    officialHeading: 'ይፋዊ ድር ጣቢያዎች .gov ይጠቀማሉ',
    officialText: 'የ.gov ድር ጣቢያ በዩናይትድ ስቴትስ ውስጥ የሚገኝ ይፋዊ የመንግሥት ድርጅት ንብረት ነው።',
    secureHeading: 'ደህንነታቸው የተጠበቀ የ.gov ድር ጣቢያዎች HTTPS ይጠቀማሉ',
    secureText: 'የቁልፍ ምልክት ወይም https:// ከ.gov ድር ጣቢያ ጋር በደህንነት መገናኘትዎን ያሳያል። ሚስጥራዊ መረጃን በይፋዊና ደህንነታቸው በተጠበቀ ድር ጣቢያዎች ላይ ብቻ ያጋሩ።',
  },
  header: {
    homeLink: 'የ{{siteName}} መነሻ ገጽ',
    navigation: 'ዋና ምናሌ',
    menu: 'ምናሌ',
  },
  languageSwitcher: {
    label: 'ቋንቋ',
    homeOnly: 'መነሻ ገጽ',
  },
  breadcrumbs: {
    label: 'የገጽ መንገድ',
    home: 'መነሻ',
    departments: 'መምሪያዎች',
    services: 'አገልግሎቶች',
  },
  lastUpdated: 'ለመጨረሻ ጊዜ የተሻሻለው፦ {{date}}',
  preview: {
    label: 'ቅድመ እይታ',
    banner: 'ቅድመ እይታ፣ ገና ያልታተመ።',
    explanation: 'ይህ ረቂቅ ነው። እስኪታተም ድረስ በድር ጣቢያው ላይ ማንም አያየውም፤ ይህ ሊንክም ከተወሰነ ጊዜ በኋላ መሥራት ያቆማል።',
    links: 'በዚህ ገጽ ላይ ያሉ ሊንኮች የታተመውን ድር ጣቢያ በአዲስ ትር ይከፍታሉ።',
    titlePrefix: '[ቅድመ እይታ]',
    unfinishedTitle: 'ይህን ረቂቅ ገና በቅድመ እይታ ማየት አይቻልም',
    unfinishedText: 'ገጹ የሚያስፈልገው አንድ ነገር በረቂቁ ውስጥ የለም ወይም ትክክል አይደለም። በይዘት አስተዳደር ሥርዓቱ (CMS) ውስጥ ያስተካክሉት፣ ከዚያም ቅድመ እይታውን እንደገና ይክፈቱ፦',
    missingTitle: 'እዚህ በቅድመ እይታ የሚታይ ነገር የለም',
    missingText: 'ይህ ግቤት በዚህ ቋንቋ በድር ጣቢያው ላይ ገጽ የለውም። የአገልግሎት ቅጽ የሚታየው ቅጹን በሚያቀርብ አገልግሎት የጥያቄ ገጽ ላይ ነው፦ መጀመሪያ ቅጹን ከአንድ አገልግሎት ጋር ያገናኙ።',
    failedTitle: 'ቅድመ እይታውን ማዘጋጀት አልተቻለም',
    failedText: 'ድር ጣቢያው አሁን ረቂቁን ከይዘት አስተዳደር ሥርዓቱ (CMS) ማንበብ አልቻለም። ከአንድ ደቂቃ በኋላ እንደገና ይሞክሩ።',
  },
  footer: {
    label: 'ግርጌ',
    returnToTop: 'ወደ ላይ ይመለሱ',
    requiredLinks: 'ስለዚህ ድር ጣቢያ',
  },
  alerts: {
    heading: 'ማሳሰቢያዎች',
    severity: {
      info: 'መረጃ',
      warning: 'ማስጠንቀቂያ',
      emergency: 'አስቸኳይ',
    },
  },
  home: {
    servicesHeading: 'አገልግሎቶች',
    servicesIntro: 'የከተማውን አገልግሎት በርዕስ ያግኙ።',
    residents: 'ለነዋሪዎች',
    businesses: 'ለንግድ ድርጅቶች',
    noServices: 'በዚህ ምድብ ውስጥ እስካሁን ምንም አገልግሎት የለም።',
    departmentsHeading: 'መምሪያዎች',
  },
  searchBox: {
    label: 'በዚህ ድር ጣቢያ ውስጥ ይፈልጉ',
    button: 'ፈልግ',
  },
  department: {
    purpose: 'የምንሠራው',
    goals: 'ግቦቻችን',
    divisions: 'ክፍሎች',
    responsibilities: 'የ{{division}} ኃላፊነቶች',
    documents: 'ሰነዶች',
    contact: 'አድራሻ',
    services: 'የዚህ መምሪያ አገልግሎቶች',
    noServices: 'ይህ መምሪያ እስካሁን የመስመር ላይ አገልግሎት የለውም።',
  },
  contact: {
    phone: 'ስልክ',
    email: 'ኢሜይል',
    address: 'አድራሻ',
    hours: 'የሥራ ሰዓት',
  },
  service: {
    about: 'ስለዚህ አገልግሎት',
    audience: 'ለማን ነው',
    audiences: {
      residents: 'ነዋሪዎች',
      businesses: 'የንግድ ድርጅቶች',
      both: 'ነዋሪዎችና የንግድ ድርጅቶች',
    },
    timeToComplete: 'የሚወስደው ጊዜ',
    department: 'አገልግሎቱን የሚሰጠው',
    topic: 'ርዕስ',
    start: 'ጥያቄዎን ይጀምሩ',
    startHint: 'ጥያቄውን በመስመር ላይ መሙላት ይችላሉ።',
    noForm: 'ይህ አገልግሎት የመስመር ላይ ጥያቄ የለውም። ለመጠቀም መምሪያውን ያነጋግሩ።',
  },
  search: {
    title: 'ፍለጋ',
    intro: 'በዚህ ድር ጣቢያ ላይ አገልግሎቶችን፣ መምሪያዎችንና መረጃዎችን ይፈልጉ።',
    noScript: 'ፍለጋ JavaScript ያስፈልገዋል፤ በአሳሽዎ ውስጥ ጠፍቷል ወይም አይገኝም። ሁሉንም አገልግሎቶች ከመነሻ ገጹ ማግኘት ይችላሉ።',
    searching: 'በመፈለግ ላይ…',
    resultsFor: 'ለ«{{query}}» የተገኙ ውጤቶች፦ {{count}}',
    noResults: 'ለ«{{query}}» ምንም ውጤት አልተገኘም። ሌሎች ቃላትን ይሞክሩ፣ ወይም አገልግሎቶችን ከመነሻ ገጹ ይመልከቱ።',
    failed: 'ፍለጋ አሁን አይገኝም። እባክዎ ቆይተው እንደገና ይሞክሩ፣ ወይም አገልግሎቶችን ከመነሻ ገጹ ይመልከቱ።',
    resultsHeading: 'የፍለጋ ውጤቶች',
  },
  notFound: {
    title: 'ገጹ አልተገኘም',
    text: 'የፈለጉትን ገጽ ማግኘት አልቻልንም። ተዛውሮ ወይም ተሰርዞ ሊሆን ይችላል።',
    home: 'ወደ መነሻ ገጹ ይሂዱ',
  },
  languageChooser: {
    title: 'ቋንቋዎን ይምረጡ',
    redirecting: 'ወደ እንግሊዝኛው ድር ጣቢያ እየወሰድንዎ ነው።',
  },
} satisfies Translation<typeof en>;
