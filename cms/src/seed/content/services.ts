import type { Locale, ServiceSeed } from '../types';
import { bulletList, paragraphs } from './blocks';

const DEPARTMENT = 'information-technology-services';

/** One name per topic and locale, so every service on the same topic uses the same words. */
const TOPICS = {
  online: { en: 'Online services', es: 'Servicios en línea', ar: 'الخدمات الإلكترونية', am: 'የመስመር ላይ አገልግሎቶች' },
  maps: { en: 'Maps and data', es: 'Mapas y datos', ar: 'الخرائط والبيانات', am: 'ካርታዎችና መረጃዎች' },
  records: { en: 'Public records', es: 'Registros públicos', ar: 'السجلات العامة', am: 'ሕዝባዊ መዛግብት' },
  connectivity: { en: 'Connectivity', es: 'Conectividad', ar: 'الاتصال بالإنترنت', am: 'የኢንተርኔት ግንኙነት' },
  accessibility: { en: 'Accessibility', es: 'Accesibilidad', ar: 'إمكانية الوصول', am: 'ተደራሽነት' },
  rightOfWay: { en: 'Permits and right-of-way', es: 'Permisos y vía pública', ar: 'التصاريح والطريق العام', am: 'ፈቃዶችና የሕዝብ መንገድ' },
  safety: { en: 'Online safety', es: 'Seguridad en línea', ar: 'الأمان على الإنترنت', am: 'የመስመር ላይ ደህንነት' },
} as const satisfies Record<string, Record<Locale, string>>;

