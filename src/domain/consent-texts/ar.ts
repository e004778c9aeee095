/**
 * Arabic consent texts (Modern Standard Arabic), right to left. Every text opens with an Arabic
 * word, never with a placeholder: WhatsApp sets a message's direction from its first strong
 * letter, and a Latin brand name first would turn the whole bubble left to right (tested).
 * Categories are quoted with « », which mirror in right-to-left text. "{days} يومًا" is right for
 * the page's 30 days (11 to 99).
 */
import type { ConsentTexts } from './types';

export const ar: ConsentTexts = {
  replies: {
    consentAsk: 'هل تريد تلقي عروض {brand} وتخفيضاتها عبر واتساب؟',
    btnConsentYes: 'نعم، أريد العروض',
    btnConsentNo: 'لا، شكرًا',
    consentGranted: 'شكرًا لك! سيرسل لك {brand} العروض عبر واتساب. أرسل {stop} في أي وقت لإيقافها.',
    consentDeclined: 'حسنًا، لن يرسل لك {brand} أي عروض.',
  },
  page: {
    title: 'رسائلك من {brand}',
    intro: 'اختر العروض التي تريد تلقيها من {brand} عبر واتساب.',
    stopAll: 'إيقاف كل العروض',
    stopCategory: 'إيقاف عروض «{category}» فقط',
    pause: 'إيقاف العروض مؤقتًا لمدة {days} يومًا',
    resubscribe: 'تلقي العروض من جديد',
    save: 'حفظ الاختيار',
    doneStopAll: 'تم: لن يرسل لك {brand} أي عروض بعد الآن.',
    doneStopCategory: 'تم: لن يرسل لك {brand} عروض «{category}» بعد الآن.',
    donePause: 'تم: لن تصلك عروض من {brand} لمدة {days} يومًا.',
    doneResubscribe: 'تم: ستصلك عروض {brand} من جديد.',
    expired: 'انتهت صلاحية هذا الرابط. أرسل {stop} عبر واتساب في أي وقت لإيقاف العروض.',
    invalid: 'هذا الرابط غير صالح.',
  },
};
