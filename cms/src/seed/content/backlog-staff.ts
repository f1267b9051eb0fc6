import type { Locale } from '../types';

/**
 * What city staff write in the demo backlog: public replies in the resident's language (a record by
 * language, so a new language does not compile until staff can answer in it), internal notes in
 * English (the staff's working language), and where requests are referred. Plain data;
 * seed/backlog-plan.ts picks from it.
 */
export interface PublicReplies {
  acknowledge: readonly string[];
  working: readonly string[];
  askDetails: readonly string[];
  fixed: readonly string[];
  noAction: readonly string[];
  referred: string;
  rejected: string;
}

export const PUBLIC_REPLIES: Record<Locale, PublicReplies> = {
  en: {
    acknowledge: [
      'Thank you for letting us know. We have your request and a member of our team is reviewing it.',
      'Thanks for the report. We are looking into it and will update you here.',
      'We received your request and passed it to the team that handles it.',
    ],
    working: [
      'We have confirmed the problem and a technician is working on it.',
      'Our team is working on this now. We will let you know as soon as it is done.',
    ],
    askDetails: [
      'Could you tell us which browser and device you were using, and roughly what time it happened? A screenshot would help too.',
      'To find the right records we need a narrower date range. Could you tell us which months you are interested in?',
      'Could you tell us exactly where in the building you were when the connection failed?',
      'We could not reproduce the problem. Could you send us the exact page address where it happens?',
    ],
    fixed: [
      'This is fixed. Please check again and reply if you still see the problem.',
      'We corrected the page today. Thank you for helping us keep the site accurate.',
      'The equipment was replaced and the network is working again. Thank you for reporting it.',
      'Your records are ready. We have sent them to the email address on your request.',
    ],
    noAction: [
      'We checked and the page works as intended; the information shown is current. No change is needed.',
      'We were unable to reach you for the details we needed, so we are closing this request. You are welcome to submit a new one at any time.',
    ],
    referred: 'This is handled by another agency, {{agency}}. We have passed your request on; please contact them for updates.',
    rejected: 'We are unable to process this request because it does not concern a City service.',
  },
  es: {
    acknowledge: [
      'Gracias por avisarnos. Recibimos su solicitud y una persona de nuestro equipo la está revisando.',
      'Gracias por el reporte. Lo estamos revisando y le informaremos aquí.',
      'Recibimos su solicitud y la enviamos al equipo que se encarga de ella.',
    ],
    working: [
      'Confirmamos el problema y un técnico está trabajando en él.',
      'Nuestro equipo está trabajando en esto. Le avisaremos en cuanto esté listo.',
    ],
    askDetails: [
      '¿Podría decirnos qué navegador y dispositivo usaba y a qué hora ocurrió, más o menos? Una captura de pantalla también nos ayudaría.',
      'Para encontrar los registros necesitamos un rango de fechas más preciso. ¿Qué meses le interesan?',
      '¿Podría decirnos en qué lugar exacto del edificio estaba cuando falló la conexión?',
      'No pudimos reproducir el problema. ¿Podría enviarnos la dirección exacta de la página donde ocurre?',
    ],
    fixed: [
      'Ya está solucionado. Por favor, vuelva a comprobarlo y respóndanos si el problema continúa.',
      'Corregimos la página hoy. Gracias por ayudarnos a mantener el sitio al día.',
      'Cambiamos el equipo y la red funciona de nuevo. Gracias por avisarnos.',
      'Sus registros están listos. Los enviamos al correo electrónico de su solicitud.',
    ],
    noAction: [
      'Lo revisamos y la página funciona correctamente; la información es la vigente. No hace falta ningún cambio.',
      'No pudimos comunicarnos con usted para obtener los datos que necesitábamos, así que cerramos esta solicitud. Puede enviar una nueva cuando quiera.',
    ],
    referred: 'De esto se encarga otra entidad, {{agency}}. Le enviamos su solicitud; por favor, comuníquese con ellos para saber cómo avanza.',
    rejected: 'No podemos tramitar esta solicitud porque no se refiere a un servicio de la Ciudad.',
  },
  ar: {
    acknowledge: [
      'شكرًا لك على إبلاغنا. وصلنا طلبك، ويراجعه الآن أحد أعضاء فريقنا.',
      'شكرًا لك على البلاغ. نتحقق من الأمر الآن وسنوافيك بالمستجدات هنا.',
      'استلمنا طلبك وأحلناه إلى الفريق المختص به.',
    ],
    working: [
      'تأكدنا من وجود المشكلة، ويعمل أحد الفنيين على حلها.',
      'يعمل فريقنا على هذا الآن، وسنخبرك فور الانتهاء منه.',
    ],
    askDetails: [
      'هل يمكنك أن تخبرنا بالمتصفح والجهاز اللذين كنت تستخدمهما، وبالوقت التقريبي لحدوث المشكلة؟ ستفيدنا لقطة شاشة أيضًا.',
      'لنجد السجلات المطلوبة نحتاج إلى فترة زمنية أضيق. هل يمكنك أن تخبرنا بالأشهر التي تهمك؟',
      'هل يمكنك أن تخبرنا بالمكان الذي كنت فيه داخل المبنى بالضبط عندما انقطع الاتصال؟',
      'لم نتمكن من تكرار المشكلة لدينا. هل يمكنك أن ترسل إلينا عنوان الصفحة التي تحدث فيها بالضبط؟',
    ],
    fixed: [
      'أصلحنا المشكلة. يُرجى التحقق مرة أخرى والرد علينا إذا كانت لا تزال قائمة.',
      'صحّحنا الصفحة اليوم. شكرًا لك على مساعدتنا في إبقاء معلومات الموقع دقيقة.',
      'استبدلنا الجهاز وعادت الشبكة إلى العمل. شكرًا لك على الإبلاغ.',
      'سجلاتك جاهزة، وقد أرسلناها إلى عنوان البريد الإلكتروني المذكور في طلبك.',
    ],
    noAction: [
      'راجعنا الصفحة فوجدنا أنها تعمل كما ينبغي، والمعلومات المعروضة فيها محدّثة. لا حاجة إلى أي تغيير.',
      'لم نتمكن من التواصل معك للحصول على التفاصيل التي نحتاج إليها، لذلك نغلق هذا الطلب. يمكنك تقديم طلب جديد في أي وقت.',
    ],
    referred: 'هذا الأمر من اختصاص جهة أخرى: {{agency}}. أحلنا طلبك إليها؛ يُرجى التواصل معها لمعرفة المستجدات.',
    rejected: 'لا يمكننا معالجة هذا الطلب لأنه لا يتعلق بخدمة من خدمات المدينة.',
  },
  am: {
    acknowledge: [
      'ስላሳወቁን እናመሰግናለን። ጥያቄዎ ደርሶናል፤ ከቡድናችን አንድ ሰው እየመረመረው ነው።',
      'ስለ ሪፖርቱ እናመሰግናለን። ጉዳዩን እያየነው ነው፤ አዳዲስ መረጃዎችን እዚህ እናሳውቅዎታለን።',
      'ጥያቄዎ ደርሶናል፤ ጉዳዩን ለሚመለከተው ቡድን አስተላልፈነዋል።',
    ],
    working: [
      'ችግሩ መኖሩን አረጋግጠናል፤ አንድ ቴክኒሻን እየሠራበት ነው።',
      'ቡድናችን አሁን በዚህ ላይ እየሠራ ነው። እንደተጠናቀቀ እናሳውቅዎታለን።',
    ],
    askDetails: [
      'የትኛውን አሳሽ (browser) እና መሣሪያ ይጠቀሙ እንደነበርና ችግሩ በግምት በስንት ሰዓት እንደተከሰተ ሊነግሩን ይችላሉ? ቅጽበታዊ ገጽ እይታ (screenshot) ቢልኩልንም ይረዳናል።',
      'ትክክለኛዎቹን መዛግብት ለማግኘት ጠበብ ያለ የጊዜ ገደብ ያስፈልገናል። የትኞቹን ወራት እንደሚፈልጉ ሊነግሩን ይችላሉ?',
      'ግንኙነቱ ሲቋረጥ በሕንፃው ውስጥ በትክክል የት እንደነበሩ ሊነግሩን ይችላሉ?',
      'ችግሩን እኛ ጋ ልናስከስተው አልቻልንም። ችግሩ የሚከሰትበትን ገጽ ትክክለኛ የድር አድራሻ ሊልኩልን ይችላሉ?',
    ],
    fixed: [
      'ችግሩ ተስተካክሏል። እባክዎ እንደገና ይፈትሹ፤ ችግሩ አሁንም ካለ ምላሽ ይስጡን።',
      'ገጹን ዛሬ አስተካክለናል። የድር ጣቢያው መረጃ ትክክል እንዲሆን ስለረዱን እናመሰግናለን።',
      'መሣሪያው ተቀይሯል፤ ኔትወርኩም እንደገና እየሠራ ነው። ሪፖርት ስላደረጉ እናመሰግናለን።',
      'የጠየቋቸው መዛግብት ዝግጁ ናቸው። በጥያቄዎ ላይ ወዳለው የኢሜይል አድራሻ ልከናቸዋል።',
    ],
    noAction: [
      'ገጹን ፈትሸነዋል፤ እንደታሰበው እየሠራ ነው፣ የሚያሳየውም መረጃ ወቅታዊ ነው። ምንም ለውጥ አያስፈልግም።',
      'የሚያስፈልጉንን ዝርዝሮች ለማግኘት ልናገኝዎ ስላልቻልን ይህን ጥያቄ እንዘጋዋለን። በማንኛውም ጊዜ አዲስ ጥያቄ ማቅረብ ይችላሉ።',
    ],
    referred: 'ይህ ጉዳይ የሚመለከተው ሌላ ተቋምን ነው፦ {{agency}}። ጥያቄዎን ለእነርሱ አስተላልፈናል፤ ስለ ሂደቱ ለማወቅ እባክዎ እነርሱን ያነጋግሩ።',
    rejected: 'ይህ ጥያቄ የከተማውን አገልግሎት የሚመለከት ስላልሆነ ልናስተናግደው አንችልም።',
  },
};

