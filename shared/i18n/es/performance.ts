import type { Translation } from '../format.js';
import type en from '../en/performance.js';

/** La página pública «Cómo lo estamos haciendo»: solicitudes recibidas y resueltas por servicio y mes. */
export default {
  title: 'Cómo lo estamos haciendo',
  description: 'Cuántas solicitudes recibió y resolvió cada servicio de la Ciudad cada mes, cuánto tardaron y cuántas cumplieron el plazo objetivo del servicio.',
  intro: 'Cuántas solicitudes recibió y resolvió cada servicio en cada uno de los últimos 12 meses y en el actual, cuánto tardaron en resolverse y cuántas se resolvieron dentro del plazo objetivo del servicio. Son solo totales: no permiten encontrar ninguna solicitud ni a ninguna persona.',
  updated: 'Actualizamos estas cifras cada día y poco después de que el personal cierre solicitudes.',
  definitions: {
    heading: 'Cómo contamos',
    received: 'Recibidas: solicitudes enviadas al servicio en el mes, pase lo que pase con ellas después.',
    resolved: 'Resueltas: solicitudes resueltas o cerradas en el mes. No se cuentan las cerradas por repetir otra solicitud.',
    median: 'Mediana de días hasta resolver: la mitad de las solicitudes resueltas en el mes tardó menos que esto desde que la recibimos; la otra mitad, más.',
    target: 'Dentro del plazo: de las solicitudes resueltas en el mes que tenían un plazo objetivo, cuántas se resolvieron a tiempo.',
    months: 'Los meses siguen la hora de la Ciudad ({{timeZone}}). El mes actual aún no ha terminado.',
  },
  empty: 'Todavía no hay cifras que mostrar. Aparecerán aquí cuando los residentes hayan enviado solicitudes.',
  servicesHeading: 'Servicios',
  serviceLink: 'Acerca de {{service}}',
  chart: {
    title: '{{service}}: solicitudes recibidas y resueltas cada mes',
    description: 'Gráfico de barras de {{from}} a {{to}}. Cada mes tiene dos barras: solicitudes recibidas (lisa) y solicitudes resueltas (rayada). La tabla da todas las cifras.',
    most: 'Máximo de solicitudes recibidas en un mes: {{count}}, en {{month}}.',
    received: 'Recibidas',
    resolved: 'Resueltas',
  },
  table: {
    caption: '{{service}}: cifras por mes',
    month: 'Mes',
    received: 'Recibidas',
    resolved: 'Resueltas',
    median: 'Mediana de días hasta resolver',
    withinTarget: 'Resueltas dentro del plazo',
    currentMonth: '{{month}} (hasta hoy)',
    noneResolved: 'Ninguna resuelta',
    noTarget: 'Sin plazo',
    share: '{{percent}} ({{within}} de {{measured}})',
  },
  home: {
    heading: 'Cómo lo estamos haciendo',
    text: 'Vea cuántas solicitudes recibe y resuelve cada servicio, y con qué rapidez.',
    link: 'Nuestras cifras, mes a mes',
  },
} satisfies Translation<typeof en>;
