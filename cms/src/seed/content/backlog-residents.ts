import type { Locale } from '../types';

/**
 * What the demo backlog's residents write, in each of the city's languages: fictional people
 * (emails at example.com and example.org, phones in the 555-01xx range kept for fiction) and the
 * answers they give each demo form. Everything a resident writes is a record by language, so a new
 * language does not compile until its residents have their words. Plain data; seed/backlog-plan.ts
 * picks from it with a seeded generator.
 */

/** A name as the resident writes it, and as their email address spells it (lower-case Latin letters). */
export interface ResidentName {
  written: string;
  latin: string;
}
const spelled = (...names: string[]): ResidentName[] =>
  names.map((written) => ({ written, latin: written.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase() }));

export const FIRST_NAMES: Record<Locale, readonly ResidentName[]> = {
  en: spelled('Avery', 'Jordan', 'Priya', 'Marcus', 'Hannah', 'Tomás', 'Grace', 'Darnell', 'Mei', 'Owen', 'Fatima', 'Lucas', 'Nora', 'Samuel', 'Aisha', 'Ethan', 'Chloe', 'Kwame', 'Ruth', 'Daniel'),
  es: spelled('María', 'José', 'Lucía', 'Carlos', 'Ana', 'Javier', 'Sofía', 'Miguel', 'Valentina', 'Luis', 'Camila', 'Andrés', 'Gabriela', 'Diego', 'Isabel', 'Mateo', 'Rosa', 'Fernando'),
  ar: [
    { written: 'أحمد', latin: 'ahmed' },
    { written: 'فاطمة', latin: 'fatima' },
    { written: 'محمد', latin: 'mohamed' },
    { written: 'ليلى', latin: 'layla' },
    { written: 'يوسف', latin: 'youssef' },
    { written: 'مريم', latin: 'maryam' },
    { written: 'عمر', latin: 'omar' },
    { written: 'نور', latin: 'nour' },
    { written: 'خالد', latin: 'khaled' },
    { written: 'سارة', latin: 'sara' },
    { written: 'حسن', latin: 'hassan' },
    { written: 'رنا', latin: 'rana' },
    { written: 'كريم', latin: 'karim' },
    { written: 'هدى', latin: 'huda' },
  ],
  am: [
    { written: 'አበበ', latin: 'abebe' },
    { written: 'ሰላም', latin: 'selam' },
    { written: 'ብርሃኑ', latin: 'birhanu' },
    { written: 'ሜሮን', latin: 'meron' },
    { written: 'ዳዊት', latin: 'dawit' },
    { written: 'ትዕግሥት', latin: 'tigist' },
    { written: 'ሄኖክ', latin: 'henok' },
    { written: 'ቤተልሔም', latin: 'betelhem' },
    { written: 'ሙሉጌታ', latin: 'mulugeta' },
    { written: 'ፀሐይ', latin: 'tsehay' },
    { written: 'ዮናስ', latin: 'yonas' },
    { written: 'ሕይወት', latin: 'hiwot' },
    { written: 'ሳሙኤል', latin: 'samuel' },
    { written: 'መቅደስ', latin: 'mekdes' },
  ],
};
export const LAST_NAMES: Record<Locale, readonly ResidentName[]> = {
  en: spelled('Whitaker', 'Okafor', 'Nguyen', 'Patel', 'Sullivan', 'Brooks', 'Kowalski', 'Hayes', 'Bennett', 'Ramirez', 'Coleman', 'Fischer', 'Adeyemi', 'Murphy', 'Lindqvist', 'Chen'),
  es: spelled('García', 'Martínez', 'Rodríguez', 'López', 'Hernández', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Morales', 'Castillo'),
  ar: [
    { written: 'منصور', latin: 'mansour' },
    { written: 'حداد', latin: 'haddad' },
    { written: 'الحسيني', latin: 'alhusseini' },
    { written: 'عبد الله', latin: 'abdallah' },
    { written: 'النجار', latin: 'alnajjar' },
    { written: 'خوري', latin: 'khoury' },
    { written: 'صالح', latin: 'saleh' },
    { written: 'الزين', latin: 'alzein' },
    { written: 'سعيد', latin: 'saeed' },
    { written: 'العمري', latin: 'alomari' },
  ],
  am: [
    { written: 'ተስፋዬ', latin: 'tesfaye' },
    { written: 'ገብረመድኅን', latin: 'gebremedhin' },
    { written: 'ወልደማርያም', latin: 'woldemariam' },
    { written: 'ታደሰ', latin: 'tadesse' },
    { written: 'በቀለ', latin: 'bekele' },
    { written: 'ኃይሌ', latin: 'haile' },
    { written: 'አለሙ', latin: 'alemu' },
    { written: 'ደምሴ', latin: 'demissie' },
    { written: 'ጌታቸው', latin: 'getachew' },
    { written: 'ከበደ', latin: 'kebede' },
  ],
};
export const EMAIL_DOMAINS = ['example.com', 'example.org'] as const;

/** Streets of the city with made-up house numbers. */
export const STREETS = ['King St', 'Duke St', 'Washington St', 'Mount Vernon Ave', 'Braddock Rd', 'Seminary Rd', 'Eisenhower Ave', 'Van Dorn St', 'Commonwealth Ave', 'Cameron St', 'Prince St', 'Janneys Ln'];

export const CITY_PAGES = [
  'https://www.alexandriava.gov/parking',
  'https://www.alexandriava.gov/trash-and-recycling',
  'https://www.alexandriava.gov/real-estate-assessments',
  'https://www.alexandriava.gov/recreation/programs',
  'https://www.alexandriava.gov/permits/building',
  'https://www.alexandriava.gov/city-council/meetings',
  'https://www.alexandriava.gov/library/hours',
  'https://www.alexandriava.gov/taxes/personal-property',
];

export const COMPANIES = ['Northway Fiber Co.', 'Riverbend Wireless LLC', 'Potomac Conduit Partners', 'Lantern Telecom Services', 'Old Town Networks Inc.', 'Cardinal Broadband Builders'];
export const ORGANIZATIONS = ['Del Ray Citizens Association', 'Old Town Business Association', 'West End Robotics Club', 'Carlyle Architects (example)', 'Hollin Hall Surveyors', 'George Mason University student project'];
export const ASSISTIVE_TECHNOLOGY = ['NVDA 2025.3 with Firefox', 'JAWS 2026 with Chrome', 'VoiceOver on iPhone', 'ZoomText at 300%', 'Dragon NaturallySpeaking', 'Windows high contrast mode'];

/** Free-text answers per form question, in each language. */
export const TEXTS: Record<Locale, { gisUse: readonly string[]; recordsDescription: readonly string[] }> = {
  en: {
    gisUse: [
      'Planning a community garden layout and need the parcel lines around the block.',
      'Student research project on tree canopy and building density in the West End.',
      'Preparing a site survey for a residential addition; we need parcels and contours.',
      'Our association is mapping sidewalk gaps near schools to present to the council.',
      'Updating our delivery routing software with current street centerlines and addresses.',
    ],
    recordsDescription: [
      'All contracts and invoices for the public Wi-Fi expansion at Market Square, 2024 to 2026.',
      'Emails between Information Technology Services and the vendor of the permits portal about the outage in March.',
      'The current IT security policy and any audit reports about the City website from the last two years.',
      'Records of the City phone system replacement project, including the final cost and the contract.',
      'Logs or reports showing how many people used the library Wi-Fi each month this year.',
    ],
  },
  es: {
    gisUse: [
      'Estamos planificando un huerto comunitario y necesitamos los límites de las parcelas de la cuadra.',
      'Proyecto de investigación escolar sobre árboles y edificios en el West End.',
      'Preparamos un levantamiento para ampliar una vivienda; necesitamos parcelas y curvas de nivel.',
      'Nuestra asociación está mapeando las aceras que faltan cerca de las escuelas.',
    ],
    recordsDescription: [
      'Todos los contratos y facturas de la ampliación del wifi público en Market Square, de 2024 a 2026.',
      'Los correos entre Servicios de Tecnología de la Información y el proveedor del portal de permisos sobre la falla de marzo.',
      'La política de seguridad informática vigente y los informes de auditoría del sitio web de los últimos dos años.',
      'Los registros del proyecto de cambio del sistema telefónico de la Ciudad, con el costo final y el contrato.',
    ],
  },
  ar: {
    gisUse: [
      'نخطط لتصميم حديقة مجتمعية ونحتاج إلى حدود قطع الأراضي في المربع السكني المحيط بها.',
      'مشروع بحثي جامعي عن الغطاء الشجري وكثافة المباني في منطقة West End.',
      'نُعدّ مسحًا لموقع سنضيف فيه غرفة إلى منزل؛ نحتاج إلى قطع الأراضي وخطوط الارتفاع.',
      'تعمل جمعيتنا على رسم خريطة للأرصفة الناقصة قرب المدارس لعرضها على مجلس المدينة.',
    ],
    recordsDescription: [
      'جميع العقود والفواتير الخاصة بتوسيع شبكة الواي فاي (Wi-Fi) العامة في Market Square (ساحة السوق)، من 2024 إلى 2026.',
      'رسائل البريد الإلكتروني بين إدارة خدمات تكنولوجيا المعلومات (ITS) ومورّد بوابة التصاريح بشأن الانقطاع الذي حدث في مارس.',
      'سياسة أمن المعلومات المعمول بها حاليًا، وأي تقارير تدقيق عن موقع المدينة خلال العامين الماضيين.',
      'سجلات مشروع استبدال نظام الهاتف في المدينة، بما فيها التكلفة النهائية والعقد.',
    ],
  },
  am: {
    gisUse: [
      'የማኅበረሰብ የአትክልት ቦታ እያቀድን ስለሆነ በአካባቢው ያሉትን የመሬት ይዞታዎች ወሰን እንፈልጋለን።',
      'በWest End አካባቢ ስለ ዛፎች ሽፋንና ስለ ሕንፃዎች ብዛት የሚያጠና የተማሪ የምርምር ፕሮጀክት።',
      'ለመኖሪያ ቤት ማስፋፊያ የቦታ ቅኝት እያዘጋጀን ነው፤ የመሬት ይዞታዎችንና የከፍታ መስመሮችን (contours) እንፈልጋለን።',
      'ማኅበራችን በትምህርት ቤቶች አቅራቢያ የጎደሉ የእግረኛ መንገዶችን በካርታ ላይ እያሰፈረ ነው፤ ለከተማው ምክር ቤት እናቀርበዋለን።',
    ],
    recordsDescription: [
      'በMarket Square (የገበያ አደባባይ) የሕዝብ ዋይፋይ (Wi-Fi) ማስፋፊያ ላይ ከ2024 እስከ 2026 የተፈረሙ ውሎችና የክፍያ መጠየቂያዎች በሙሉ።',
      'በማርች ስለተከሰተው መቋረጥ በኢንፎርሜሽን ቴክኖሎጂ አገልግሎቶች (ITS) እና በፈቃድ ፖርታሉ አቅራቢ መካከል የተላለፉ ኢሜይሎች።',
      'አሁን በሥራ ላይ ያለው የኢንፎርሜሽን ቴክኖሎጂ ደኅንነት ፖሊሲ፣ እንዲሁም ባለፉት ሁለት ዓመታት ስለ ከተማው ድር ጣቢያ የተዘጋጁ የኦዲት ሪፖርቶች።',
      'የከተማውን የስልክ ሥርዓት የመቀየር ፕሮጀክት መዛግብት፣ የመጨረሻውን ወጪና ውሉን ጨምሮ።',
    ],
  },
};

type Said = Record<Locale, string>;

/** Website problems: which service, what went wrong, and how the resident put it. */
export const WEBSITE_CASES: readonly { service: string; problems: readonly string[]; said: Said }[] = [
  { service: 'city_website', problems: ['page_not_loading', 'error_message'], said: { en: 'The page shows "Service Unavailable" every time I open it, on my phone and on my laptop.', es: 'La página muestra "Servicio no disponible" cada vez que la abro, en el teléfono y en la computadora.', ar: 'تظهر الصفحة عبارة «Service Unavailable» في كل مرة أفتحها، على هاتفي وعلى حاسوبي المحمول.', am: 'ገጹን በከፈትኩ ቁጥር «Service Unavailable» የሚል መልእክት ያሳያል፤ በስልኬም በላፕቶፔም።' } },
  { service: 'online_payments', problems: ['payment_failed'], said: { en: 'I tried to pay my parking ticket and the payment page spun for a minute, then sent me back to the start. My card was not charged.', es: 'Intenté pagar mi multa de estacionamiento y la página de pago se quedó cargando y volvió al inicio. No me cobraron.', ar: 'حاولت دفع مخالفة ركن السيارات، فظلت صفحة الدفع تُحمَّل دقيقة كاملة ثم أعادتني إلى البداية. لم يُخصم أي مبلغ من بطاقتي.', am: 'የመኪና ማቆሚያ ቅጣቴን ለመክፈል ሞከርኩ፤ የክፍያ ገጹ ለአንድ ደቂቃ ያህል ሲጭን ቆይቶ ወደ መጀመሪያው መለሰኝ። ከካርዴ ምንም ገንዘብ አልተቀነሰም።' } },
  { service: 'city_website', problems: ['broken_link'], said: { en: 'The link to the 2026 budget document goes to a page that says it cannot be found.', es: 'El enlace al documento del presupuesto 2026 lleva a una página que dice que no existe.', ar: 'رابط وثيقة ميزانية 2026 يقود إلى صفحة تقول إنها غير موجودة.', am: 'የ2026 በጀት ሰነድ ሊንክ ገጹ አልተገኘም ወደሚል ገጽ ይወስዳል።' } },
  { service: 'city_website', problems: ['wrong_information'], said: { en: 'The hours listed for the Beatley library are the summer hours, but it is closing earlier now.', es: 'El horario de la biblioteca Beatley que aparece es el de verano, pero ahora cierra más temprano.', ar: 'مواعيد مكتبة Beatley المنشورة هي مواعيد الصيف، لكن المكتبة تُغلق الآن في وقت أبكر.', am: 'ለBeatley ቤተ መጻሕፍት የተጻፈው የሥራ ሰዓት የበጋው ነው፤ አሁን ግን ቀደም ብሎ ይዘጋል።' } },
  { service: 'permits_portal', problems: ['cannot_sign_in'], said: { en: 'I reset my password twice and still get "invalid credentials" when I sign in to the permits portal.', es: 'Cambié mi contraseña dos veces y todavía me sale "credenciales no válidas" en el portal de permisos.', ar: 'أعدت تعيين كلمة المرور مرتين، وما زلت أرى «invalid credentials» عند تسجيل الدخول إلى بوابة التصاريح.', am: 'የይለፍ ቃሌን ሁለት ጊዜ ቀይሬያለሁ፤ አሁንም ወደ ፈቃድ ፖርታሉ ስገባ «invalid credentials» ይለኛል።' } },
  { service: 'meeting_videos', problems: ['page_not_loading'], said: { en: 'The meeting video for last Tuesday stops after 12 minutes and will not play the rest.', es: 'El video de la reunión del martes pasado se detiene a los 12 minutos y no sigue.', ar: 'يتوقف تسجيل اجتماع يوم الثلاثاء الماضي بعد 12 دقيقة ولا يعرض الباقي.', am: 'ያለፈው ማክሰኞ የስብሰባ ቪዲዮ ከ12 ደቂቃ በኋላ ይቆማል፤ የቀረውን አያሳይም።' } },
  { service: 'service_requests', problems: ['error_message'], said: { en: 'After I press Send on the pothole form I get "Something went wrong" and no reference number.', es: 'Después de presionar Enviar en el formulario de baches aparece "Algo salió mal" y no recibo número de referencia.', ar: 'بعد أن أضغط «أرسل الطلب» في نموذج الإبلاغ عن الحُفر تظهر رسالة «حدث خطأ ما» ولا أحصل على رقم مرجعي.', am: 'በመንገድ ጉድጓድ ሪፖርት ቅጹ ላይ «ጥያቄውን ይላኩ» የሚለውን ስጫን «የሆነ ችግር ተፈጥሯል» ይላል፤ የማመሳከሪያ ቁጥርም አይሰጠኝም።' } },
  { service: 'online_payments', problems: ['error_message', 'payment_failed'], said: { en: 'Paying the personal property tax gives error 502, but the bank shows a pending charge.', es: 'Al pagar el impuesto sobre bienes personales sale el error 502, pero el banco muestra un cargo pendiente.', ar: 'عند دفع ضريبة الممتلكات الشخصية يظهر الخطأ 502، لكن البنك يُظهر مبلغًا معلّقًا.', am: 'የግል ንብረት ግብር ስከፍል ስህተት 502 ይመጣል፤ ባንኩ ግን በመጠባበቅ ላይ ያለ ክፍያ ያሳያል።' } },
];

/** Accessibility barriers and how residents described them. */
export const ACCESSIBILITY_CASES: readonly { barriers: readonly string[]; said: Said }[] = [
  { barriers: ['screen_reader'], said: { en: 'The form to sign up for recreation classes has buttons my screen reader announces only as "button".', es: 'El formulario de inscripción a clases de recreación tiene botones que mi lector de pantalla solo anuncia como "botón".', ar: 'في نموذج التسجيل في الأنشطة الترفيهية أزرار لا يقرؤها قارئ الشاشة إلا بكلمة «زر».', am: 'የመዝናኛ ትምህርቶች መመዝገቢያ ቅጽ ላይ ያሉትን አዝራሮች የስክሪን አንባቢዬ «አዝራር» ብቻ ብሎ ያነባቸዋል።' } },
  { barriers: ['keyboard'], said: { en: 'I cannot reach the "Next" button with the keyboard on the parking permit application; the focus jumps to the footer.', es: 'No puedo llegar al botón "Siguiente" con el teclado en la solicitud de permiso de estacionamiento.', ar: 'لا أستطيع الوصول إلى زر «التالي» بلوحة المفاتيح في طلب تصريح ركن السيارات؛ ينتقل التركيز إلى أسفل الصفحة.', am: 'በመኪና ማቆሚያ ፈቃድ ማመልከቻ ላይ «ቀጣይ» የሚለውን አዝራር በቁልፍ ሰሌዳ መድረስ አልችልም፤ ትኩረቱ ወደ ገጹ ግርጌ ይዘላል።' } },
  { barriers: ['contrast'], said: { en: 'The grey text on the light grey background of the events calendar is very hard to read.', es: 'El texto gris sobre fondo gris claro del calendario de eventos es muy difícil de leer.', ar: 'النص الرمادي على الخلفية الرمادية الفاتحة في تقويم الفعاليات صعب القراءة جدًا.', am: 'በዝግጅቶች ቀን መቁጠሪያ ላይ በፈዛዛ ግራጫ ዳራ ላይ ያለው ግራጫ ጽሑፍ ለማንበብ በጣም ያስቸግራል።' } },
  { barriers: ['zoom'], said: { en: 'When I zoom to 200% the menu covers half the page and cannot be closed.', es: 'Cuando amplío al 200 % el menú tapa la mitad de la página y no se puede cerrar.', ar: 'عندما أكبّر الصفحة إلى 200% تغطي القائمة نصف الصفحة ولا يمكن إغلاقها.', am: 'ገጹን 200% ሳሳድገው ምናሌው የገጹን ግማሽ ይሸፍናል፤ መዝጋትም አይቻልም።' } },
  { barriers: ['captions'], said: { en: 'The council meeting video from last week has no captions, so I cannot follow it.', es: 'El video de la reunión del concejo de la semana pasada no tiene subtítulos.', ar: 'تسجيل اجتماع مجلس المدينة من الأسبوع الماضي بلا نص مكتوب مصاحب (captions)، فلا أستطيع متابعته.', am: 'ባለፈው ሳምንት የነበረው የከተማው ምክር ቤት ስብሰባ ቪዲዮ የጽሑፍ ትርጉም (captions) የለውም፤ ስለዚህ ልከታተለው አልቻልኩም።' } },
  { barriers: ['screen_reader', 'keyboard'], said: { en: 'The trash schedule map cannot be used without a mouse and my screen reader reads nothing in it.', es: 'El mapa del calendario de basura no se puede usar sin ratón y mi lector de pantalla no lee nada.', ar: 'لا يمكن استخدام خريطة مواعيد جمع النفايات دون فأرة، ولا يقرأ قارئ الشاشة أي شيء فيها.', am: 'የቆሻሻ መሰብሰቢያ ፕሮግራም ካርታውን ያለ ማውዝ መጠቀም አይቻልም፤ የስክሪን አንባቢዬም በውስጡ ምንም አያነብም።' } },
];

/** Wi-Fi problems and what residents added. */
export const WIFI_DETAILS: Record<'no_network' | 'cannot_connect' | 'no_internet' | 'slow' | 'no_welcome_page', Said> = {
  no_network: { en: 'The network does not show up at all on my phone or my laptop.', es: 'La red no aparece ni en mi teléfono ni en mi computadora.', ar: 'الشبكة لا تظهر إطلاقًا على هاتفي ولا على حاسوبي المحمول.', am: 'ኔትወርኩ በስልኬም በላፕቶፔም ላይ ጭራሽ አይታይም።' },
  cannot_connect: { en: 'The network shows up but my laptop says it cannot get an address.', es: 'La red aparece pero mi computadora dice que no obtiene dirección.', ar: 'تظهر الشبكة، لكن حاسوبي يقول إنه لا يستطيع الحصول على عنوان.', am: 'ኔትወርኩ ይታያል፤ ላፕቶፔ ግን አድራሻ ማግኘት አልቻልኩም ይላል።' },
  no_internet: { en: 'It worked yesterday. Today nobody in the room can load any page.', es: 'Ayer funcionaba. Hoy nadie en la sala puede abrir ninguna página.', ar: 'كانت تعمل أمس. اليوم لا يستطيع أحد في القاعة فتح أي صفحة.', am: 'ትናንት ይሠራ ነበር። ዛሬ በክፍሉ ውስጥ ያለ ማንም ሰው ምንም ገጽ መክፈት አይችልም።' },
  slow: { en: "Very slow near the children's area, fine near the entrance.", es: 'Muy lento cerca del área infantil; bien cerca de la entrada.', ar: 'بطيئة جدًا قرب ركن الأطفال، وجيدة قرب المدخل.', am: 'በልጆች መጫወቻ አካባቢ በጣም ቀርፋፋ ነው፤ በመግቢያው አጠገብ ግን ጥሩ ነው።' },
  no_welcome_page: { en: 'The welcome page never loads, so I cannot accept the terms.', es: 'La página de bienvenida nunca carga y no puedo aceptar las condiciones.', ar: 'صفحة الترحيب لا تُفتح أبدًا، فلا أستطيع قبول الشروط.', am: 'የእንኳን ደህና መጡ ገጹ በጭራሽ አይከፈትም፤ ስለዚህ ውሎቹን መቀበል አልችልም።' },
};

/** How a telecommunications applicant describes a lane closure. */
export const LANE_CLOSURE: Said = {
  en: 'One lane of King Street, 9 am to 3 pm.',
  es: 'Un carril de la calle King, de 9:00 a 15:00.',
  ar: 'حارة مرور واحدة في شارع King، من 9:00 صباحًا إلى 3:00 مساءً.',
  am: 'በKing Street ላይ አንድ የመኪና መስመር፣ ከ9:00 a.m. እስከ 3:00 p.m.',
};
