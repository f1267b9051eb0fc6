import type en from '../en/pages.js';
import type { Translation } from '../format.js';

export default {
  conflict: {
    title: 'ይህ ጥያቄ ቀደም ብሎ ተልኳል',
    text: 'ከዚህ ቅጽ የተለየ ጥያቄ ቀደም ብለን ተቀብለናል። ሌላ ለመላክ ቅጹን እንደገና ይክፈቱ።',
    link: 'ቅጹን እንደገና ይክፈቱ',
  },
  limit: {
    rate_one: 'ከግንኙነትዎ በጣም ብዙ ጥያቄዎች መጥተዋል። ከ{{count}} ደቂቃ በኋላ እንደገና ይሞክሩ።',
    rate_other: 'ከግንኙነትዎ በጣም ብዙ ጥያቄዎች መጥተዋል። ከ{{count}} ደቂቃ በኋላ እንደገና ይሞክሩ።',
    size: 'የላኩት በጣም ትልቅ ነው። ያነሱ ፋይሎችን አያይዘው እንደገና ይሞክሩ።',
    type: 'ይህ አድራሻ የሚቀበለው የቅጽ መላኪያዎችን ብቻ ነው።',
  },
} satisfies Translation<typeof en>;
