import type en from '../en/status.js';
import type { Translation } from '../format.js';

export default {
  submitted: 'ደርሷል',
  in_review: 'በመገምገም ላይ',
  in_progress: 'በሂደት ላይ',
  waiting_for_resident: 'የእርስዎን ምላሽ በመጠበቅ ላይ',
  resolved: 'ተፈቷል',
  closed: 'ተዘግቷል',
  rejected: 'ተቀባይነት አላገኘም',
} satisfies Translation<typeof en>;
