import { ltr } from '../bidi.js';
import type en from '../en/forms.js';
import type { Translation } from '../format.js';

/**
 * Arabic field-level error messages. Arabic plural rules have six forms; the counted noun changes
 * with them (1 حرف, 3 أحرف, 11 حرفًا, 100 حرف). The limit is always written in digits, so "one"
 * and "two" keep the number too.
 */
const example = ltr('name@example.com');
const phones = `${ltr('703 555 0123')} أو ${ltr('+1 703 555 0123')}`;

export default {
  text: {
    required: 'أدخل إجابة لـ«{{label}}»',
    type: 'يجب أن يكون «{{label}}» نصًا',
    tooShort_zero: 'يجب أن يتكون «{{label}}» من {{min}} حرف أو أكثر',
    tooShort_one: 'يجب أن يتكون «{{label}}» من {{min}} حرف أو أكثر',
    tooShort_two: 'يجب أن يتكون «{{label}}» من {{min}} حرف أو أكثر',
    tooShort_few: 'يجب أن يتكون «{{label}}» من {{min}} أحرف أو أكثر',
    tooShort_many: 'يجب أن يتكون «{{label}}» من {{min}} حرفًا أو أكثر',
    tooShort_other: 'يجب أن يتكون «{{label}}» من {{min}} حرف أو أكثر',
    tooLong_zero: 'يجب ألا يزيد «{{label}}» على {{max}} حرف',
    tooLong_one: 'يجب ألا يزيد «{{label}}» على {{max}} حرف',
    tooLong_two: 'يجب ألا يزيد «{{label}}» على {{max}} حرف',
    tooLong_few: 'يجب ألا يزيد «{{label}}» على {{max}} أحرف',
    tooLong_many: 'يجب ألا يزيد «{{label}}» على {{max}} حرفًا',
    tooLong_other: 'يجب ألا يزيد «{{label}}» على {{max}} حرف',
    pattern: '«{{label}}» ليس بالصيغة الصحيحة',
  },
  email: {
    required: 'أدخل عنوان بريد إلكتروني لـ«{{label}}»',
    invalid: `أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل ${example}، لـ«{{label}}»`,
  },
  phone: {
    required: 'أدخل رقم هاتف لـ«{{label}}»',
    invalid: `أدخل رقم هاتف، مثل ${phones}، لـ«{{label}}»`,
  },
  number: {
    required: 'أدخل رقمًا لـ«{{label}}»',
    invalid: 'يجب أن يكون «{{label}}» رقمًا، مثل 12 أو 12.5',
    integer: 'يجب أن يكون «{{label}}» عددًا صحيحًا',
    min: 'يجب أن يكون «{{label}}» {{min}} أو أكثر',
    max: 'يجب أن يكون «{{label}}» {{max}} أو أقل',
  },
  date: {
    required: 'أدخل تاريخًا لـ«{{label}}»',
    invalid: 'يجب أن يكون «{{label}}» تاريخًا حقيقيًا',
    min: 'يجب أن يكون «{{label}}» في {{min}} أو بعده',
    max: 'يجب أن يكون «{{label}}» في {{max}} أو قبله',
  },
  choice: {
    required: 'اختر خيارًا لـ«{{label}}»',
    invalid: 'اختر أحد الخيارات المعروضة لـ«{{label}}»',
  },
  multiple: {
    required: 'اختر خيارًا واحدًا على الأقل لـ«{{label}}»',
    invalid: 'اختر من الخيارات المعروضة فقط لـ«{{label}}»',
    min_zero: 'اختر {{min}} خيار على الأقل لـ«{{label}}»',
    min_one: 'اختر {{min}} خيار على الأقل لـ«{{label}}»',
    min_two: 'اختر {{min}} خيار على الأقل لـ«{{label}}»',
    min_few: 'اختر {{min}} خيارات على الأقل لـ«{{label}}»',
    min_many: 'اختر {{min}} خيارًا على الأقل لـ«{{label}}»',
    min_other: 'اختر {{min}} خيار على الأقل لـ«{{label}}»',
    max_zero: 'لا تختر أكثر من {{max}} خيار لـ«{{label}}»',
    max_one: 'لا تختر أكثر من {{max}} خيار لـ«{{label}}»',
    max_two: 'لا تختر أكثر من {{max}} خيار لـ«{{label}}»',
    max_few: 'لا تختر أكثر من {{max}} خيارات لـ«{{label}}»',
    max_many: 'لا تختر أكثر من {{max}} خيارًا لـ«{{label}}»',
    max_other: 'لا تختر أكثر من {{max}} خيار لـ«{{label}}»',
  },
  checkbox: {
    required: 'ضع علامة على «{{label}}» للمتابعة',
    invalid: 'ضع علامة على «{{label}}» أو اتركه فارغًا',
  },
  address: {
    required: 'أدخل عنوانًا لـ«{{label}}»',
    tooLong_zero: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} حرف',
    tooLong_one: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} حرف',
    tooLong_two: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} حرف',
    tooLong_few: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} أحرف',
    tooLong_many: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} حرفًا',
    tooLong_other: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} حرف',
  },
  location: {
    required: 'أدخل عنوانًا أو استخدم موقعك الحالي لـ«{{label}}»',
    notFound: 'اختر عنوانًا من القائمة، أو استخدم موقعك الحالي، لـ«{{label}}»: لم نجد العنوان الذي أدخلته داخل المدينة',
    invalid: 'اختر الموقع لـ«{{label}}» مرة أخرى',
    outside: 'الموقع المحدد لـ«{{label}}» خارج المدينة: اختر مكانًا داخل المدينة',
    tooLong_zero: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} حرف',
    tooLong_one: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} حرف',
    tooLong_two: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} حرف',
    tooLong_few: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} أحرف',
    tooLong_many: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} حرفًا',
    tooLong_other: 'يجب ألا يزيد العنوان في «{{label}}» على {{max}} حرف',
  },
  file: {
    required: 'أرفق ملفًا لـ«{{label}}»',
    invalid: 'أرفق الملف لـ«{{label}}» مرة أخرى',
    type: 'يجب أن يكون كل ملف لـ«{{label}}» من نوع {{types}}',
    size: 'يجب أن يكون حجم كل ملف لـ«{{label}}» أقل من {{max}} ميغابايت',
    count_zero: 'لا ترفق أكثر من {{max}} ملف لـ«{{label}}»',
    count_one: 'لا ترفق أكثر من {{max}} ملف لـ«{{label}}»',
    count_two: 'لا ترفق أكثر من {{max}} ملف لـ«{{label}}»',
    count_few: 'لا ترفق أكثر من {{max}} ملفات لـ«{{label}}»',
    count_many: 'لا ترفق أكثر من {{max}} ملفًا لـ«{{label}}»',
    count_other: 'لا ترفق أكثر من {{max}} ملف لـ«{{label}}»',
  },
  contact: {
    name: {
      required: 'أدخل اسمك',
      tooLong: 'يجب ألا يزيد اسمك على {{max}} حرف',
    },
    email: {
      required: 'أدخل عنوان بريدك الإلكتروني',
      invalid: `أدخل عنوان بريد إلكتروني بالصيغة الصحيحة، مثل ${example}`,
    },
    phone: {
      invalid: `أدخل رقم هاتف، مثل ${phones}`,
    },
  },
  form: {
    unavailable: 'هذا النموذج لم يعد متاحًا. ارجع إلى صفحة الخدمة وحاول مرة أخرى',
    exit: '{{title}}: هذه الإجابة عن «{{label}}» تعني أن المدينة لا تستطيع استلام هذا الطلب هنا',
  },
  submission: {
    confirm: 'لم يُرسَل طلبك بعد. راجع إجاباتك، ثم أرسل النموذج مرة أخرى لتأكيده',
    challenge: 'لم يُرسَل طلبك بعد. وصلت طلبات كثيرة من اتصالك، لذا نحتاج إلى التحقق من أن هذا الطلب ليس آليًا: أرسله مرة أخرى',
  },
} satisfies Translation<typeof en>;
