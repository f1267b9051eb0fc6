import { ltr } from '../bidi.js';
import type en from '../en/emails.js';
import type { Translation } from '../format.js';

const ref = ltr('{{reference}}');

export default {
  common: {
    trackLink: `اطّلع على حالة الطلب ${ref}`,
    trackText: `اطّلع على حالة الطلب ${ref}: ${ltr('{{trackUrl}}')}`,
    roleDescription: 'رسالة بريد إلكتروني',
  },
  confirmation: {
    subject: `استلمنا طلبك ${ref}`,
    heading: 'استلمنا طلبك',
    greeting: 'عزيزي/عزيزتي {{name}}،',
    received: 'استلمنا طلبك «{{formTitle}}» بتاريخ {{date}}.',
    reference: `رقمك المرجعي هو: ${ref}`,
    keep: 'احتفظ به. بهذا الرقم وبعنوان بريدك الإلكتروني يمكنك الاطلاع على حالة طلبك على موقعنا.',
    responseTime: 'نرد عادةً خلال {{responseTime}}.',
  },
  statusChange: {
    subject: `مستجدات طلبك ${ref}: {{status}}`,
    heading: 'مستجدات طلبك',
    greeting: 'عزيزي/عزيزتي {{name}}،',
    now: `طلبك «{{formTitle}}» (${ref}) أصبح الآن: {{status}}.`,
    noteHeading: 'رسالة من المدينة',
    why: `تصلك هذه الرسالة لأنك أرسلت الطلب ${ref}.`,
    stopLink: 'أوقف رسائل المستجدات عن هذا الطلب',
    stopText: `أوقف رسائل المستجدات عن هذا الطلب: ${ltr('{{stopUrl}}')}`,
  },
  updates: {
    title: `رسائل المستجدات عن الطلب ${ref}`,
    ask: `هل تريد التوقف عن تلقي رسالة بريد إلكتروني في كل مرة يُحدَّث فيها الطلب ${ref}؟ سيظل بإمكانك الاطلاع على حالته على موقعنا.`,
    stop: 'أوقف رسائل المستجدات',
    stoppedTitle: 'تم إيقاف رسائل المستجدات',
    stopped: `لن نراسلك بعد الآن عند تحديث الطلب ${ref}.`,
    resume: 'أعد تشغيل رسائل المستجدات',
    resumedTitle: 'تم تشغيل رسائل المستجدات',
    resumed: `سنراسلك من جديد عند تحديث الطلب ${ref}.`,
    notFoundTitle: 'هذا الرابط لا يعمل',
    notFound: 'هذا الرابط غير صالح. افتحه من جديد من رسالة البريد الإلكتروني، وتأكد من استخدام الرابط كاملًا.',
  },
  formSave: {
    subject: 'تابع طلبك: {{formTitle}}',
    heading: 'تم حفظ إجاباتك',
    intro: 'حفظت إجاباتك على «{{formTitle}}». افتح الرابط أدناه لتتابع من حيث توقفت، من أي جهاز.',
    link: 'تابع «{{formTitle}}»',
    linkText: `تابع «{{formTitle}}»: ${ltr('{{resumeUrl}}')}`,
    expires: 'يعمل الرابط حتى {{date}}، وفقط إلى أن ترسل الطلب. لا تُحفظ الملفات: أرفقها مرة أخرى.',
    why: 'تصلك هذه الرسالة لأن شخصًا ضغط «احفظ وعُد لاحقًا» على موقعنا بهذا العنوان. إن لم تكن أنت، فتجاهل هذه الرسالة: تُحذف الإجابات بعد 7 أيام.',
  },
  staffReply: {
    subject: `ردّ أحد السكان على الطلب ${ref}`,
    heading: 'ردّ أحد السكان',
    greeting: 'مرحبًا {{name}}،',
    body: `ردّ المقيم على الطلب ${ref} الذي كان بانتظار ردّه، وعاد الطلب إلى حالة «قيد المراجعة» في قائمتك.`,
    link: `افتح الطلب ${ref} في مكتب الطلبات (Requests desk)`,
    linkText: `افتح الطلب ${ref} في مكتب الطلبات (Requests desk): ${ltr('{{deskUrl}}')}`,
  },
  reviewDue: {
    subject: 'حان موعد مراجعة «{{title}}»',
    heading: 'حان موعد مراجعة محتوى أنت مسؤول عنه',
    greeting: 'مرحبًا {{name}}،',
    due: 'كان موعد مراجعة {{type}} «{{title}}» ({{language}}) في {{date}}.',
    ask: 'تحقق من أن المحتوى لا يزال صحيحًا ومحدّثًا، وعدّل ما يلزم تعديله، ثم اضغط زر «Mark as reviewed» (تأكيد المراجعة) في اللوحة الجانبية.',
    editLink: 'افتح «{{title}}» في نظام إدارة المحتوى (CMS)',
    editText: `افتح «{{title}}» في نظام إدارة المحتوى (CMS): ${ltr('{{editUrl}}')}`,
    why: 'تصلك هذه الرسالة لأنك المسؤول عن هذا المدخل في نظام إدارة المحتوى (CMS).',
    types: { page: 'الصفحة', service: 'الخدمة', department: 'الإدارة' },
  },
} satisfies Translation<typeof en>;
