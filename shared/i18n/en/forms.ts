/**
 * Field-level error messages of the request forms, keyed by field type and constraint: the same in
 * the browser, the CMS and Open311. `{{label}}` is the field's question as the resident read it;
 * other placeholders are the limits. Keys ending in `_one`/`_other` are plural forms, chosen by the
 * limit (`{{min}}` or `{{max}}`). Written GOV.UK style: say what to do, no full stop.
 */
export default {
  text: {
    required: 'Enter an answer for “{{label}}”',
    type: '“{{label}}” must be text',
    tooShort_one: '“{{label}}” must be {{min}} character or more',
    tooShort_other: '“{{label}}” must be {{min}} characters or more',
    tooLong_one: '“{{label}}” must be {{max}} character or fewer',
    tooLong_other: '“{{label}}” must be {{max}} characters or fewer',
    pattern: '“{{label}}” is not in the right format',
  },
  email: {
    required: 'Enter an email address for “{{label}}”',
    invalid: 'Enter an email address in the correct format, like name@example.com, for “{{label}}”',
  },
  phone: {
    required: 'Enter a phone number for “{{label}}”',
    invalid: 'Enter a phone number, like 703 555 0123 or +1 703 555 0123, for “{{label}}”',
  },
  number: {
    required: 'Enter a number for “{{label}}”',
    invalid: '“{{label}}” must be a number, like 12 or 12.5',
    integer: '“{{label}}” must be a whole number',
    min: '“{{label}}” must be {{min}} or more',
    max: '“{{label}}” must be {{max}} or less',
  },
  date: {
    required: 'Enter a date for “{{label}}”',
    invalid: '“{{label}}” must be a real date',
    min: '“{{label}}” must be on or after {{min}}',
    max: '“{{label}}” must be on or before {{max}}',
  },
  choice: {
    required: 'Select an option for “{{label}}”',
    invalid: 'Select one of the options given for “{{label}}”',
  },
  multiple: {
    required: 'Select at least one option for “{{label}}”',
    invalid: 'Select only options given for “{{label}}”',
    min_one: 'Select at least {{min}} option for “{{label}}”',
    min_other: 'Select at least {{min}} options for “{{label}}”',
    max_one: 'Select no more than {{max}} option for “{{label}}”',
    max_other: 'Select no more than {{max}} options for “{{label}}”',
  },
  checkbox: {
    required: 'Tick “{{label}}” to continue',
    invalid: 'Tick “{{label}}” or leave it empty',
  },
  address: {
    required: 'Enter an address for “{{label}}”',
    tooLong_one: 'The address for “{{label}}” must be {{max}} character or fewer',
    tooLong_other: 'The address for “{{label}}” must be {{max}} characters or fewer',
  },
  location: {
    required: 'Enter an address or use your location for “{{label}}”',
    notFound: 'Choose an address from the list, or use your location, for “{{label}}”: we could not find the address you entered in the city',
    invalid: 'Choose the location for “{{label}}” again',
    outside: 'The location for “{{label}}” is outside the city: choose a place in the city',
    tooLong_one: 'The address for “{{label}}” must be {{max}} character or fewer',
    tooLong_other: 'The address for “{{label}}” must be {{max}} characters or fewer',
  },
  file: {
    required: 'Attach a file for “{{label}}”',
    invalid: 'Attach the file for “{{label}}” again',
    type: 'Each file for “{{label}}” must be a {{types}}',
    size: 'Each file for “{{label}}” must be smaller than {{max}} MB',
    count_one: 'Attach no more than {{max}} file for “{{label}}”',
    count_other: 'Attach no more than {{max}} files for “{{label}}”',
  },
  contact: {
    name: {
      required: 'Enter your name',
      tooLong: 'Your name must be {{max}} characters or fewer',
    },
    email: {
      required: 'Enter your email address',
      invalid: 'Enter an email address in the correct format, like name@example.com',
    },
    phone: {
      invalid: 'Enter a phone number, like 703 555 0123 or +1 703 555 0123',
    },
  },
  form: {
    unavailable: 'This form is not available any more. Go back to the service page and try again',
    /** An answer that ends the form: the editor's exit page says what to do instead. */
    exit: '{{title}}: this answer to “{{label}}” means the City cannot take this request here',
  },
  submission: {
    confirm: 'Your request has not been sent yet. Check your answers, then send the form again to confirm it',
    /** Many requests came from the resident's connection: the island solves a check and sends again by itself. */
    challenge: 'Your request has not been sent yet. Many requests came from your connection, so we need to check this one is not automated: send it again',
  },
};
