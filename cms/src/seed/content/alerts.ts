import type { AlertSeed } from '../types';

/** One informational banner, active from 2026 to 2030 so it shows in demos. */
export const alerts: AlertSeed[] = [
  {
    severity: 'info',
    startsAt: '2026-01-01T00:00:00.000Z',
    endsAt: '2030-12-31T23:59:59.000Z',
    locales: {
      en: {
        message:
          'Scheduled maintenance: online payments will not be available from 10 p.m. on Saturday, December 12, 2026, to 2 a.m. on Sunday, December 13. Other online services will work as usual.',
      },
      es: {
        message:
          'Mantenimiento programado: los pagos en línea no estarán disponibles desde las 10:00 p. m. del sábado 12 de diciembre de 2026 hasta las 2:00 a. m. del domingo 13 de diciembre. Los demás servicios en línea funcionarán como siempre.',
      },
      ar: {
        message:
          'صيانة مجدولة: لن تتوفر المدفوعات عبر الإنترنت من الساعة 10 مساءً يوم السبت 12 ديسمبر 2026 حتى الساعة 2 صباحًا يوم الأحد 13 ديسمبر. ستعمل الخدمات الأخرى عبر الإنترنت كالمعتاد.',
      },
      am: {
        message:
          'የታቀደ ጥገና፦ የመስመር ላይ ክፍያዎች ከቅዳሜ ዲሴምበር 12 ቀን 2026 10:00 p.m. እስከ እሑድ ዲሴምበር 13 ቀን 2:00 a.m. ድረስ አይገኙም። ሌሎች የመስመር ላይ አገልግሎቶች እንደተለመደው ይሠራሉ።',
      },
    },
  },
];
