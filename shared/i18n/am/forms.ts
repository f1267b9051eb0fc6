import type en from '../en/forms.js';
import type { Translation } from '../format.js';

/** Amharic field-level error messages. Amharic plural rules have two forms, one and other. */
export default {
  text: {
    required: 'ለ«{{label}}» መልስ ያስገቡ',
    type: '«{{label}}» ጽሑፍ መሆን አለበት',
    tooShort_one: '«{{label}}» ቢያንስ {{min}} ፊደል መሆን አለበት',
    tooShort_other: '«{{label}}» ቢያንስ {{min}} ፊደላት መሆን አለበት',
    tooLong_one: '«{{label}}» ከ{{max}} ፊደል መብለጥ የለበትም',
    tooLong_other: '«{{label}}» ከ{{max}} ፊደላት መብለጥ የለበትም',
    pattern: '«{{label}}» በትክክለኛው ቅርጸት አልተጻፈም',
  },
  email: {
    required: 'ለ«{{label}}» የኢሜይል አድራሻ ያስገቡ',
    invalid: 'ለ«{{label}}» የኢሜይል አድራሻን በትክክለኛው ቅርጸት ያስገቡ፣ ለምሳሌ name@example.com',
  },
  phone: {
    required: 'ለ«{{label}}» ስልክ ቁጥር ያስገቡ',
    invalid: 'ለ«{{label}}» ስልክ ቁጥር ያስገቡ፣ ለምሳሌ 703 555 0123 ወይም +1 703 555 0123',
  },
  number: {
    required: 'ለ«{{label}}» ቁጥር ያስገቡ',
    invalid: '«{{label}}» ቁጥር መሆን አለበት፣ ለምሳሌ 12 ወይም 12.5',
    integer: '«{{label}}» ሙሉ ቁጥር መሆን አለበት',
    min: '«{{label}}» {{min}} ወይም ከዚያ በላይ መሆን አለበት',
    max: '«{{label}}» {{max}} ወይም ከዚያ በታች መሆን አለበት',
  },
  date: {
    required: 'ለ«{{label}}» ቀን ያስገቡ',
    invalid: '«{{label}}» ትክክለኛ ቀን መሆን አለበት',
    min: '«{{label}}» {{min}} ወይም ከዚያ በኋላ መሆን አለበት',
    max: '«{{label}}» {{max}} ወይም ከዚያ በፊት መሆን አለበት',
  },
  choice: {
    required: 'ለ«{{label}}» አንድ አማራጭ ይምረጡ',
    invalid: 'ለ«{{label}}» ከተሰጡት አማራጮች አንዱን ይምረጡ',
  },
  multiple: {
    required: 'ለ«{{label}}» ቢያንስ አንድ አማራጭ ይምረጡ',
    invalid: 'ለ«{{label}}» ከተሰጡት አማራጮች ብቻ ይምረጡ',
    min_one: 'ለ«{{label}}» ቢያንስ {{min}} አማራጭ ይምረጡ',
    min_other: 'ለ«{{label}}» ቢያንስ {{min}} አማራጮችን ይምረጡ',
    max_one: 'ለ«{{label}}» ከ{{max}} አማራጭ በላይ አይምረጡ',
    max_other: 'ለ«{{label}}» ከ{{max}} አማራጮች በላይ አይምረጡ',
  },
  checkbox: {
    required: 'ለመቀጠል «{{label}}»ን ምልክት ያድርጉ',
    invalid: '«{{label}}»ን ምልክት ያድርጉ ወይም ባዶ ይተዉት',
  },
  address: {
    required: 'ለ«{{label}}» አድራሻ ያስገቡ',
    tooLong_one: 'የ«{{label}}» አድራሻ ከ{{max}} ፊደል መብለጥ የለበትም',
    tooLong_other: 'የ«{{label}}» አድራሻ ከ{{max}} ፊደላት መብለጥ የለበትም',
  },
  location: {
    required: 'ለ«{{label}}» አድራሻ ያስገቡ ወይም ያሉበትን ቦታ ይጠቀሙ',
    notFound: 'ለ«{{label}}» ከዝርዝሩ አድራሻ ይምረጡ ወይም ያሉበትን ቦታ ይጠቀሙ፦ ያስገቡትን አድራሻ በከተማው ውስጥ ማግኘት አልቻልንም',
    invalid: 'ለ«{{label}}» ቦታውን እንደገና ይምረጡ',
    outside: 'ለ«{{label}}» የተመረጠው ቦታ ከከተማው ውጭ ነው፦ በከተማው ውስጥ ያለ ቦታ ይምረጡ',
    tooLong_one: 'የ«{{label}}» አድራሻ ከ{{max}} ፊደል መብለጥ የለበትም',
    tooLong_other: 'የ«{{label}}» አድራሻ ከ{{max}} ፊደላት መብለጥ የለበትም',
  },
  file: {
    required: 'ለ«{{label}}» ፋይል ያያይዙ',
    invalid: 'ለ«{{label}}» ፋይሉን እንደገና ያያይዙ',
    type: 'ለ«{{label}}» እያንዳንዱ ፋይል {{types}} መሆን አለበት',
    size: 'ለ«{{label}}» እያንዳንዱ ፋይል ከ{{max}} ሜጋባይት ያነሰ መሆን አለበት',
    count_one: 'ለ«{{label}}» ከ{{max}} ፋይል በላይ አያያይዙ',
    count_other: 'ለ«{{label}}» ከ{{max}} ፋይሎች በላይ አያያይዙ',
  },
  contact: {
    name: {
      required: 'ስምዎን ያስገቡ',
      tooLong: 'ስምዎ ከ{{max}} ፊደላት መብለጥ የለበትም',
    },
    email: {
      required: 'የኢሜይል አድራሻዎን ያስገቡ',
      invalid: 'የኢሜይል አድራሻን በትክክለኛው ቅርጸት ያስገቡ፣ ለምሳሌ name@example.com',
    },
    phone: {
      invalid: 'ስልክ ቁጥር ያስገቡ፣ ለምሳሌ 703 555 0123 ወይም +1 703 555 0123',
    },
  },
  form: {
    unavailable: 'ይህ ቅጽ ከአሁን በኋላ አይገኝም። ወደ አገልግሎቱ ገጽ ተመልሰው እንደገና ይሞክሩ',
    exit: '{{title}}፦ ለ«{{label}}» የሰጡት ይህ መልስ ከተማው ይህን ጥያቄ እዚህ መቀበል እንደማይችል ያሳያል',
  },
  submission: {
    confirm: 'ጥያቄዎ ገና አልተላከም። መልሶችዎን ይፈትሹ፣ ከዚያም ለማረጋገጥ ቅጹን እንደገና ይላኩ',
    challenge: 'ጥያቄዎ ገና አልተላከም። ከግንኙነትዎ ብዙ ጥያቄዎች ስለመጡ ይህ ጥያቄ በራስ-ሰር የተላከ አለመሆኑን ማረጋገጥ አለብን፦ እንደገና ይላኩት',
  },
} satisfies Translation<typeof en>;