/** What residents answer when staff ask for details. */
export const RESIDENT_ANSWERS: Record<Locale, readonly string[]> = {
  en: ['It was Chrome on a Windows laptop, around 3 p.m.', 'January to June of this year, please.', 'Second floor, near the computer lab.', 'Here is the address: the payments page, right after I press "Pay".'],
  es: ['Era Chrome en una computadora con Windows, como a las 3 de la tarde.', 'De enero a junio de este año, por favor.', 'En el segundo piso, cerca de la sala de computadoras.', 'Es la página de pagos, justo después de presionar "Pagar".'],
  ar: ['كنت أستخدم Chrome على حاسوب محمول بنظام Windows، نحو الساعة 3 عصرًا.', 'من يناير إلى يونيو من هذا العام، من فضلك.', 'في الطابق الثاني، قرب قاعة الحواسيب.', 'إنها صفحة الدفع، مباشرة بعد أن أضغط «ادفع».'],
  am: ['በWindows ላፕቶፕ ላይ Chrome እየተጠቀምኩ ነበር፤ ሰዓቱ 3:00 p.m. አካባቢ ነበር።', 'የዚህ ዓመት ከጃንዋሪ እስከ ጁን ድረስ፣ እባክዎ።', 'በሁለተኛው ፎቅ ላይ፣ ከኮምፒውተር ክፍሉ አጠገብ።', 'የክፍያ ገጹ ነው፤ «ይክፈሉ» የሚለውን እንደተጫንኩ ወዲያውኑ።'],
};

