/** Arabic replies. */
import type { LanguageReplies } from './types';

export const ar: LanguageReplies = {
  keywords: { stop: 'إيقاف', start: 'تفعيل', status: 'حالتي' },
  texts: {
    optOutConfirmAll: 'لن تصلك عروض {brand} بعد الآن. أرسل تفعيل لاستلامها من جديد.',
    optOutConfirmCategory: 'لن تصلك عروض {category} من {brand} حتى {until}. أرسل تفعيل للتراجع.',
    optOutConfirmUntil: 'لن تصلك عروض {brand} حتى {until}. أرسل تفعيل لاستلامها من جديد.',
    optInConfirm: 'ستصلك عروض {brand} من جديد. أرسل إيقاف في أي وقت لإيقافها.',
    optInBlocked:
      'تم تسجيل طلبك. تبقى عروض {brand} متوقفة لهذا الرقم في الوقت الحالي، لذلك لن تصلك بعد.',
    help: 'معك {brand}. أرسل إيقاف لإيقاف العروض، أو تفعيل لاستلامها من جديد، أو حالتي لمعرفة اختياراتك.',
    statusNone: 'تصلك عروض {brand}. أرسل إيقاف لإيقافها.',
    statusList: 'أوقفت هذه العروض من {brand}: {list}. أرسل تفعيل لاستلامها من جديد.',
    // statusListAdmin, statusListMeta, noEndDate: written without a native speaker, to be
    // reviewed before production use (the rest of this file was).
    statusListAdmin:
      'أوقفت {brand} هذه العروض لهذا الرقم: {list}. لاستلامها من جديد، تواصل مع {brand}.',
    statusListMeta:
      'أوقفت هذه العروض من {brand} في واتساب: {list}. لاستلامها من جديد، شغّلها مرة أخرى في واتساب.',
    noEndDate: 'بدون تاريخ انتهاء',
    askConfirm: 'هل تريد إيقاف استلام عروض {brand}؟',
    btnStopAll: 'إيقاف كل العروض',
    btnUndo: 'تراجع',
    btnStopYes: 'إيقاف العروض',
    btnKeep: 'متابعة الاستلام',
    untilRevoked: 'تعيد الاشتراك',
    allMarketing: 'جميع العروض الترويجية',
    keepConfirm: 'حسنًا، ستستمر في تلقي العروض من {brand}. أرسل إيقاف في أي وقت لإيقافها.',
  },
};
