import type { BacklogLanguage as Locale } from '../types';

/**
 * What city staff write in the demo backlog: public replies in the resident's language, internal
 * notes in English (the staff's working language), and where requests are referred. Plain data;
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
};

/** What residents answer when staff ask for details. */
export const RESIDENT_ANSWERS: Record<Locale, readonly string[]> = {
  en: ['It was Chrome on a Windows laptop, around 3 p.m.', 'January to June of this year, please.', 'Second floor, near the computer lab.', 'Here is the address: the payments page, right after I press "Pay".'],
  es: ['Era Chrome en una computadora con Windows, como a las 3 de la tarde.', 'De enero a junio de este año, por favor.', 'En el segundo piso, cerca de la sala de computadoras.', 'Es la página de pagos, justo después de presionar "Pagar".'],
};

export const INTERNAL_NOTES = {
  triage: ['Checked: reproducible on mobile Safari.', 'Looks like the same outage as last week; linking ticket in the vendor portal.', 'Low impact, no personal data involved.', 'Called the resident, left a voicemail.', 'Vendor ticket opened, waiting on their ETA.'],
  escalate: ['Raised priority: affects payments.', 'Raised priority: several reports from the same building.', 'Accessibility barrier on a required form: treating as high.'],
  closing: ['Verified the fix in production.', 'Resident confirmed by phone.', 'Closed after two reminders with no answer.'],
  noActionDetail: ['Working as intended; information is current.', 'No answer from the resident after two reminders.'],
};

/** Where requests outside the city's remit are sent. */
export const AGENCIES: readonly { name: string; url: string }[] = [
  { name: 'Virginia Department of Transportation (VDOT)', url: 'https://www.vdot.virginia.gov/' },
  { name: 'Dominion Energy', url: 'https://www.dominionenergy.com/' },
  { name: 'Alexandria City Public Schools', url: 'https://www.acps.k12.va.us/' },
  { name: 'Federal Communications Commission', url: 'https://www.fcc.gov/' },
];
