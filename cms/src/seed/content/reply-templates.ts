import type { Localized } from '@city/shared/locales';

/**
 * Replies staff start from on the Requests desk, in each language residents write in. `forms`
 * lists the service forms a template fits; none means every service.
 */
export interface ReplyTemplateSeed {
  /** Finds the template again (the English title). */
  key: string;
  forms: string[];
  locales: Localized<{ title: string; body: string }>;
}

export const replyTemplates: ReplyTemplateSeed[] = [
  {
    key: 'We need more details',
    forms: [],
    locales: {
      en: {
        title: 'We need more details',
        body: 'Thank you for your request. To move forward we need a little more information: [what we need]. You can answer from the request status page with your reference number. We will keep your request open for 10 working days.',
      },
      es: {
        title: 'Necesitamos más información',
        body: 'Gracias por su solicitud. Para seguir adelante necesitamos un poco más de información: [lo que necesitamos]. Puede responder desde la página de estado de la solicitud con su número de referencia. Mantendremos su solicitud abierta durante 10 días hábiles.',
      },
      ar: {
        title: 'نحتاج إلى مزيد من التفاصيل',
        body: 'شكرًا لك على طلبك. لنتابع العمل عليه نحتاج إلى بعض المعلومات الإضافية: [ما نحتاج إليه]. يمكنك الرد من صفحة حالة الطلب باستخدام الرقم المرجعي. سنُبقي طلبك مفتوحًا مدة 10 أيام عمل.',
      },
      am: {
        title: 'ተጨማሪ ዝርዝር እንፈልጋለን',
        body: 'ስለ ጥያቄዎ እናመሰግናለን። ሥራውን ለመቀጠል ትንሽ ተጨማሪ መረጃ ያስፈልገናል፦ [የሚያስፈልገን]። በማመሳከሪያ ቁጥርዎ ከጥያቄው የሁኔታ ገጽ ምላሽ መስጠት ይችላሉ። ጥያቄዎን ለ10 የሥራ ቀናት ክፍት አድርገን እንጠብቃለን።',
      },
    },
  },
  {
    key: 'Fixed — please check',
    forms: ['website-problem', 'accessibility-problem', 'wifi-outage'],
    locales: {
      en: {
        title: 'Fixed — please check',
        body: 'We have fixed the problem you reported. Please check again, and reply to this request within 10 working days if you still see it. Thank you for helping us improve City services.',
      },
      es: {
        title: 'Solucionado: por favor, compruébelo',
        body: 'Solucionamos el problema que nos informó. Por favor, vuelva a comprobarlo y responda a esta solicitud en un plazo de 10 días hábiles si todavía lo ve. Gracias por ayudarnos a mejorar los servicios de la Ciudad.',
      },
      ar: {
        title: 'تم الإصلاح — يُرجى التحقق',
        body: 'أصلحنا المشكلة التي أبلغت عنها. يُرجى التحقق مرة أخرى، والرد على هذا الطلب خلال 10 أيام عمل إذا كانت المشكلة لا تزال قائمة. شكرًا لك على مساعدتنا في تحسين خدمات المدينة.',
      },
      am: {
        title: 'ተስተካክሏል — እባክዎ ይፈትሹ',
        body: 'ሪፖርት ያደረጉትን ችግር አስተካክለናል። እባክዎ እንደገና ይፈትሹ፤ ችግሩ አሁንም ካለ በ10 የሥራ ቀናት ውስጥ ለዚህ ጥያቄ ምላሽ ይስጡ። የከተማውን አገልግሎቶች እንድናሻሽል ስለረዱን እናመሰግናለን።',
      },
    },
  },
  {
    key: 'Referred to another agency',
    forms: [],
    locales: {
      en: {
        title: 'Referred to another agency',
        body: 'This request is handled by [agency], not by the City. We have passed it on to them; for updates, please contact them directly at [link or phone]. We are closing this request on our side.',
      },
      es: {
        title: 'Remitido a otra entidad',
        body: 'De esta solicitud se encarga [entidad], no la Ciudad. Se la hemos enviado; para saber cómo avanza, comuníquese directamente con ellos en [enlace o teléfono]. Cerramos esta solicitud de nuestra parte.',
      },
      ar: {
        title: 'أُحيل إلى جهة أخرى',
        body: 'هذا الطلب من اختصاص [الجهة]، لا من اختصاص المدينة. وقد أحلناه إليها؛ ولمعرفة مستجداته، يُرجى التواصل معها مباشرة عبر [الرابط أو رقم الهاتف]. سنُغلق هذا الطلب من جهتنا.',
      },
      am: {
        title: 'ወደ ሌላ ተቋም ተላልፏል',
        body: 'ይህን ጥያቄ የሚያስተናግደው ከተማው ሳይሆን [ተቋሙ] ነው። ጥያቄውን አስተላልፈንላቸዋል፤ ሂደቱን ለማወቅ እባክዎ በቀጥታ በ[ሊንክ ወይም ስልክ] ያግኟቸው። ይህን ጥያቄ በእኛ በኩል እንዘጋዋለን።',
      },
    },
  },
];
