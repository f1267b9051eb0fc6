import type { BacklogLanguage as Locale } from '../types';

/**
 * What the demo backlog's residents write, by language: fictional people (emails at example.com
 * and example.org, phones in the 555-01xx range kept for fiction) and the answers they give each
 * demo form. Plain data; seed/backlog-plan.ts picks from it with a seeded generator.
 */
export const FIRST_NAMES: Record<Locale, readonly string[]> = {
  en: ['Avery', 'Jordan', 'Priya', 'Marcus', 'Hannah', 'Tomás', 'Grace', 'Darnell', 'Mei', 'Owen', 'Fatima', 'Lucas', 'Nora', 'Samuel', 'Aisha', 'Ethan', 'Chloe', 'Kwame', 'Ruth', 'Daniel'],
  es: ['María', 'José', 'Lucía', 'Carlos', 'Ana', 'Javier', 'Sofía', 'Miguel', 'Valentina', 'Luis', 'Camila', 'Andrés', 'Gabriela', 'Diego', 'Isabel', 'Mateo', 'Rosa', 'Fernando'],
};
export const LAST_NAMES: Record<Locale, readonly string[]> = {
  en: ['Whitaker', 'Okafor', 'Nguyen', 'Patel', 'Sullivan', 'Brooks', 'Kowalski', 'Hayes', 'Bennett', 'Ramirez', 'Coleman', 'Fischer', 'Adeyemi', 'Murphy', 'Lindqvist', 'Chen'],
  es: ['García', 'Martínez', 'Rodríguez', 'López', 'Hernández', 'González', 'Pérez', 'Sánchez', 'Ramírez', 'Torres', 'Flores', 'Rivera', 'Morales', 'Castillo'],
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
export const TEXTS: Record<Locale, Record<string, readonly string[]>> = {
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
};

type Said = Record<Locale, string>;

/** Website problems: which service, what went wrong, and how the resident put it. */
export const WEBSITE_CASES: readonly { service: string; problems: readonly string[]; said: Said }[] = [
  { service: 'city_website', problems: ['page_not_loading', 'error_message'], said: { en: 'The page shows "Service Unavailable" every time I open it, on my phone and on my laptop.', es: 'La página muestra "Servicio no disponible" cada vez que la abro, en el teléfono y en la computadora.' } },
  { service: 'online_payments', problems: ['payment_failed'], said: { en: 'I tried to pay my parking ticket and the payment page spun for a minute, then sent me back to the start. My card was not charged.', es: 'Intenté pagar mi multa de estacionamiento y la página de pago se quedó cargando y volvió al inicio. No me cobraron.' } },
  { service: 'city_website', problems: ['broken_link'], said: { en: 'The link to the 2026 budget document goes to a page that says it cannot be found.', es: 'El enlace al documento del presupuesto 2026 lleva a una página que dice que no existe.' } },
  { service: 'city_website', problems: ['wrong_information'], said: { en: 'The hours listed for the Beatley library are the summer hours, but it is closing earlier now.', es: 'El horario de la biblioteca Beatley que aparece es el de verano, pero ahora cierra más temprano.' } },
  { service: 'permits_portal', problems: ['cannot_sign_in'], said: { en: 'I reset my password twice and still get "invalid credentials" when I sign in to the permits portal.', es: 'Cambié mi contraseña dos veces y todavía me sale "credenciales no válidas" en el portal de permisos.' } },
  { service: 'meeting_videos', problems: ['page_not_loading'], said: { en: 'The meeting video for last Tuesday stops after 12 minutes and will not play the rest.', es: 'El video de la reunión del martes pasado se detiene a los 12 minutos y no sigue.' } },
  { service: 'service_requests', problems: ['error_message'], said: { en: 'After I press Send on the pothole form I get "Something went wrong" and no reference number.', es: 'Después de presionar Enviar en el formulario de baches aparece "Algo salió mal" y no recibo número de referencia.' } },
  { service: 'online_payments', problems: ['error_message', 'payment_failed'], said: { en: 'Paying the personal property tax gives error 502, but the bank shows a pending charge.', es: 'Al pagar el impuesto sobre bienes personales sale el error 502, pero el banco muestra un cargo pendiente.' } },
];

/** Accessibility barriers and how residents described them. */
export const ACCESSIBILITY_CASES: readonly { barriers: readonly string[]; said: Said }[] = [
  { barriers: ['screen_reader'], said: { en: 'The form to sign up for recreation classes has buttons my screen reader announces only as "button".', es: 'El formulario de inscripción a clases de recreación tiene botones que mi lector de pantalla solo anuncia como "botón".' } },
  { barriers: ['keyboard'], said: { en: 'I cannot reach the "Next" button with the keyboard on the parking permit application; the focus jumps to the footer.', es: 'No puedo llegar al botón "Siguiente" con el teclado en la solicitud de permiso de estacionamiento.' } },
  { barriers: ['contrast'], said: { en: 'The grey text on the light grey background of the events calendar is very hard to read.', es: 'El texto gris sobre fondo gris claro del calendario de eventos es muy difícil de leer.' } },
  { barriers: ['zoom'], said: { en: 'When I zoom to 200% the menu covers half the page and cannot be closed.', es: 'Cuando amplío al 200 % el menú tapa la mitad de la página y no se puede cerrar.' } },
  { barriers: ['captions'], said: { en: 'The council meeting video from last week has no captions, so I cannot follow it.', es: 'El video de la reunión del concejo de la semana pasada no tiene subtítulos.' } },
  { barriers: ['screen_reader', 'keyboard'], said: { en: 'The trash schedule map cannot be used without a mouse and my screen reader reads nothing in it.', es: 'El mapa del calendario de basura no se puede usar sin ratón y mi lector de pantalla no lee nada.' } },
];

/** Wi-Fi problems and what residents added. */
export const WIFI_DETAILS: Record<string, Said> = {
  no_network: { en: 'The network does not show up at all on my phone or my laptop.', es: 'La red no aparece ni en mi teléfono ni en mi computadora.' },
  cannot_connect: { en: 'The network shows up but my laptop says it cannot get an address.', es: 'La red aparece pero mi computadora dice que no obtiene dirección.' },
  no_internet: { en: 'It worked yesterday. Today nobody in the room can load any page.', es: 'Ayer funcionaba. Hoy nadie en la sala puede abrir ninguna página.' },
  slow: { en: "Very slow near the children's area, fine near the entrance.", es: 'Muy lento cerca del área infantil; bien cerca de la entrada.' },
  no_welcome_page: { en: 'The welcome page never loads, so I cannot accept the terms.', es: 'La página de bienvenida nunca carga y no puedo aceptar las condiciones.' },
};
