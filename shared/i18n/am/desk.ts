import type en from '../en/desk.js';
import type { Translation } from '../format.js';

export default {
  duplicateOf: 'ይህ ጥያቄ አስቀድመን እየሠራንበት ያለውን {{reference}} ይደግማል። ለአዳዲስ መረጃዎች {{reference}}ን ይከታተሉ።',
  csv: {
    reference: 'የማመሳከሪያ ቁጥር',
    received: 'የደረሰበት',
    due: 'የመጨረሻ ቀን',
    overdue: 'ጊዜው ያለፈበት',
    status: 'ሁኔታ',
    priority: 'ቅድሚያ',
    service: 'አገልግሎት',
    division: 'ክፍል',
    assignee: 'የተመደበለት',
    resident: 'ነዋሪ',
  },
  yes: 'አዎ',
  no: 'አይ',
  priority: { low: 'ዝቅተኛ', normal: 'መደበኛ', high: 'ከፍተኛ', urgent: 'አስቸኳይ' },
} satisfies Translation<typeof en>;
