import type en from '../en/status.js';
import type { Translation } from '../format.js';

export default {
  submitted: 'تم الاستلام',
  in_review: 'قيد المراجعة',
  in_progress: 'قيد التنفيذ',
  waiting_for_resident: 'بانتظار ردك',
  resolved: 'تمت المعالجة',
  closed: 'مغلق',
  rejected: 'غير مقبول',
} satisfies Translation<typeof en>;
