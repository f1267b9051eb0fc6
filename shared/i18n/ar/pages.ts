import type en from '../en/pages.js';
import type { Translation } from '../format.js';

export default {
  conflict: {
    title: 'تم إرسال هذا الطلب من قبل',
    text: 'استلمنا من قبل طلبًا مختلفًا من هذا النموذج. لإرسال طلب آخر، افتح النموذج من جديد.',
    link: 'افتح النموذج من جديد',
  },
  limit: {
    rate: 'طلبات كثيرة جدًا من اتصالك. حاول مرة أخرى بعد {{minutes}} دقيقة.',
    size: 'ما أرسلته كبير جدًا. أرفق ملفات أصغر وحاول مرة أخرى.',
    type: 'هذا العنوان لا يقبل إلا إرسال النماذج.',
  },
} satisfies Translation<typeof en>;
