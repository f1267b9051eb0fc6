import type { Translation } from '../format.js';
import type en from '../en/forms.js';

/**
 * Spanish field-level error messages of the request forms. Spanish plural rules have a `many` form,
 * for round millions ("1 millón de caracteres"); written here like `other`.
 */
export default {
  text: {
    required: 'Escriba una respuesta para “{{label}}”',
    type: '“{{label}}” debe ser un texto',
    tooShort_one: '“{{label}}” debe tener {{min}} carácter o más',
    tooShort_other: '“{{label}}” debe tener {{min}} caracteres o más',
    tooShort_many: '“{{label}}” debe tener {{min}} caracteres o más',
    tooLong_one: '“{{label}}” debe tener {{max}} carácter o menos',
    tooLong_other: '“{{label}}” debe tener {{max}} caracteres o menos',
    tooLong_many: '“{{label}}” debe tener {{max}} caracteres o menos',
    pattern: '“{{label}}” no tiene el formato correcto',
  },
  email: {
    required: 'Escriba un correo electrónico para “{{label}}”',
    invalid: 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com, para “{{label}}”',
  },
  phone: {
    required: 'Escriba un número de teléfono para “{{label}}”',
    invalid: 'Escriba un número de teléfono, como 703 555 0123 o +1 703 555 0123, para “{{label}}”',
  },
  number: {
    required: 'Escriba un número para “{{label}}”',
    invalid: '“{{label}}” debe ser un número, como 12 o 12.5',
    integer: '“{{label}}” debe ser un número entero',
    min: '“{{label}}” debe ser {{min}} o más',
    max: '“{{label}}” debe ser {{max}} o menos',
  },
  date: {
    required: 'Escriba una fecha para “{{label}}”',
    invalid: '“{{label}}” debe ser una fecha real',
    min: '“{{label}}” debe ser el {{min}} o después',
    max: '“{{label}}” debe ser el {{max}} o antes',
  },
  choice: {
    required: 'Elija una opción para “{{label}}”',
    invalid: 'Elija una de las opciones dadas para “{{label}}”',
  },
  multiple: {
    required: 'Elija al menos una opción para “{{label}}”',
    invalid: 'Elija solo opciones dadas para “{{label}}”',
    min_one: 'Elija al menos {{min}} opción para “{{label}}”',
    min_other: 'Elija al menos {{min}} opciones para “{{label}}”',
    min_many: 'Elija al menos {{min}} opciones para “{{label}}”',
    max_one: 'Elija como máximo {{max}} opción para “{{label}}”',
    max_other: 'Elija como máximo {{max}} opciones para “{{label}}”',
    max_many: 'Elija como máximo {{max}} opciones para “{{label}}”',
  },
  checkbox: {
    required: 'Marque “{{label}}” para continuar',
    invalid: 'Marque “{{label}}” o déjelo sin marcar',
  },
  address: {
    required: 'Escriba una dirección para “{{label}}”',
    tooLong_one: 'La dirección para “{{label}}” debe tener {{max}} carácter o menos',
    tooLong_other: 'La dirección para “{{label}}” debe tener {{max}} caracteres o menos',
    tooLong_many: 'La dirección para “{{label}}” debe tener {{max}} caracteres o menos',
  },
  location: {
    required: 'Escriba una dirección o use su ubicación para “{{label}}”',
    notFound: 'Elija una dirección de la lista, o use su ubicación, para “{{label}}”: no encontramos en la ciudad la dirección que escribió',
    invalid: 'Elija de nuevo la ubicación para “{{label}}”',
    outside: 'La ubicación para “{{label}}” está fuera de la ciudad: elija un lugar dentro de la ciudad',
    tooLong_one: 'La dirección para “{{label}}” debe tener {{max}} carácter o menos',
    tooLong_other: 'La dirección para “{{label}}” debe tener {{max}} caracteres o menos',
    tooLong_many: 'La dirección para “{{label}}” debe tener {{max}} caracteres o menos',
  },
  file: {
    required: 'Adjunte un archivo para “{{label}}”',
    invalid: 'Vuelva a adjuntar el archivo para “{{label}}”',
    type: 'Cada archivo para “{{label}}” debe ser {{types}}',
    size: 'Cada archivo para “{{label}}” debe pesar menos de {{max}} MB',
    count_one: 'Adjunte como máximo {{max}} archivo para “{{label}}”',
    count_other: 'Adjunte como máximo {{max}} archivos para “{{label}}”',
    count_many: 'Adjunte como máximo {{max}} archivos para “{{label}}”',
  },
  contact: {
    name: {
      required: 'Escriba su nombre',
      tooLong: 'Su nombre debe tener {{max}} caracteres o menos',
    },
    email: {
      required: 'Escriba su correo electrónico',
      invalid: 'Escriba un correo electrónico con el formato correcto, como nombre@ejemplo.com',
    },
    phone: {
      invalid: 'Escriba un número de teléfono, como 703 555 0123 o +1 703 555 0123',
    },
  },
  form: {
    unavailable: 'Este formulario ya no está disponible. Vuelva a la página del servicio e inténtelo de nuevo',
    exit: '{{title}}: con esta respuesta a “{{label}}”, la Ciudad no puede recibir esta solicitud aquí',
  },
  submission: {
    confirm: 'Su solicitud todavía no se ha enviado. Revise sus respuestas y vuelva a enviar el formulario para confirmarla',
    challenge: 'Su solicitud todavía no se ha enviado. Llegaron muchas solicitudes desde su conexión, así que debemos comprobar que esta no es automática: vuelva a enviarla',
  },
} satisfies Translation<typeof en>;
