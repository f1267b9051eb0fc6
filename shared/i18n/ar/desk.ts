import type en from '../en/desk.js';
import type { Translation } from '../format.js';
import { ltr } from '../bidi.js';

export default {
  duplicateOf: `هذا الطلب يكرر الطلب ${ltr('{{reference}}')} الذي نعمل عليه بالفعل. تابع الطلب ${ltr('{{reference}}')} لمعرفة المستجدات.`,
  csv: {
    reference: 'الرقم المرجعي',
    received: 'تاريخ الاستلام',
    due: 'الموعد المستحق',
    overdue: 'متأخر',
    status: 'الحالة',
    priority: 'الأولوية',
    service: 'الخدمة',
    division: 'القسم',
    assignee: 'المكلَّف',
    resident: 'المقيم',
  },
  yes: 'نعم',
  no: 'لا',
  priority: { low: 'منخفضة', normal: 'عادية', high: 'عالية', urgent: 'عاجلة' },
} satisfies Translation<typeof en>;