export const INTERNAL_NOTES = {
  triage: ['Checked: reproducible on mobile Safari.', 'Looks like the same outage as last week; linking ticket in the vendor portal.', 'Low impact, no personal data involved.', 'Called the resident, left a voicemail.', 'Vendor ticket opened, waiting on their ETA.'],
  escalate: ['Raised priority: affects payments.', 'Raised priority: several reports from the same building.', 'Accessibility barrier on a required form: treating as high.'],
  closing: ['Verified the fix in production.', 'Resident confirmed by phone.', 'Closed after two reminders with no answer.'],
  noActionDetail: ['Working as intended; information is current.', 'No answer from the resident after two reminders.'],
};

/**
 * Where requests outside the city's remit are sent: `name` is what the desk records (in English,
 * the staff's language), `said` how the reply to the resident names it in their language.
 */
export const AGENCIES: readonly { name: string; said: Record<Locale, string>; url: string }[] = [
  {
    name: 'Virginia Department of Transportation (VDOT)',
    said: {
      en: 'the Virginia Department of Transportation (VDOT)',
      es: 'el Departamento de Transporte de Virginia (VDOT)',
      ar: 'إدارة النقل في فرجينيا (VDOT)',
      am: 'የቨርጂኒያ የትራንስፖርት መምሪያ (VDOT)',
    },
    url: 'https://www.vdot.virginia.gov/',
  },
  {
    name: 'Dominion Energy',
    // A company's name stays in English; described the first time (docs/translation.md).
    said: { en: 'Dominion Energy', es: 'Dominion Energy, la compañía eléctrica', ar: 'شركة الكهرباء Dominion Energy', am: 'Dominion Energy (የኤሌክትሪክ ኩባንያው)' },
    url: 'https://www.dominionenergy.com/',
  },
  {
    name: 'Alexandria City Public Schools',
    said: {
      en: 'Alexandria City Public Schools',
      es: 'las Escuelas Públicas de la Ciudad de Alexandria (ACPS)',
      ar: 'مدارس مدينة ألكسندريا العامة (ACPS)',
      am: 'የአሌክሳንድሪያ ከተማ የሕዝብ ትምህርት ቤቶች (ACPS)',
    },
    url: 'https://www.acps.k12.va.us/',
  },
  {
    name: 'Federal Communications Commission',
    said: {
      en: 'the Federal Communications Commission (FCC)',
      es: 'la Comisión Federal de Comunicaciones (FCC)',
      ar: 'لجنة الاتصالات الفيدرالية (FCC)',
      am: 'የፌዴራል ኮሙኒኬሽን ኮሚሽን (FCC)',
    },
    url: 'https://www.fcc.gov/',
  },
];