export const services: ServiceSeed[] = [
  {
    slug: 'report-a-website-problem',
    audience: 'both',
    department: DEPARTMENT,
    serviceForm: 'website-problem',
    locales: {
      en: {
        title: 'Report a problem with a City website or online service',
        summary:
          'Found a broken link, an error message or a payment that did not go through on a City website? Tell us so we can fix it.',
        topic: TOPICS.online.en,
        keywords: 'website, broken link, error, online service, payment failed, sign in, bug, web page',
        timeToComplete: 'About 5 minutes',
        body: [
          ...paragraphs(
            'The City’s eGov team looks after the City website and the online services you use to pay, apply and make requests. If something does not work, your report helps us find and fix it quickly.',
            'Before you start, have the web address of the page ready. A screenshot of the problem also helps.',
          ),
          bulletList(
            'We reply within 2 business days.',
            'If a payment failed, do not pay again until we contact you.',
            'To report a problem with accessibility, use the accessibility problem report instead.',
          ),
        ],
      },
      es: {
        title: 'Reportar un problema con un sitio web o un servicio en línea de la Ciudad',
        summary:
          '¿Encontró un enlace que no funciona, un mensaje de error o un pago que no se completó en un sitio web de la Ciudad? Avísenos para que podamos arreglarlo.',
        topic: TOPICS.online.es,
        keywords: 'sitio web, enlace roto, error, servicio en línea, pago fallido, iniciar sesión, falla, página web',
        timeToComplete: 'Unos 5 minutos',
        body: [
          ...paragraphs(
            'El equipo de eGov de la Ciudad se encarga del sitio web de la Ciudad y de los servicios en línea que usted usa para pagar, hacer solicitudes y presentar trámites. Si algo no funciona, su reporte nos ayuda a encontrarlo y arreglarlo rápido.',
            'Antes de empezar, tenga a mano la dirección web de la página. Una captura de pantalla del problema también ayuda.',
          ),
          bulletList(
            'Le respondemos en un plazo de 2 días hábiles.',
            'Si un pago no se completó, no vuelva a pagar hasta que nos comuniquemos con usted.',
            'Para reportar un problema de accesibilidad, use el reporte de problemas de accesibilidad.',
          ),
        ],
      },
      ar: {
        title: 'الإبلاغ عن مشكلة في موقع إلكتروني أو خدمة إلكترونية تابعة للمدينة',
        summary: 'هل وجدت رابطًا لا يعمل أو رسالة خطأ أو دفعة لم تكتمل على أحد مواقع المدينة؟ أخبرنا لنصلح المشكلة.',
        topic: TOPICS.online.ar,
        keywords: 'الموقع، موقع إلكتروني، رابط لا يعمل، خطأ، خدمة إلكترونية، فشل الدفع، تسجيل الدخول، صفحة',
        timeToComplete: 'نحو 5 دقائق',
        body: [
          ...paragraphs(
            'يعتني فريق الحكومة الإلكترونية (eGov) في المدينة بموقع المدينة وبالخدمات الإلكترونية التي تستخدمها للدفع وتقديم الطلبات. إذا لم يعمل شيء ما، فبلاغك يساعدنا على إيجاد المشكلة وإصلاحها بسرعة.',
            'قبل أن تبدأ، جهّز عنوان الصفحة على الإنترنت. وتساعد لقطة شاشة للمشكلة أيضًا.',
          ),
          bulletList(
            'نرد خلال يومي عمل.',
            'إذا لم تكتمل عملية دفع، فلا تدفع مرة أخرى حتى نتواصل معك.',
            'للإبلاغ عن مشكلة في إمكانية الوصول، استخدم نموذج الإبلاغ عن مشكلة في إمكانية الوصول.',
          ),
        ],
      },
      am: {
        title: 'በከተማው ድር ጣቢያ ወይም የመስመር ላይ አገልግሎት ላይ ያለን ችግር ሪፖርት ያድርጉ',
        summary: 'በከተማው ድር ጣቢያ ላይ የማይሠራ ሊንክ፣ የስህተት መልእክት ወይም ያልተጠናቀቀ ክፍያ አጋጥሞዎታል? እንድናስተካክለው ይንገሩን።',
        topic: TOPICS.online.am,
        keywords: 'ድር ጣቢያ፣ ድር፣ የማይሠራ ሊንክ፣ ስህተት፣ የመስመር ላይ አገልግሎት፣ ያልተሳካ ክፍያ፣ መግባት፣ ድረ ገጽ',
        timeToComplete: 'ወደ 5 ደቂቃ ገደማ',
        body: [
          ...paragraphs(
            'የከተማው የኢ-መንግሥት (eGov) ቡድን የከተማውን ድር ጣቢያና ለመክፈል፣ ለማመልከትና ጥያቄ ለማቅረብ የሚጠቀሙባቸውን የመስመር ላይ አገልግሎቶች ይንከባከባል። አንድ ነገር ካልሠራ፣ የእርስዎ ሪፖርት ችግሩን በፍጥነት እንድናገኝና እንድናስተካክል ይረዳናል።',
            'ከመጀመርዎ በፊት የገጹን የድር አድራሻ ያዘጋጁ። የችግሩ ቅጽበታዊ ገጽ እይታ (screenshot) ካለም ይረዳል።',
          ),
          bulletList(
            'በ2 የሥራ ቀናት ውስጥ ምላሽ እንሰጣለን።',
            'ክፍያ ካልተጠናቀቀ፣ እኛ እስክናገኝዎ ድረስ እንደገና አይክፈሉ።',
            'የተደራሽነት ችግርን ሪፖርት ለማድረግ የተደራሽነት ችግር ሪፖርት ማድረጊያውን ይጠቀሙ።',
          ),
        ],
      },
    },
  },
  {
    slug: 'report-an-accessibility-problem',
    audience: 'both',
    department: DEPARTMENT,
    serviceForm: 'accessibility-problem',
    locales: {
      en: {
        title: 'Report an accessibility problem',
        summary:
          'Tell us if you cannot use a City website, online service or document because of a disability, or ask for information in another format.',
        topic: TOPICS.accessibility.en,
        keywords: 'accessibility, disability, screen reader, keyboard, captions, large print, braille, ADA, WCAG',
        timeToComplete: 'About 5 minutes',
        body: [
          ...paragraphs(
            'The City wants everyone to be able to use its websites and online services. If something gets in your way, such as a form that does not work with a keyboard or a video without captions, please tell us.',
            'You can also ask for the information in another format, such as large print, braille, audio or plain text by email. There is no charge.',
            'We respond within 3 business days. If you prefer to talk to someone, call 703.746.4357 or dial 711 for Virginia Relay.',
          ),
        ],
      },
      es: {
        title: 'Reportar un problema de accesibilidad',
        summary:
          'Avísenos si no puede usar un sitio web, un servicio en línea o un documento de la Ciudad por una discapacidad, o pida la información en otro formato.',
        topic: TOPICS.accessibility.es,
        keywords: 'accesibilidad, discapacidad, lector de pantalla, teclado, subtítulos, letra grande, braille, ADA, WCAG',
        timeToComplete: 'Unos 5 minutos',
        body: [
          ...paragraphs(
            'La Ciudad quiere que todas las personas puedan usar sus sitios web y servicios en línea. Si algo se lo impide, por ejemplo, un formulario que no funciona con el teclado o un video sin subtítulos, díganoslo.',
            'También puede pedir la información en otro formato, como letra grande, braille, audio o texto simple por correo electrónico. No tiene costo.',
            'Le respondemos en un plazo de 3 días hábiles. Si prefiere hablar con alguien, llame al 703.746.4357 o marque 711 para usar Virginia Relay.',
          ),
        ],
      },
      ar: {
        title: 'الإبلاغ عن مشكلة في إمكانية الوصول',
        summary: 'أخبرنا إذا لم تستطع استخدام موقع أو خدمة إلكترونية أو وثيقة تابعة للمدينة بسبب إعاقة، أو اطلب المعلومات بصيغة أخرى.',
        topic: TOPICS.accessibility.ar,
        keywords: 'إمكانية الوصول، إعاقة، قارئ الشاشة، لوحة المفاتيح، ترجمة نصية، طباعة كبيرة، برايل، ADA، WCAG',
        timeToComplete: 'نحو 5 دقائق',
        body: [
          ...paragraphs(
            'تريد المدينة أن يتمكن الجميع من استخدام مواقعها وخدماتها الإلكترونية. إذا أعاقك شيء، مثل نموذج لا يعمل بلوحة المفاتيح أو فيديو بلا ترجمة نصية، فنرجو أن تخبرنا.',
            'ويمكنك أيضًا أن تطلب المعلومات بصيغة أخرى، مثل الطباعة الكبيرة أو طريقة برايل أو تسجيل صوتي أو نص عادي بالبريد الإلكتروني. دون أي رسوم.',
            'نرد خلال 3 أيام عمل. إذا كنت تفضّل التحدث إلى شخص، فاتصل بالرقم 703.746.4357 أو بالرقم 711 لخدمة Virginia Relay.',
          ),
        ],
      },
      am: {
        title: 'የተደራሽነት ችግርን ሪፖርት ያድርጉ',
        summary: 'በአካል ጉዳት ምክንያት የከተማውን ድር ጣቢያ፣ የመስመር ላይ አገልግሎት ወይም ሰነድ መጠቀም ካልቻሉ ይንገሩን፤ ወይም መረጃውን በሌላ ቅርጸት ይጠይቁ።',
        topic: TOPICS.accessibility.am,
        keywords: 'ተደራሽነት፣ አካል ጉዳት፣ ስክሪን አንባቢ፣ ኪቦርድ፣ የጽሑፍ ትርጉም፣ ትልቅ ፊደል፣ ብሬል፣ ADA፣ WCAG',
        timeToComplete: 'ወደ 5 ደቂቃ ገደማ',
        body: [
          ...paragraphs(
            'ከተማው ሁሉም ሰው ድር ጣቢያዎቹንና የመስመር ላይ አገልግሎቶቹን መጠቀም እንዲችል ይፈልጋል። በኪቦርድ የማይሠራ ቅጽ ወይም የጽሑፍ ትርጉም የሌለው ቪዲዮ የመሰለ ነገር ካገደዎት፣ እባክዎ ይንገሩን።',
            'መረጃውን በሌላ ቅርጸት፣ ለምሳሌ በትልቅ ፊደል፣ በብሬል፣ በድምፅ ወይም በኢሜይል በተራ ጽሑፍ መጠየቅም ይችላሉ። ምንም ክፍያ የለውም።',
            'በ3 የሥራ ቀናት ውስጥ ምላሽ እንሰጣለን። ከሰው ጋር መነጋገር ከመረጡ 703.746.4357 ይደውሉ ወይም ለVirginia Relay 711 ይደውሉ።',
          ),
        ],
      },
    },
  },
  {
    slug: 'pay-city-bills-online',
    audience: 'both',
    department: DEPARTMENT,
    locales: {
      en: {
        title: 'Pay City bills online',
        summary:
          'Pay real estate and personal property taxes, parking tickets and many City fees online with a bank account or a card, any time of day.',
        topic: TOPICS.online.en,
        keywords: 'pay online, payment, taxes, real estate tax, car tax, parking ticket, fees, credit card, e-check',
        timeToComplete: 'About 5 minutes',
        body: [
          ...paragraphs(
            'You can pay many City bills online instead of by mail or in person. Have your bill or account number ready before you start.',
          ),
          bulletList(
            'Paying from a bank account (e-check) is free.',
            'Paying by credit or debit card has a service fee charged by the payment company.',
            'You get a confirmation number and an email receipt. Keep them until the payment shows on your account.',
          ),
          ...paragraphs(
            'If your payment fails or you see an error, report a problem with a City website or online service. Do not pay twice.',
          ),
        ],
      },
      es: {
        title: 'Pagar cuentas de la Ciudad en línea',
        summary:
          'Pague en línea los impuestos sobre bienes inmuebles y bienes personales, las multas de estacionamiento y muchos cargos de la Ciudad con una cuenta bancaria o una tarjeta, a cualquier hora.',
        topic: TOPICS.online.es,
        keywords: 'pagar en línea, pago, impuestos, impuesto predial, impuesto del carro, multa de estacionamiento, cargos, tarjeta de crédito, cheque electrónico',
        timeToComplete: 'Unos 5 minutos',
        body: [
          ...paragraphs(
            'Puede pagar muchas cuentas de la Ciudad en línea en lugar de hacerlo por correo o en persona. Tenga a mano su factura o su número de cuenta antes de empezar.',
          ),
          bulletList(
            'Pagar desde una cuenta bancaria (cheque electrónico) es gratis.',
            'Pagar con tarjeta de crédito o débito tiene un cargo por servicio que cobra la compañía de pagos.',
            'Recibirá un número de confirmación y un recibo por correo electrónico. Guárdelos hasta que el pago aparezca en su cuenta.',
          ),
          ...paragraphs(
            'Si su pago no se completa o ve un error, reporte un problema con un sitio web o un servicio en línea de la Ciudad. No pague dos veces.',
          ),
        ],
      },
      ar: {
        title: 'دفع فواتير المدينة عبر الإنترنت',
        summary: 'ادفع عبر الإنترنت ضريبة العقارات وضريبة الممتلكات الشخصية ومخالفات ركن السيارات وكثيرًا من رسوم المدينة، من حساب مصرفي أو ببطاقة، في أي وقت.',
        topic: TOPICS.online.ar,
        keywords: 'الدفع عبر الإنترنت، دفع، ضرائب، ضريبة العقارات، ضريبة السيارة، مخالفة ركن السيارات، رسوم، بطاقة ائتمان، شيك إلكتروني',
        timeToComplete: 'نحو 5 دقائق',
        body: [
          ...paragraphs(
            'يمكنك دفع كثير من فواتير المدينة عبر الإنترنت بدلًا من الدفع بالبريد أو شخصيًا. جهّز فاتورتك أو رقم حسابك قبل أن تبدأ.',
          ),
          bulletList(
            'الدفع من حساب مصرفي (شيك إلكتروني) مجاني.',
            'عند الدفع ببطاقة ائتمان أو بطاقة خصم، تتقاضى شركة الدفع رسم خدمة.',
            'ستحصل على رقم تأكيد وإيصال بالبريد الإلكتروني. احتفظ بهما حتى تظهر الدفعة في حسابك.',
          ),
          ...paragraphs(
            'إذا لم تكتمل عملية الدفع أو ظهرت لك رسالة خطأ، فأبلغ عن مشكلة في موقع إلكتروني أو خدمة إلكترونية تابعة للمدينة. لا تدفع مرتين.',
          ),
        ],
      },
      am: {
        title: 'የከተማውን ሒሳቦች በመስመር ላይ ይክፈሉ',
        summary: 'የማይንቀሳቀስ ንብረትና የግል ንብረት ግብሮችን፣ የመኪና ማቆሚያ ቅጣቶችንና ብዙ የከተማውን የአገልግሎት ክፍያዎች በባንክ ሒሳብ ወይም በካርድ፣ በቀኑ በማንኛውም ሰዓት፣ በመስመር ላይ ይክፈሉ።',
        topic: TOPICS.online.am,
        keywords: 'በመስመር ላይ መክፈል፣ ክፍያ፣ ግብር፣ የማይንቀሳቀስ ንብረት ግብር፣ የመኪና ግብር፣ የመኪና ማቆሚያ ቅጣት፣ የአገልግሎት ክፍያዎች፣ ክሬዲት ካርድ፣ ኢ-ቼክ',
        timeToComplete: 'ወደ 5 ደቂቃ ገደማ',
        body: [
          ...paragraphs(
            'ብዙ የከተማውን ሒሳቦች በፖስታ ወይም በአካል ከመክፈል ይልቅ በመስመር ላይ መክፈል ይችላሉ። ከመጀመርዎ በፊት የክፍያ ወረቀትዎን ወይም የሒሳብ ቁጥርዎን ያዘጋጁ።',
          ),
          bulletList(
            'ከባንክ ሒሳብ (በኢ-ቼክ) መክፈል ነፃ ነው።',
            'በክሬዲት ወይም በዴቢት ካርድ ሲከፍሉ የክፍያ ኩባንያው የአገልግሎት ክፍያ ያስከፍላል።',
            'የማረጋገጫ ቁጥርና በኢሜይል ደረሰኝ ያገኛሉ። ክፍያው በሒሳብዎ ላይ እስኪታይ ድረስ ያስቀምጧቸው።',
          ),
          ...paragraphs(
            'ክፍያዎ ካልተጠናቀቀ ወይም የስህተት መልእክት ካዩ፣ በከተማው ድር ጣቢያ ወይም የመስመር ላይ አገልግሎት ላይ ያለን ችግር ሪፖርት ያድርጉ። ሁለት ጊዜ አይክፈሉ።',
          ),
        ],
      },
    },
  },
  {
    slug: 'request-gis-map-data',
    audience: 'both',
    department: DEPARTMENT,
    serviceForm: 'gis-data-request',
    locales: {
      en: {
        title: 'Request GIS map data',
        summary:
          'Ask the City’s GIS team for map data such as parcels, zoning, streets or aerial photos when you cannot find it on the open data portal.',
        topic: TOPICS.maps.en,
        keywords: 'GIS, map data, maps, parcels, zoning, aerial photos, shapefile, geodatabase, flood zones, layers',
        timeToComplete: 'About 10 minutes',
        body: [
          ...paragraphs(
            'The Geographic Information Systems (GIS) team creates and maintains the City’s map data. Residents, students, businesses and other agencies can ask for it.',
            'Many map layers are free to download right away from the City’s open data portal. Check there first. Use this request for data that is not on the portal, for a custom area or for a printed map.',
          ),
          bulletList(
            'Most requests are answered within 10 business days.',
            'Large or custom requests may have a fee. We tell you the cost before we start.',
            'You must agree to the City’s GIS data terms of use.',
          ),
        ],
      },
      es: {
        title: 'Solicitar datos de mapas GIS',
        summary:
          'Pida al equipo GIS de la Ciudad datos de mapas como parcelas, zonificación, calles o fotos aéreas cuando no los encuentre en el portal de datos abiertos.',
        topic: TOPICS.maps.es,
        keywords: 'GIS, SIG, datos de mapas, mapas, parcelas, zonificación, fotos aéreas, shapefile, geodatabase, zonas de inundación, capas',
        timeToComplete: 'Unos 10 minutos',
        body: [
          ...paragraphs(
            'El equipo de Sistemas de Información Geográfica (GIS) crea y mantiene los datos de mapas de la Ciudad. Residentes, estudiantes, negocios y otras agencias pueden pedirlos.',
            'Muchas capas de mapas se pueden descargar gratis al instante en el portal de datos abiertos de la Ciudad. Busque ahí primero. Use esta solicitud para datos que no están en el portal, para una zona especial o para un mapa impreso.',
          ),
          bulletList(
            'La mayoría de las solicitudes se responden en un plazo de 10 días hábiles.',
            'Las solicitudes grandes o especiales pueden tener un costo. Le diremos el costo antes de empezar.',
            'Debe aceptar las condiciones de uso de los datos GIS de la Ciudad.',
          ),
        ],
      },
      ar: {
        title: 'طلب بيانات خرائط نظم المعلومات الجغرافية (GIS)',
        summary: 'اطلب من فريق GIS بالمدينة بيانات خرائط، كقطع الأراضي وتقسيم المناطق والشوارع والصور الجوية، إن لم تجدها في بوابة البيانات المفتوحة.',
        topic: TOPICS.maps.ar,
        keywords: 'GIS، نظم المعلومات الجغرافية، بيانات الخرائط، خرائط، قطع الأراضي، تقسيم المناطق، صور جوية، shapefile، geodatabase، مناطق الفيضانات، طبقات',
        timeToComplete: 'نحو 10 دقائق',
        body: [
          ...paragraphs(
            'ينشئ فريق نظم المعلومات الجغرافية (GIS) بيانات الخرائط في المدينة ويحدّثها. ويمكن للسكان والطلاب والشركات والجهات الأخرى أن يطلبوها.',
            'يمكن تنزيل كثير من طبقات الخرائط مجانًا وفورًا من بوابة البيانات المفتوحة للمدينة، فابحث هناك أولًا. استخدم هذا الطلب للبيانات غير الموجودة في البوابة، أو لمنطقة تحددها أنت، أو لخريطة مطبوعة.',
          ),
          bulletList(
            'نرد على معظم الطلبات خلال 10 أيام عمل.',
            'قد تُفرض رسوم على الطلبات الكبيرة أو المخصصة. نخبرك بالتكلفة قبل أن نبدأ.',
            'يجب أن توافق على شروط استخدام بيانات GIS الخاصة بالمدينة.',
          ),
        ],
      },
      am: {
        title: 'የGIS ካርታ መረጃ ይጠይቁ',
        summary: 'በከተማው የክፍት መረጃ ፖርታል ላይ ማግኘት ካልቻሉ፣ እንደ የመሬት ይዞታዎች፣ የዞን ክፍፍል፣ መንገዶች ወይም የአየር ላይ ፎቶዎች ያሉ የካርታ መረጃዎችን ከከተማው የGIS ቡድን ይጠይቁ።',
        topic: TOPICS.maps.am,
        keywords: 'GIS፣ የጂኦግራፊያዊ መረጃ ሥርዓቶች፣ የካርታ መረጃ፣ ካርታዎች፣ የመሬት ይዞታዎች፣ የዞን ክፍፍል፣ የአየር ላይ ፎቶዎች፣ shapefile፣ geodatabase፣ የጎርፍ ቀጠናዎች፣ ንብርብሮች',
        timeToComplete: 'ወደ 10 ደቂቃ ገደማ',
        body: [
          ...paragraphs(
            'የጂኦግራፊያዊ መረጃ ሥርዓቶች (GIS) ቡድን የከተማውን የካርታ መረጃ ያዘጋጃል፤ ወቅታዊ ያደርጋልም። ነዋሪዎች፣ ተማሪዎች፣ የንግድ ድርጅቶችና ሌሎች ተቋማት ይህን መረጃ መጠየቅ ይችላሉ።',
            'ብዙ የካርታ ንብርብሮችን ከከተማው የክፍት መረጃ ፖርታል ወዲያውኑ በነፃ ማውረድ ይችላሉ፤ ስለዚህ መጀመሪያ እዚያ ይፈልጉ። ይህን ጥያቄ በፖርታሉ ላይ ለሌለ መረጃ፣ እርስዎ ለሚወስኑት አካባቢ ወይም ለታተመ ካርታ ይጠቀሙ።',
          ),
          bulletList(
            'አብዛኞቹ ጥያቄዎች በ10 የሥራ ቀናት ውስጥ ምላሽ ያገኛሉ።',
            'ለትልቅ ወይም ለተለየ ጥያቄ ክፍያ ሊኖር ይችላል። ከመጀመራችን በፊት ወጪውን እንነግርዎታለን።',
            'በከተማው የGIS መረጃ አጠቃቀም ደንቦች መስማማት አለብዎት።',
          ),
        ],
      },
    },
  },
  {
    slug: 'view-interactive-city-maps',
    audience: 'both',
    department: DEPARTMENT,
    locales: {
      en: {
        title: 'View interactive City maps',
        summary:
          'Look up property lines, zoning, flood zones, voting places, schools and more on the City’s free online maps.',
        topic: TOPICS.maps.en,
        keywords: 'interactive maps, online map, property, parcel, zoning, flood zone, polling place, schools, GIS viewer',
        timeToComplete: 'A few minutes',
        body: [
          ...paragraphs(
            'The City’s interactive maps let you search by address and see information about any place in Alexandria. You do not need an account or special software. The maps work on computers, tablets and phones.',
          ),
          bulletList(
            'Property lines and property information',
            'Zoning and planning areas',
            'Flood zones',
            'Polling places and voting districts',
            'Schools, parks and City facilities',
          ),
          ...paragraphs(
            'The maps are for reference only. They are not a legal survey. If you need the underlying data, request GIS map data.',
          ),
        ],
      },
      es: {
        title: 'Ver los mapas interactivos de la Ciudad',
        summary:
          'Consulte límites de propiedades, zonificación, zonas de inundación, lugares de votación, escuelas y más en los mapas en línea gratuitos de la Ciudad.',
        topic: TOPICS.maps.es,
        keywords: 'mapas interactivos, mapa en línea, propiedad, parcela, zonificación, zona de inundación, lugar de votación, escuelas, visor GIS',
        timeToComplete: 'Unos minutos',
        body: [
          ...paragraphs(
            'Los mapas interactivos de la Ciudad le permiten buscar por dirección y ver información sobre cualquier lugar de Alexandria. No necesita una cuenta ni programas especiales. Los mapas funcionan en computadoras, tabletas y teléfonos.',
          ),
          bulletList(
            'Límites e información de propiedades',
            'Zonificación y áreas de planificación',
            'Zonas de inundación',
            'Lugares de votación y distritos electorales',
            'Escuelas, parques e instalaciones de la Ciudad',
          ),
          ...paragraphs(
            'Los mapas son solo de referencia. No son un levantamiento topográfico oficial. Si necesita los datos, solicite datos de mapas GIS.',
          ),
        ],
      },
      ar: {
        title: 'عرض خرائط المدينة التفاعلية',
        summary: 'اطّلع على حدود العقارات وتقسيم المناطق ومناطق الفيضانات ومراكز الاقتراع والمدارس وغيرها على خرائط المدينة المجانية عبر الإنترنت.',
        topic: TOPICS.maps.ar,
        keywords: 'خرائط تفاعلية، خريطة على الإنترنت، عقار، قطعة أرض، تقسيم المناطق، منطقة فيضانات، مركز اقتراع، مدارس، عارض GIS',
        timeToComplete: 'دقائق قليلة',
        body: [
          ...paragraphs(
            'تتيح لك خرائط المدينة التفاعلية البحث بالعنوان والاطلاع على معلومات عن أي مكان في ألكسندريا. لا تحتاج إلى حساب ولا إلى برامج خاصة. وتعمل الخرائط على الحواسيب والأجهزة اللوحية والهواتف.',
          ),
          bulletList(
            'حدود العقارات ومعلوماتها',
            'تقسيم المناطق ومناطق التخطيط',
            'مناطق الفيضانات',
            'مراكز الاقتراع والدوائر الانتخابية',
            'المدارس والحدائق ومرافق المدينة',
          ),
          ...paragraphs(
            'الخرائط للاسترشاد فقط، وليست مسحًا قانونيًا للأراضي. إذا احتجت إلى البيانات التي بُنيت عليها الخرائط، فاطلب بيانات خرائط GIS.',
          ),
        ],
      },
      am: {
        title: 'የከተማውን በይነተገናኝ ካርታዎች ይመልከቱ',
        summary: 'የንብረት ወሰኖችን፣ የዞን ክፍፍልን፣ የጎርፍ ቀጠናዎችን፣ የምርጫ ጣቢያዎችን፣ ትምህርት ቤቶችንና ሌሎችንም በከተማው ነፃ የመስመር ላይ ካርታዎች ላይ ይመልከቱ።',
        topic: TOPICS.maps.am,
        keywords: 'በይነተገናኝ ካርታዎች፣ የመስመር ላይ ካርታ፣ ንብረት፣ የመሬት ይዞታ፣ የዞን ክፍፍል፣ የጎርፍ ቀጠና፣ የምርጫ ጣቢያ፣ ትምህርት ቤቶች፣ የGIS ካርታ መመልከቻ',
        timeToComplete: 'ጥቂት ደቂቃዎች',
        body: [
          ...paragraphs(
            'የከተማው በይነተገናኝ ካርታዎች በአድራሻ እንዲፈልጉና በአሌክሳንድሪያ ውስጥ ስላለ ማንኛውም ቦታ መረጃ እንዲያዩ ያስችሉዎታል። አካውንት ወይም ልዩ ሶፍትዌር አያስፈልግዎትም። ካርታዎቹ በኮምፒውተር፣ በታብሌትና በስልክ ላይ ይሠራሉ።',
          ),
          bulletList(
            'የንብረት ወሰኖችና የንብረት መረጃ',
            'የዞን ክፍፍልና የዕቅድ አካባቢዎች',
            'የጎርፍ ቀጠናዎች',
            'የምርጫ ጣቢያዎችና የምርጫ ክልሎች',
            'ትምህርት ቤቶች፣ መናፈሻዎችና የከተማው ተቋማት',
          ),
          ...paragraphs(
            'ካርታዎቹ ለማጣቀሻ ብቻ ናቸው፤ ሕጋዊ የመሬት ልኬት አይደሉም። ካርታዎቹ የተሠሩበትን መረጃ ከፈለጉ የGIS ካርታ መረጃ ይጠይቁ።',
          ),
        ],
      },
    },
  },
  {
    slug: 'explore-city-open-data',
    audience: 'both',
    department: DEPARTMENT,
    locales: {
      en: {
        title: 'Explore the City’s open data',
        summary:
          'Download free City data sets, such as map layers, budgets, permits and service requests, to use in your own research, apps or business.',
        topic: TOPICS.maps.en,
        keywords: 'open data, data sets, download, CSV, API, transparency, statistics, budget data, map layers',
        timeToComplete: 'A few minutes',
        body: [
          ...paragraphs(
            'The City publishes many of its data sets on its open data portal so that anyone can use them. You can view the data in your browser, download it as a spreadsheet or map file, or connect to it from your own app.',
            'The data is free to use. Each data set says how often it is updated and which department is responsible for it. Personal and confidential information is never published.',
            'Can’t find a data set? Request GIS map data for map layers, or make a public records request for other information.',
          ),
        ],
      },
      es: {
        title: 'Explorar los datos abiertos de la Ciudad',
        summary:
          'Descargue gratis conjuntos de datos de la Ciudad, como capas de mapas, presupuestos, permisos y solicitudes de servicio, para usarlos en sus propias investigaciones, aplicaciones o negocio.',
        topic: TOPICS.maps.es,
        keywords: 'datos abiertos, conjuntos de datos, descargar, CSV, API, transparencia, estadísticas, datos del presupuesto, capas de mapas',
        timeToComplete: 'Unos minutos',
        body: [
          ...paragraphs(
            'La Ciudad publica muchos de sus conjuntos de datos en su portal de datos abiertos para que cualquier persona los pueda usar. Puede ver los datos en su navegador, descargarlos como hoja de cálculo o archivo de mapa, o conectarse a ellos desde su propia aplicación.',
            'El uso de los datos es gratuito. Cada conjunto de datos indica cada cuánto se actualiza y qué departamento es responsable de él. Nunca se publica información personal ni confidencial.',
            '¿No encuentra un conjunto de datos? Solicite datos de mapas GIS para las capas de mapas, o haga una solicitud de registros públicos para otra información.',
          ),
        ],
      },
      ar: {
        title: 'استكشاف البيانات المفتوحة للمدينة',
        summary: 'نزّل مجانًا مجموعات بيانات المدينة، مثل طبقات الخرائط والميزانيات والتصاريح وطلبات الخدمة، لتستخدمها في أبحاثك أو تطبيقاتك أو عملك التجاري.',
        topic: TOPICS.maps.ar,
        keywords: 'بيانات مفتوحة، مجموعات بيانات، تنزيل، CSV، API، الشفافية، إحصاءات، بيانات الميزانية، طبقات الخرائط',
        timeToComplete: 'دقائق قليلة',
        body: [
          ...paragraphs(
            'تنشر المدينة كثيرًا من مجموعات بياناتها في بوابة البيانات المفتوحة ليتمكن أي شخص من استخدامها. يمكنك عرض البيانات في متصفحك، أو تنزيلها في جدول بيانات أو ملف خرائط، أو الاتصال بها من تطبيقك الخاص.',
            'استخدام البيانات مجاني. وتذكر كل مجموعة بيانات كم مرة تُحدَّث وما الإدارة المسؤولة عنها. ولا تُنشر أبدًا أي معلومات شخصية أو سرية.',
            'لم تجد مجموعة البيانات التي تبحث عنها؟ اطلب بيانات خرائط GIS لطبقات الخرائط، أو قدّم طلب سجلات عامة للمعلومات الأخرى.',
          ),
        ],
      },
      am: {
        title: 'የከተማውን ክፍት መረጃ ያስሱ',
        summary: 'እንደ የካርታ ንብርብሮች፣ በጀቶች፣ ፈቃዶችና የአገልግሎት ጥያቄዎች ያሉ የከተማውን የመረጃ ስብስቦች በነፃ አውርደው ለራስዎ ምርምር፣ መተግበሪያ ወይም ንግድ ይጠቀሙባቸው።',
        topic: TOPICS.maps.am,
        keywords: 'ክፍት መረጃ፣ የመረጃ ስብስቦች፣ ማውረድ፣ CSV፣ API፣ ግልጽነት፣ ስታቲስቲክስ፣ የበጀት መረጃ፣ የካርታ ንብርብሮች',
        timeToComplete: 'ጥቂት ደቂቃዎች',
        body: [
          ...paragraphs(
            'ማንኛውም ሰው እንዲጠቀምባቸው ከተማው ብዙ የመረጃ ስብስቦቹን በክፍት መረጃ ፖርታሉ ላይ ያትማል። መረጃውን በአሳሽዎ (browser) ማየት፣ እንደ የተመን ሉህ (spreadsheet) ወይም የካርታ ፋይል ማውረድ፣ ወይም ከራስዎ መተግበሪያ ጋር ማገናኘት ይችላሉ።',
            'መረጃውን መጠቀም ነፃ ነው። እያንዳንዱ የመረጃ ስብስብ በምን ያህል ጊዜ እንደሚታደስና ኃላፊነቱ የየትኛው መምሪያ እንደሆነ ይገልጻል። የግልና ሚስጥራዊ መረጃ በፍጹም አይታተምም።',
            'የሚፈልጉትን የመረጃ ስብስብ አላገኙም? ለካርታ ንብርብሮች የGIS ካርታ መረጃ ይጠይቁ፤ ለሌላ መረጃ ደግሞ የሕዝባዊ መዛግብት ጥያቄ ያቅርቡ።',
          ),
        ],
      },
    },
  },
  {
    slug: 'request-it-department-records',
    audience: 'both',
    department: DEPARTMENT,
    serviceForm: 'it-records-request',
    locales: {
      en: {
        title: 'Request Information Technology Services records',
        summary:
          'Ask for copies of public records held by Information Technology Services, such as technology contracts, project reports and policies, under the Virginia Freedom of Information Act.',
        topic: TOPICS.records.en,
        keywords: 'FOIA, public records, Freedom of Information Act, records request, contracts, IT records, copies, Virginia',
        timeToComplete: 'About 10 minutes',
        body: [
          ...paragraphs(
            'The Virginia Freedom of Information Act (FOIA) gives you the right to ask for public records. Use this request for records kept by Information Technology Services. For other departments, see how to make a public records request.',
            'Describe the records as clearly as you can. Dates, names and subjects help us find them faster.',
          ),
          bulletList(
            'We respond within 5 business days, as Virginia law requires.',
            'The City may charge the actual cost of finding and copying the records. We give you an estimate first if you ask.',
            'If the cost is likely to be more than $200, we may ask for a deposit before we start.',
          ),
        ],
      },
      es: {
        title: 'Solicitar registros de Servicios de Tecnología de la Información',
        summary:
          'Pida copias de registros públicos que tiene Servicios de Tecnología de la Información, como contratos de tecnología, informes de proyectos y políticas, según la Ley de Libertad de Información de Virginia.',
        topic: TOPICS.records.es,
        keywords: 'FOIA, registros públicos, Ley de Libertad de Información, solicitud de registros, contratos, registros de TI, copias, Virginia',
        timeToComplete: 'Unos 10 minutos',
        body: [
          ...paragraphs(
            'La Ley de Libertad de Información de Virginia (FOIA, por sus siglas en inglés) le da el derecho a pedir registros públicos. Use esta solicitud para registros que tiene Servicios de Tecnología de la Información. Para otros departamentos, vea cómo hacer una solicitud de registros públicos.',
            'Describa los registros lo más claro que pueda. Las fechas, los nombres y los temas nos ayudan a encontrarlos más rápido.',
          ),
          bulletList(
            'Le respondemos en un plazo de 5 días hábiles, como lo exige la ley de Virginia.',
            'La Ciudad puede cobrar el costo real de buscar y copiar los registros. Si lo pide, primero le damos un cálculo del costo.',
            'Si es probable que el costo supere los $200, podemos pedirle un depósito antes de empezar.',
          ),
        ],
      },
      ar: {
        title: 'طلب سجلات إدارة خدمات تكنولوجيا المعلومات',
        summary: 'اطلب نسخًا من السجلات العامة لدى إدارة خدمات تكنولوجيا المعلومات، مثل عقود التكنولوجيا وتقارير المشاريع والسياسات، بموجب قانون حرية المعلومات في فرجينيا.',
        topic: TOPICS.records.ar,
        keywords: 'FOIA، السجلات العامة، قانون حرية المعلومات، طلب سجلات، عقود، سجلات تكنولوجيا المعلومات، نسخ، فرجينيا',
        timeToComplete: 'نحو 10 دقائق',
        body: [
          ...paragraphs(
            'يمنحك قانون حرية المعلومات في فرجينيا (FOIA) الحق في طلب السجلات العامة. استخدم هذا الطلب للسجلات التي تحفظها إدارة خدمات تكنولوجيا المعلومات. أما سجلات الإدارات الأخرى، فاطّلع على كيفية تقديم طلب سجلات عامة.',
            'صِف السجلات بأوضح ما يمكن. فالتواريخ والأسماء والموضوعات تساعدنا على إيجادها أسرع.',
          ),
          bulletList(
            'نرد خلال 5 أيام عمل، كما يشترط قانون فرجينيا.',
            'قد تتقاضى المدينة التكلفة الفعلية للبحث عن السجلات ونسخها. وإذا طلبت، نعطيك تقديرًا للتكلفة أولًا.',
            'إذا كان من المرجح أن تتجاوز التكلفة 200 دولار، فقد نطلب منك دفع مبلغ مقدم قبل أن نبدأ.',
          ),
        ],
      },
      am: {
        title: 'የኢንፎርሜሽን ቴክኖሎጂ አገልግሎቶች መዛግብትን ይጠይቁ',
        summary: 'በቨርጂኒያ የመረጃ ነፃነት ሕግ መሠረት፣ የኢንፎርሜሽን ቴክኖሎጂ አገልግሎቶች የሚይዛቸውን ሕዝባዊ መዛግብት፣ ለምሳሌ የቴክኖሎጂ ውሎችን፣ የፕሮጀክት ሪፖርቶችንና ፖሊሲዎችን፣ ቅጂ ይጠይቁ።',
        topic: TOPICS.records.am,
        keywords: 'FOIA፣ ሕዝባዊ መዛግብት፣ የመረጃ ነፃነት ሕግ፣ የመዛግብት ጥያቄ፣ ውሎች፣ የIT መዛግብት፣ ቅጂዎች፣ ቨርጂኒያ',
        timeToComplete: 'ወደ 10 ደቂቃ ገደማ',
        body: [
          ...paragraphs(
            'የቨርጂኒያ የመረጃ ነፃነት ሕግ (FOIA) ሕዝባዊ መዛግብትን የመጠየቅ መብት ይሰጥዎታል። ይህን ጥያቄ የኢንፎርሜሽን ቴክኖሎጂ አገልግሎቶች ለሚይዛቸው መዛግብት ይጠቀሙ። ለሌሎች መምሪያዎች መዛግብት፣ የሕዝባዊ መዛግብት ጥያቄ እንዴት እንደሚያቀርቡ ይመልከቱ።',
            'መዛግብቱን በተቻለ መጠን በግልጽ ይግለጹ። ቀኖች፣ ስሞችና ርዕሰ ጉዳዮች መዛግብቱን በፍጥነት እንድናገኛቸው ይረዱናል።',
          ),
          bulletList(
            'የቨርጂኒያ ሕግ በሚጠይቀው መሠረት በ5 የሥራ ቀናት ውስጥ ምላሽ እንሰጣለን።',
            'ከተማው መዛግብቱን ለመፈለግና ለመቅዳት የሚወጣውን ትክክለኛ ወጪ ሊያስከፍል ይችላል። ከጠየቁ መጀመሪያ የወጪ ግምት እንሰጥዎታለን።',
            'ወጪው ከ$200 በላይ ሊሆን የሚችል ከሆነ፣ ሥራውን ከመጀመራችን በፊት ቅድመ ክፍያ ልንጠይቅ እንችላለን።',
          ),
        ],
      },
    },
  },
  {
    slug: 'find-free-public-wifi',
    audience: 'residents',
    department: DEPARTMENT,
    locales: {
      en: {
        title: 'Find free public Wi-Fi',
        summary:
          'Get online for free at City Hall, public libraries, recreation centers and some parks and outdoor spaces.',
        topic: TOPICS.connectivity.en,
        keywords: 'Wi-Fi, wifi, free internet, hotspot, public Wi-Fi, wireless, library, recreation center, connect',
        timeToComplete: 'A few minutes',
        body: [
          ...paragraphs(
            'The City offers free Wi-Fi in many of its buildings and in some outdoor spaces. You do not need a password. Open the list of Wi-Fi networks on your device, choose the City’s public network and accept the terms on the welcome page.',
          ),
          bulletList(
            'City Hall and Market Square',
            'Public library branches',
            'Recreation centers',
            'Some parks and outdoor spaces',
          ),
          ...paragraphs(
            'Public Wi-Fi is shared and not encrypted. Do not use it to send passwords or bank information unless the website address starts with https. If the Wi-Fi is not working, report a public Wi-Fi outage.',
          ),
        ],
      },
      es: {
        title: 'Encontrar wifi público gratuito',
        summary:
          'Conéctese gratis a internet en City Hall (Alcaldía), las bibliotecas públicas, los centros recreativos y algunos parques y espacios al aire libre.',
        topic: TOPICS.connectivity.es,
        keywords: 'wifi, wi-fi, internet gratis, punto de acceso, wifi público, inalámbrico, biblioteca, centro recreativo, conectarse',
        timeToComplete: 'Unos minutos',
        body: [
          ...paragraphs(
            'La Ciudad ofrece wifi gratuito en muchos de sus edificios y en algunos espacios al aire libre. No necesita contraseña. Abra la lista de redes wifi en su dispositivo, elija la red pública de la Ciudad y acepte las condiciones en la página de bienvenida.',
          ),
          bulletList(
            'City Hall (Alcaldía) y Market Square',
            'Sucursales de la biblioteca pública',
            'Centros recreativos',
            'Algunos parques y espacios al aire libre',
          ),
          ...paragraphs(
            'El wifi público es compartido y no está cifrado. No lo use para enviar contraseñas ni datos bancarios, a menos que la dirección del sitio web empiece con https. Si el wifi no funciona, reporte una falla del wifi público.',
          ),
        ],
      },
      ar: {
        title: 'العثور على شبكة واي فاي عامة مجانية',
        summary: 'اتصل بالإنترنت مجانًا في City Hall (مبنى البلدية) والمكتبات العامة والمراكز الترفيهية وبعض الحدائق والأماكن المفتوحة.',
        topic: TOPICS.connectivity.ar,
        keywords: 'واي فاي، Wi-Fi، إنترنت مجاني، نقطة اتصال، واي فاي عام، لاسلكي، مكتبة، مركز ترفيهي، اتصال',
        timeToComplete: 'دقائق قليلة',
        body: [
          ...paragraphs(
            'توفر المدينة خدمة واي فاي مجانية في كثير من مبانيها وفي بعض الأماكن المفتوحة. لا تحتاج إلى كلمة مرور. افتح قائمة شبكات الواي فاي في جهازك، واختر الشبكة العامة للمدينة، ثم وافق على الشروط في صفحة الترحيب.',
          ),
          bulletList(
            'City Hall (مبنى البلدية) وساحة Market Square',
            'فروع المكتبة العامة',
            'المراكز الترفيهية',
            'بعض الحدائق والأماكن المفتوحة',
          ),
          ...paragraphs(
            'شبكة الواي فاي العامة مشتركة وغير مشفّرة. فلا تستخدمها لإرسال كلمات المرور أو المعلومات المصرفية، إلا إذا كان عنوان الموقع يبدأ بالحروف https. إذا لم تعمل شبكة الواي فاي، فأبلغ عن انقطاع شبكة الواي فاي العامة.',
          ),
        ],
      },
      am: {
        title: 'ነፃ የሕዝብ ዋይፋይ ያግኙ',
        summary: 'በCity Hall (የከተማው አስተዳደር ሕንፃ)፣ በሕዝብ ቤተ መጻሕፍት፣ በመዝናኛ ማዕከላትና በአንዳንድ መናፈሻዎችና ክፍት ቦታዎች ኢንተርኔትን በነፃ ይጠቀሙ።',
        topic: TOPICS.connectivity.am,
        keywords: 'ዋይፋይ፣ Wi-Fi፣ ነፃ ኢንተርኔት፣ ሆትስፖት፣ የሕዝብ ዋይፋይ፣ ገመድ አልባ፣ ቤተ መጻሕፍት፣ የመዝናኛ ማዕከል፣ መገናኘት',
        timeToComplete: 'ጥቂት ደቂቃዎች',
        body: [
          ...paragraphs(
            'ከተማው በብዙ ሕንፃዎቹና በአንዳንድ ክፍት ቦታዎች ነፃ ዋይፋይ ያቀርባል። የይለፍ ቃል አያስፈልግዎትም። በመሣሪያዎ ላይ የዋይፋይ ኔትወርኮችን ዝርዝር ይክፈቱ፣ የከተማውን የሕዝብ ኔትወርክ ይምረጡ፣ ከዚያም በእንኳን ደህና መጡ ገጹ ላይ ያሉትን ደንቦች ይቀበሉ።',
          ),
          bulletList(
            'City Hall (የከተማው አስተዳደር ሕንፃ) እና Market Square',
            'የሕዝብ ቤተ መጻሕፍት ቅርንጫፎች',
            'የመዝናኛ ማዕከላት',
            'አንዳንድ መናፈሻዎችና ክፍት ቦታዎች',
          ),
          ...paragraphs(
            'የሕዝብ ዋይፋይ የጋራ ነው፤ አልተመሰጠረም። የድር ጣቢያው አድራሻ በhttps ካልጀመረ በስተቀር የይለፍ ቃሎችን ወይም የባንክ መረጃን ለመላክ አይጠቀሙበት። ዋይፋይ ካልሠራ፣ የሕዝብ ዋይፋይ መቋረጥን ሪፖርት ያድርጉ።',
          ),
        ],
      },
    },
  },
  {
    slug: 'report-a-public-wifi-outage',
    audience: 'residents',
    department: DEPARTMENT,
    serviceForm: 'wifi-outage',
    locales: {
      en: {
        title: 'Report a public Wi-Fi outage',
        summary:
          'Let the City know when the free public Wi-Fi at a City building, library, recreation center or park is not working.',
        topic: TOPICS.connectivity.en,
        keywords: 'Wi-Fi, wifi, outage, no internet, cannot connect, slow connection, hotspot, public Wi-Fi, report',
        timeToComplete: 'About 3 minutes',
        body: [
          ...paragraphs(
            'The City’s Network Management team runs the free public Wi-Fi. If you cannot connect, or the connection is very slow, tell us where you were and what happened.',
            'We look into reports within 1 business day. You can follow your report with the tracking number we give you.',
          ),
        ],
      },
      es: {
        title: 'Reportar una falla del wifi público',
        summary:
          'Avise a la Ciudad cuando el wifi público gratuito de un edificio de la Ciudad, una biblioteca, un centro recreativo o un parque no funcione.',
        topic: TOPICS.connectivity.es,
        keywords: 'wifi, wi-fi, falla, sin internet, no me puedo conectar, conexión lenta, punto de acceso, wifi público, reportar',
        timeToComplete: 'Unos 3 minutos',
        body: [
          ...paragraphs(
            'El equipo de Administración de Redes de la Ciudad opera el wifi público gratuito. Si no se puede conectar o la conexión es muy lenta, díganos dónde estaba y qué pasó.',
            'Revisamos los reportes en un plazo de 1 día hábil. Puede seguir su reporte con el número de seguimiento que le damos.',
          ),
        ],
      },
      ar: {
        title: 'الإبلاغ عن انقطاع شبكة الواي فاي العامة',
        summary: 'أخبر المدينة عندما لا تعمل شبكة الواي فاي العامة المجانية في أحد مباني المدينة أو في مكتبة أو مركز ترفيهي أو حديقة.',
        topic: TOPICS.connectivity.ar,
        keywords: 'واي فاي، Wi-Fi، انقطاع، لا يوجد إنترنت، تعذر الاتصال، اتصال بطيء، نقطة اتصال، واي فاي عام، إبلاغ',
        timeToComplete: 'نحو 3 دقائق',
        body: [
          ...paragraphs(
            'يشغّل فريق إدارة الشبكات في المدينة شبكة الواي فاي العامة المجانية. إذا لم تتمكن من الاتصال، أو كان الاتصال بطيئًا جدًا، فأخبرنا أين كنت وماذا حدث.',
            'ننظر في البلاغات خلال يوم عمل واحد. ويمكنك متابعة بلاغك بالرقم المرجعي الذي نعطيك إياه.',
          ),
        ],
      },
      am: {
        title: 'የሕዝብ ዋይፋይ መቋረጥን ሪፖርት ያድርጉ',
        summary: 'በከተማው ሕንፃ፣ በቤተ መጻሕፍት፣ በመዝናኛ ማዕከል ወይም በመናፈሻ ያለው ነፃ የሕዝብ ዋይፋይ በማይሠራበት ጊዜ ለከተማው ያሳውቁ።',
        topic: TOPICS.connectivity.am,
        keywords: 'ዋይፋይ፣ Wi-Fi፣ መቋረጥ፣ ኢንተርኔት የለም፣ መገናኘት አልተቻለም፣ ቀርፋፋ ግንኙነት፣ ሆትስፖት፣ የሕዝብ ዋይፋይ፣ ሪፖርት',
        timeToComplete: 'ወደ 3 ደቂቃ ገደማ',
        body: [
          ...paragraphs(
            'ነፃውን የሕዝብ ዋይፋይ የሚያንቀሳቅሰው የከተማው የኔትወርክ አስተዳደር ቡድን ነው። መገናኘት ካልቻሉ ወይም ግንኙነቱ በጣም ቀርፋፋ ከሆነ፣ የት እንደነበሩና ምን እንደተፈጠረ ይንገሩን።',
            'ሪፖርቶችን በ1 የሥራ ቀን ውስጥ እንመረምራለን። በምንሰጥዎ የማመሳከሪያ ቁጥር ሪፖርትዎን መከታተል ይችላሉ።',
          ),
        ],
      },
    },
  },
  {
    slug: 'use-a-public-computer-at-the-library',
    audience: 'residents',
    department: DEPARTMENT,
    locales: {
      en: {
        title: 'Use a public computer at the library',
        summary:
          'Use free computers with internet, printing and common office programs at any Alexandria public library branch.',
        topic: TOPICS.connectivity.en,
        keywords: 'public computer, library, free internet, printing, computer lab, job search, library card, guest pass',
        timeToComplete: 'Up to 2 hours per day',
        body: [
          ...paragraphs(
            'Every Alexandria public library branch has computers you can use for free. They have internet access and programs for writing documents and making spreadsheets. You can also print for a small fee per page.',
          ),
          bulletList(
            'Sign in with your library card. If you do not have one, ask at the front desk for a guest pass.',
            'Sessions are limited so that everyone gets a turn. You can extend your time if nobody is waiting.',
            'Save your work on a USB drive or email it to yourself. Files are deleted when you sign out.',
          ),
          ...paragraphs(
            'Library staff can help you get started, for example to create an email account or apply for a job online.',
          ),
        ],
      },
      es: {
        title: 'Usar una computadora pública en la biblioteca',
        summary:
          'Use gratis computadoras con internet, impresión y programas de oficina comunes en cualquier sucursal de la biblioteca pública de Alexandria.',
        topic: TOPICS.connectivity.es,
        keywords: 'computadora pública, biblioteca, internet gratis, imprimir, sala de computadoras, buscar empleo, tarjeta de la biblioteca, pase de invitado',
        timeToComplete: 'Hasta 2 horas por día',
        body: [
          ...paragraphs(
            'Todas las sucursales de la biblioteca pública de Alexandria tienen computadoras que puede usar gratis. Tienen acceso a internet y programas para escribir documentos y hacer hojas de cálculo. También puede imprimir por un pequeño costo por página.',
          ),
          bulletList(
            'Inicie sesión con su tarjeta de la biblioteca. Si no tiene una, pida un pase de invitado en el mostrador.',
            'El tiempo de uso es limitado para que todos tengan su turno. Puede usar más tiempo si nadie está esperando.',
            'Guarde su trabajo en una memoria USB o envíeselo por correo electrónico. Los archivos se borran cuando cierra la sesión.',
          ),
          ...paragraphs(
            'El personal de la biblioteca le puede ayudar a empezar, por ejemplo, a crear una cuenta de correo electrónico o a solicitar un empleo en línea.',
          ),
        ],
      },
      ar: {
        title: 'استخدام حاسوب عام في المكتبة',
        summary: 'استخدم مجانًا حواسيب متصلة بالإنترنت، مع الطباعة وبرامج المكاتب الشائعة، في أي فرع من فروع مكتبة ألكسندريا العامة.',
        topic: TOPICS.connectivity.ar,
        keywords: 'حاسوب عام، كمبيوتر، مكتبة، إنترنت مجاني، طباعة، قاعة الحواسيب، البحث عن عمل، بطاقة المكتبة، تصريح زائر',
        timeToComplete: 'حتى ساعتين في اليوم',
        body: [
          ...paragraphs(
            'في كل فرع من فروع مكتبة ألكسندريا العامة حواسيب يمكنك استخدامها مجانًا. وهي متصلة بالإنترنت، وفيها برامج لكتابة المستندات وإعداد جداول البيانات. ويمكنك أيضًا الطباعة مقابل رسم بسيط عن كل صفحة.',
          ),
          bulletList(
            'سجّل الدخول ببطاقة المكتبة. إذا لم تكن لديك بطاقة، فاطلب تصريح زائر من مكتب الاستقبال.',
            'مدة الاستخدام محدودة ليأتي دور الجميع. ويمكنك تمديد وقتك إذا لم يكن أحد ينتظر.',
            'احفظ عملك على ذاكرة USB أو أرسله إلى بريدك الإلكتروني. تُحذف الملفات عند تسجيل الخروج.',
          ),
          ...paragraphs(
            'يمكن لموظفي المكتبة مساعدتك على البدء، مثلًا في إنشاء حساب بريد إلكتروني أو التقدم إلى وظيفة عبر الإنترنت.',
          ),
        ],
      },
      am: {
        title: 'በቤተ መጻሕፍት የሕዝብ ኮምፒውተር ይጠቀሙ',
        summary: 'በማንኛውም የአሌክሳንድሪያ የሕዝብ ቤተ መጻሕፍት ቅርንጫፍ ኢንተርኔት፣ ማተሚያና የተለመዱ የቢሮ ፕሮግራሞች ያሏቸውን ኮምፒውተሮች በነፃ ይጠቀሙ።',
        topic: TOPICS.connectivity.am,
        keywords: 'የሕዝብ ኮምፒውተር፣ ቤተ መጻሕፍት፣ ነፃ ኢንተርኔት፣ ማተም፣ የኮምፒውተር ክፍል፣ ሥራ ፍለጋ፣ የቤተ መጻሕፍት ካርድ፣ የእንግዳ ማለፊያ',
        timeToComplete: 'በቀን እስከ 2 ሰዓት',
        body: [
          ...paragraphs(
            'እያንዳንዱ የአሌክሳንድሪያ የሕዝብ ቤተ መጻሕፍት ቅርንጫፍ በነፃ ሊጠቀሙባቸው የሚችሉ ኮምፒውተሮች አሉት። ኮምፒውተሮቹ ኢንተርኔት፣ እንዲሁም ሰነዶችን ለመጻፍና የተመን ሉሆችን (spreadsheets) ለማዘጋጀት የሚያስችሉ ፕሮግራሞች አሏቸው። በየገጹ አነስተኛ ክፍያ በመክፈልም ማተም ይችላሉ።',
          ),
          bulletList(
            'በቤተ መጻሕፍት ካርድዎ ይግቡ። ካርድ ከሌለዎት፣ በመቀበያ ጠረጴዛው የእንግዳ ማለፊያ ይጠይቁ።',
            'ሁሉም ሰው ተራ እንዲደርሰው የአጠቃቀም ጊዜ የተወሰነ ነው። የሚጠብቅ ሰው ከሌለ ጊዜዎን ማራዘም ይችላሉ።',
            'ሥራዎን በUSB ፍላሽ ላይ ያስቀምጡ ወይም ለራስዎ በኢሜይል ይላኩ። ከኮምፒውተሩ ሲወጡ ፋይሎቹ ይሰረዛሉ።',
          ),
          ...paragraphs(
            'የቤተ መጻሕፍቱ ሠራተኞች ለመጀመር ሊረዱዎት ይችላሉ፤ ለምሳሌ የኢሜይል አካውንት ለመክፈት ወይም በመስመር ላይ ለሥራ ለማመልከት።',
          ),
        ],
      },
    },
  },
  {
    slug: 'report-a-suspicious-email',
    audience: 'both',
    department: DEPARTMENT,
    locales: {
      en: {
        title: 'Report a suspicious email and stay safe online',
        summary:
          'Got an email, text or call that claims to be from the City and asks for money or personal information? Learn how to spot scams and how to report them.',
        topic: TOPICS.safety.en,
        keywords: 'phishing, scam, fraud, suspicious email, fake text, security, cybersecurity, password, report scam',
        timeToComplete: 'About 2 minutes',
        body: [
          ...paragraphs(
            'The City will never ask for your password, your full Social Security number or your bank card number by email, text or phone. City emails come from addresses that end in alexandriava.gov.',
          ),
          bulletList(
            'Do not click links or open attachments in messages you did not expect.',
            'Check the web address before you sign in or pay. City payment pages are reached from alexandriava.gov.',
            'Use a different, strong password for each account, and turn on two-step sign-in when you can.',
            'Keep your phone, computer and apps up to date.',
          ),
          ...paragraphs(
            'If a message pretends to be from the City, forward it to security@alexandriava.gov and then delete it. If you lost money or shared bank details, call your bank right away and contact the Alexandria Police non-emergency line at 703.746.4444.',
          ),
        ],
      },
      es: {
        title: 'Reportar un correo sospechoso y protegerse en línea',
        summary:
          '¿Recibió un correo electrónico, un mensaje de texto o una llamada que dice ser de la Ciudad y le pide dinero o información personal? Aprenda a reconocer las estafas y cómo reportarlas.',
        topic: TOPICS.safety.es,
        keywords: 'phishing, suplantación de identidad, estafa, fraude, correo sospechoso, mensaje falso, seguridad, ciberseguridad, contraseña, reportar estafa',
        timeToComplete: 'Unos 2 minutos',
        body: [
          ...paragraphs(
            'La Ciudad nunca le pedirá su contraseña, su número de Seguro Social completo ni el número de su tarjeta bancaria por correo electrónico, mensaje de texto o teléfono. Los correos de la Ciudad vienen de direcciones que terminan en alexandriava.gov.',
          ),
          bulletList(
            'No haga clic en enlaces ni abra archivos adjuntos de mensajes que no esperaba.',
            'Revise la dirección web antes de iniciar sesión o pagar. A las páginas de pago de la Ciudad se llega desde alexandriava.gov.',
            'Use una contraseña segura y diferente para cada cuenta, y active la verificación en dos pasos cuando pueda.',
            'Mantenga actualizados su teléfono, su computadora y sus aplicaciones.',
          ),
          ...paragraphs(
            'Si un mensaje finge ser de la Ciudad, reenvíelo a security@alexandriava.gov y luego bórrelo. Si perdió dinero o compartió datos bancarios, llame a su banco de inmediato y comuníquese con la línea de la Policía de Alexandria para casos que no son emergencias: 703.746.4444.',
          ),
        ],
      },
      ar: {
        title: 'الإبلاغ عن رسالة بريد إلكتروني مشبوهة والحفاظ على أمانك على الإنترنت',
        summary: 'هل وصلتك رسالة بريد إلكتروني أو رسالة نصية أو مكالمة تدّعي أنها من المدينة وتطلب مالًا أو معلومات شخصية؟ تعرّف على طرق كشف الاحتيال وكيفية الإبلاغ عنه.',
        topic: TOPICS.safety.ar,
        keywords: 'تصيّد احتيالي، phishing، احتيال، نصب، بريد إلكتروني مشبوه، رسالة نصية مزيفة، أمان، الأمن السيبراني، كلمة المرور، الإبلاغ عن احتيال',
        timeToComplete: 'نحو دقيقتين',
        body: [
          ...paragraphs(
            'لن تطلب منك المدينة أبدًا كلمة المرور أو رقم الضمان الاجتماعي كاملًا أو رقم بطاقتك المصرفية بالبريد الإلكتروني أو الرسائل النصية أو الهاتف. وتأتي رسائل المدينة الإلكترونية من عناوين تنتهي بالنطاق alexandriava.gov.',
          ),
          bulletList(
            'لا تنقر على الروابط ولا تفتح المرفقات في رسائل لم تكن تتوقعها.',
            'تحقق من عنوان الموقع قبل تسجيل الدخول أو الدفع. فصفحات الدفع الخاصة بالمدينة يُوصل إليها من الموقع alexandriava.gov.',
            'استخدم كلمة مرور قوية ومختلفة لكل حساب، وفعّل التحقق بخطوتين عندما يكون ذلك ممكنًا.',
            'حدّث هاتفك وحاسوبك وتطبيقاتك باستمرار.',
          ),
          ...paragraphs(
            'إذا ادّعت رسالة أنها من المدينة، فاحذفها بعد أن تعيد توجيهها إلى security@alexandriava.gov. وإذا خسرت مالًا أو شاركت بياناتك المصرفية، فاتصل بمصرفك فورًا، ثم بخط شرطة ألكسندريا لغير حالات الطوارئ على الرقم 703.746.4444.',
          ),
        ],
      },
      am: {
        title: 'አጠራጣሪ ኢሜይልን ሪፖርት ያድርጉ፤ በመስመር ላይ ደህንነትዎን ይጠብቁ',
        summary: 'ከከተማው ነኝ የሚልና ገንዘብ ወይም የግል መረጃ የሚጠይቅ ኢሜይል፣ የጽሑፍ መልእክት ወይም የስልክ ጥሪ ደርሶዎታል? ማጭበርበርን እንዴት እንደሚለዩና እንዴት ሪፖርት እንደሚያደርጉ ይወቁ።',
        topic: TOPICS.safety.am,
        keywords: 'ፊሺንግ፣ phishing፣ ማጭበርበር፣ ማታለል፣ አጠራጣሪ ኢሜይል፣ ሐሰተኛ የጽሑፍ መልእክት፣ ደህንነት፣ የሳይበር ደህንነት፣ የይለፍ ቃል፣ ማጭበርበርን ሪፖርት ማድረግ',
        timeToComplete: 'ወደ 2 ደቂቃ ገደማ',
        body: [
          ...paragraphs(
            'ከተማው የይለፍ ቃልዎን፣ ሙሉ የሶሻል ሴኩሪቲ (Social Security) ቁጥርዎን ወይም የባንክ ካርድ ቁጥርዎን በኢሜይል፣ በጽሑፍ መልእክት ወይም በስልክ በፍጹም አይጠይቅም። የከተማው ኢሜይሎች የሚመጡት በalexandriava.gov ከሚያልቁ አድራሻዎች ነው።',
          ),
          bulletList(
            'ባልጠበቋቸው መልእክቶች ውስጥ ያሉ ሊንኮችን አይጫኑ፤ አባሪዎችንም አይክፈቱ።',
            'ከመግባትዎ ወይም ከመክፈልዎ በፊት የድር አድራሻውን ያረጋግጡ። ወደ ከተማው የክፍያ ገጾች የሚደርሱት ከalexandriava.gov ነው።',
            'ለእያንዳንዱ አካውንት የተለየና ጠንካራ የይለፍ ቃል ይጠቀሙ፤ በሚቻልበት ጊዜም ባለሁለት ደረጃ መግቢያን (two-step sign-in) ያብሩ።',
            'ስልክዎን፣ ኮምፒውተርዎንና መተግበሪያዎችዎን ሁልጊዜ ያዘምኑ።',
          ),
          ...paragraphs(
            'አንድ መልእክት ከከተማው የመጣ መስሎ ከቀረበ፣ ወደ security@alexandriava.gov ያስተላልፉትና ከዚያ ይሰርዙት። ገንዘብ ካጡ ወይም የባንክ መረጃዎን ካጋሩ፣ ወዲያውኑ ለባንክዎ ይደውሉ፤ ድንገተኛ ላልሆኑ ጉዳዮች የአሌክሳንድሪያ ፖሊስን መስመርም በ703.746.4444 ያግኙ።',
          ),
        ],
      },
    },
  },
  {
    slug: 'telecommunications-work-in-the-right-of-way',
    audience: 'businesses',
    department: DEPARTMENT,
    serviceForm: 'telecom-right-of-way',
    locales: {
      en: {
        title: 'Plan telecommunications work in the public right-of-way',
        summary:
          'Telecommunications companies tell the City about planned fiber, conduit, small cell or pole work on City streets and sidewalks so it can be reviewed and coordinated.',
        topic: TOPICS.rightOfWay.en,
        keywords: 'right-of-way, telecommunications, fiber, conduit, small cell, wireless, pole attachment, construction, utility work, permit',
        timeToComplete: 'About 20 minutes',
        body: [
          ...paragraphs(
            'Before a telecommunications company works in City streets, sidewalks or on City poles, the City’s Telecommunications Systems team reviews the plans. We check for conflicts with City networks and with other construction nearby.',
            'Send your request at least 30 days before the planned start date. Have your site plans and route drawings ready as PDF files.',
          ),
          bulletList(
            'We review complete requests within 15 business days.',
            'You may also need a right-of-way permit from the City before work starts.',
            'Work that closes a traffic lane or sidewalk needs an approved traffic control plan.',
          ),
        ],
      },
      es: {
        title: 'Planificar trabajos de telecomunicaciones en la vía pública',
        summary:
          'Las empresas de telecomunicaciones informan a la Ciudad sobre trabajos planificados de fibra, ductos, celdas pequeñas o postes en calles y aceras de la Ciudad para que se revisen y coordinen.',
        topic: TOPICS.rightOfWay.es,
        keywords: 'vía pública, derecho de vía, telecomunicaciones, fibra, ductos, celdas pequeñas, inalámbrico, postes, obras, permiso',
        timeToComplete: 'Unos 20 minutos',
        body: [
          ...paragraphs(
            'Antes de que una empresa de telecomunicaciones trabaje en calles, aceras o postes de la Ciudad, el equipo de Sistemas de Telecomunicaciones de la Ciudad revisa los planos. Verificamos que no haya conflictos con las redes de la Ciudad ni con otras obras cercanas.',
            'Envíe su solicitud al menos 30 días antes de la fecha de inicio planificada. Tenga listos sus planos del sitio y dibujos de la ruta en archivos PDF.',
          ),
          bulletList(
            'Revisamos las solicitudes completas en un plazo de 15 días hábiles.',
            'Es posible que también necesite un permiso de la Ciudad para usar la vía pública antes de empezar.',
            'Los trabajos que cierran un carril o una acera necesitan un plan de control de tráfico aprobado.',
          ),
        ],
      },
      ar: {
        title: 'التخطيط لأعمال الاتصالات في الطريق العام',
        summary: 'تُخطر شركات الاتصالات المدينة بأعمال الألياف الضوئية ومجاري الكابلات والخلايا الصغيرة والأعمدة المخطط لها في شوارع المدينة وأرصفتها، لتراجعها وتنسقها.',
        topic: TOPICS.rightOfWay.ar,
        keywords: 'الطريق العام، حق المرور، الاتصالات، الألياف الضوئية، مجاري الكابلات، الخلايا الصغيرة، لاسلكي، التركيب على الأعمدة، إنشاءات، أعمال المرافق، تصريح',
        timeToComplete: 'نحو 20 دقيقة',
        body: [
          ...paragraphs(
            'قبل أن تعمل أي شركة اتصالات في شوارع المدينة أو أرصفتها أو على أعمدتها، يراجع فريق أنظمة الاتصالات في المدينة مخططاتها. ونتحقق من أنها لا تتعارض مع شبكات المدينة ولا مع أعمال إنشاء أخرى قريبة.',
            'أرسل طلبك قبل 30 يومًا على الأقل من تاريخ البدء المخطط له. وجهّز مخططات الموقع ورسومات المسار في ملفات PDF.',
          ),
          bulletList(
            'نراجع الطلبات المكتملة خلال 15 يوم عمل.',
            'قد تحتاج أيضًا إلى تصريح من المدينة لاستخدام الطريق العام قبل بدء العمل.',
            'الأعمال التي تغلق مسارًا للسيارات أو رصيفًا تحتاج إلى خطة معتمدة لتنظيم المرور.',
          ),
        ],
      },
      am: {
        title: 'በሕዝብ መንገድ ላይ የቴሌኮሙኒኬሽን ሥራ ያቅዱ',
        summary: 'የቴሌኮሙኒኬሽን ኩባንያዎች በከተማው መንገዶችና የእግረኛ መንገዶች ላይ ያቀዷቸውን የፋይበር፣ የኬብል ቱቦ፣ የትንንሽ ሴል (small cell) ወይም የምሰሶ ሥራዎች እንዲገመገሙና እንዲቀናጁ ለከተማው ያሳውቃሉ።',
        topic: TOPICS.rightOfWay.am,
        keywords: 'የሕዝብ መንገድ፣ right-of-way፣ ቴሌኮሙኒኬሽን፣ ፋይበር፣ የኬብል ቱቦ፣ small cell፣ ገመድ አልባ፣ በምሰሶ ላይ መግጠም፣ ግንባታ፣ የመሠረተ ልማት ሥራ፣ ፈቃድ',
        timeToComplete: 'ወደ 20 ደቂቃ ገደማ',
        body: [
          ...paragraphs(
            'የቴሌኮሙኒኬሽን ኩባንያ በከተማው መንገዶች፣ የእግረኛ መንገዶች ወይም ምሰሶዎች ላይ ከመሥራቱ በፊት፣ የከተማው የቴሌኮሙኒኬሽን ሥርዓቶች ቡድን ዕቅዶቹን ይገመግማል። ከከተማው ኔትወርኮችና በአቅራቢያ ካሉ ሌሎች ግንባታዎች ጋር ግጭት እንዳይኖር እናጣራለን።',
            'ጥያቄዎን ሥራው ሊጀመር ከታቀደበት ቀን ቢያንስ 30 ቀናት አስቀድመው ይላኩ። የሳይት ፕላኖችዎንና የመስመር ንድፎችዎን በPDF ፋይሎች ያዘጋጁ።',
          ),
          bulletList(
            'የተሟሉ ጥያቄዎችን በ15 የሥራ ቀናት ውስጥ እንገመግማለን።',
            'ሥራ ከመጀመሩ በፊት የከተማውን የሕዝብ መንገድ አጠቃቀም ፈቃድም ሊያስፈልግዎ ይችላል።',
            'የተሽከርካሪ መስመርን ወይም የእግረኛ መንገድን የሚዘጋ ሥራ የጸደቀ የትራፊክ ቁጥጥር ዕቅድ ያስፈልገዋል።',
          ),
        ],
      },
    },
  },
];
