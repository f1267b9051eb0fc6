import type en from '../en/emails.js';
import type { Translation } from '../format.js';

export default {
  common: {
    trackLink: 'የጥያቄ {{reference}}ን ሁኔታ ይመልከቱ',
    trackText: 'የጥያቄ {{reference}}ን ሁኔታ ይመልከቱ፦ {{trackUrl}}',
  },
  confirmation: {
    subject: 'ጥያቄዎ {{reference}} ደርሶናል',
    heading: 'ጥያቄዎ ደርሶናል',
    greeting: 'ውድ {{name}}፣',
    received: '«{{formTitle}}» የሚለውን ጥያቄዎን በ{{date}} ተቀብለናል።',
    reference: 'የማመሳከሪያ ቁጥርዎ፦ {{reference}}',
    keep: 'ይያዙት። በዚህ ቁጥርና በኢሜይል አድራሻዎ የጥያቄዎን ሁኔታ በድር ጣቢያችን ላይ መመልከት ይችላሉ።',
    responseTime: 'ብዙውን ጊዜ በ{{responseTime}} ውስጥ ምላሽ እንሰጣለን።',
  },
  statusChange: {
    subject: 'ስለ ጥያቄዎ {{reference}} አዲስ መረጃ፦ {{status}}',
    heading: 'ስለ ጥያቄዎ አዲስ መረጃ',
    greeting: 'ውድ {{name}}፣',
    now: '«{{formTitle}}» የሚለው ጥያቄዎ ({{reference}}) አሁን ያለበት ሁኔታ፦ {{status}}።',
    noteHeading: 'ከከተማው የተላከ መልእክት',
    why: 'ይህን ኢሜይል የሚቀበሉት ጥያቄ {{reference}}ን ስለላኩ ነው።',
    stopLink: 'ስለዚህ ጥያቄ የኢሜይል መረጃዎችን ያቁሙ',
    stopText: 'ስለዚህ ጥያቄ የኢሜይል መረጃዎችን ያቁሙ፦ {{stopUrl}}',
  },
  updates: {
    title: 'ስለ ጥያቄ {{reference}} የሚላኩ የኢሜይል መረጃዎች',
    ask: 'ጥያቄ {{reference}} በተሻሻለ ቁጥር ኢሜይል መቀበል ማቆም ይፈልጋሉ? ሁኔታውን አሁንም በድር ጣቢያችን ላይ መመልከት ይችላሉ።',
    stop: 'የኢሜይል መረጃዎችን ያቁሙ',
    stoppedTitle: 'የኢሜይል መረጃዎች ቆመዋል',
    stopped: 'ጥያቄ {{reference}} ሲሻሻል ከእንግዲህ ኢሜይል አንልክልዎም።',
    resume: 'የኢሜይል መረጃዎችን እንደገና ያስጀምሩ',
    resumedTitle: 'የኢሜይል መረጃዎች ተጀምረዋል',
    resumed: 'ጥያቄ {{reference}} ሲሻሻል እንደገና ኢሜይል እንልክልዎታለን።',
    notFoundTitle: 'ይህ ሊንክ አይሠራም',
    notFound: 'ይህ ሊንክ ትክክል አይደለም። ሙሉውን ሊንክ መጠቀምዎን አረጋግጠው ከኢሜይሉ እንደገና ይክፈቱት።',
  },
  staffReply: {
    subject: 'አንድ ነዋሪ ለጥያቄ {{reference}} ምላሽ ሰጥተዋል',
    heading: 'አንድ ነዋሪ ምላሽ ሰጥተዋል',
    greeting: 'ሰላም {{name}}፣',
    body: 'ነዋሪው የእርሳቸውን ምላሽ ሲጠብቅ ለነበረው ጥያቄ {{reference}} መልስ ሰጥተዋል። ጥያቄው በወረፋዎ ውስጥ ወደ «በመገምገም ላይ» ሁኔታ ተመልሷል።',
    link: 'ጥያቄ {{reference}}ን በጥያቄዎች ዴስክ (Requests desk) ውስጥ ይክፈቱ',
    linkText: 'ጥያቄ {{reference}}ን በጥያቄዎች ዴስክ (Requests desk) ውስጥ ይክፈቱ፦ {{deskUrl}}',
  },
  reviewDue: {
    subject: 'የግምገማ ጊዜ ደርሷል፦ {{title}}',
    heading: 'በእርስዎ ኃላፊነት ሥር ያለ ይዘት የሚገመገምበት ጊዜ ደርሷል',
    greeting: 'ሰላም {{name}}፣',
    due: '«{{title}}» የሚለው {{type}} ({{language}}) በ{{date}} መገምገም ነበረበት።',
    ask: 'ይዘቱ አሁንም ትክክልና ወቅታዊ መሆኑን ያረጋግጡ፣ መቀየር ያለበትን ይቀይሩ፣ ከዚያም በጎን ፓነሉ ላይ «Mark as reviewed» (እንደተገመገመ ምልክት ማድረጊያ) የሚለውን ቁልፍ ይጫኑ።',
    editLink: '«{{title}}»ን በይዘት አስተዳደር ሥርዓቱ (CMS) ውስጥ ይክፈቱ',
    editText: '«{{title}}»ን በይዘት አስተዳደር ሥርዓቱ (CMS) ውስጥ ይክፈቱ፦ {{editUrl}}',
    why: 'ይህን ኢሜይል የሚቀበሉት በይዘት አስተዳደር ሥርዓቱ (CMS) ውስጥ የዚህ ግቤት ባለቤት ስለሆኑ ነው።',
    types: { page: 'ገጽ', service: 'አገልግሎት', department: 'መምሪያ' },
  },
} satisfies Translation<typeof en>;
