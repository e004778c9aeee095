/**
 * What stopline says to customers, in their language. One confirmation per opt-out that
 * names the brand, confirms no more promotions will be sent and says how to undo it
 * (the three things carriers check, see opt-out-prior-art.md §3), plus help, status and
 * the one question asked when a message only might mean stop. The keywords named in each
 * language are ones the classifier recognises (tested). Tenants override any text per
 * language and key (`TenantSettings.replyTexts`).
 */
import { ValidationError } from './errors';
import type { ReplyTexts } from './types';

export const REPLY_KEYS = [
  'optOutConfirmAll',
  'optOutConfirmCategory',
  'optOutConfirmUntil',
  'optInConfirm',
  'help',
  'statusNone',
  'statusList',
  'askConfirm',
  'btnStopAll',
  'btnUndo',
  'btnStopYes',
  'btnKeep',
  'untilRevoked',
  'allMarketing',
  'keepConfirm',
] as const;
export type ReplyKey = (typeof REPLY_KEYS)[number];

/** WhatsApp limits a reply button title to 20 characters. */
export const BUTTON_KEYS: readonly ReplyKey[] = ['btnStopAll', 'btnUndo', 'btnStopYes', 'btnKeep'];
export const MAX_BUTTON_TITLE = 20;

export const REPLY_LANGUAGES = [
  'en',
  'pt',
  'es',
  'fr',
  'de',
  'it',
  'id',
  'hi',
  'ar',
  'tr',
  'ru',
] as const;
export type ReplyLanguage = (typeof REPLY_LANGUAGES)[number];

/** The keywords each language's texts tell the customer to send. */
export const REPLY_KEYWORDS: Record<
  ReplyLanguage,
  { stop: string; start: string; status: string }
> = {
  en: { stop: 'STOP', start: 'START', status: 'STATUS' },
  pt: { stop: 'PARAR', start: 'VOLTAR', status: 'STATUS' },
  es: { stop: 'BAJA', start: 'ALTA', status: 'ESTADO' },
  fr: { stop: 'STOP', start: 'START', status: 'STATUT' },
  de: { stop: 'STOPP', start: 'START', status: 'STATUS' },
  it: { stop: 'STOP', start: 'START', status: 'STATO' },
  id: { stop: 'BERHENTI', start: 'MULAI', status: 'STATUS' },
  hi: { stop: 'STOP', start: 'START', status: 'STATUS' },
  ar: { stop: 'إيقاف', start: 'تفعيل', status: 'حالتي' },
  tr: { stop: 'İPTAL', start: 'BAŞLA', status: 'DURUM' },
  ru: { stop: 'СТОП', start: 'СТАРТ', status: 'СТАТУС' },
};

export const DEFAULT_REPLIES: Record<ReplyLanguage, Record<ReplyKey, string>> = {
  en: {
    optOutConfirmAll:
      "You won't receive promotions from {brand} anymore. Reply START to receive them again.",
    optOutConfirmCategory:
      "You won't receive {category} promotions from {brand} until {until}. Reply START to undo this.",
    optOutConfirmUntil:
      "You won't receive promotions from {brand} until {until}. Reply START to receive them again.",
    optInConfirm:
      "You'll receive promotions from {brand} again. Reply STOP at any time to stop them.",
    help: 'This is {brand}. Reply STOP to stop promotions, START to receive them again, or STATUS to see your choices.',
    statusNone: "You're receiving promotions from {brand}. Reply STOP to stop them.",
    statusList:
      "You've stopped these promotions from {brand}: {list}. Reply START to receive them again.",
    askConfirm: 'Do you want to stop receiving promotions from {brand}?',
    btnStopAll: 'Stop all promotions',
    btnUndo: 'Undo',
    btnStopYes: 'Stop promotions',
    btnKeep: 'Keep receiving',
    untilRevoked: 'you opt back in',
    allMarketing: 'all promotions',
    keepConfirm:
      "OK, you'll keep receiving promotions from {brand}. Reply STOP at any time to stop them.",
  },
  pt: {
    optOutConfirmAll:
      'Você não receberá mais promoções de {brand}. Responda VOLTAR para recebê-las novamente.',
    optOutConfirmCategory:
      'Você não receberá promoções de {category} de {brand} até {until}. Responda VOLTAR para desfazer.',
    optOutConfirmUntil:
      'Você não receberá promoções de {brand} até {until}. Responda VOLTAR para recebê-las novamente.',
    optInConfirm:
      'Você voltará a receber promoções de {brand}. Responda PARAR a qualquer momento para interrompê-las.',
    help: 'Aqui é {brand}. Responda PARAR para não receber promoções, VOLTAR para recebê-las de novo ou STATUS para ver suas escolhas.',
    statusNone: 'Você está recebendo promoções de {brand}. Responda PARAR para interrompê-las.',
    statusList:
      'Você parou estas promoções de {brand}: {list}. Responda VOLTAR para recebê-las novamente.',
    askConfirm: 'Você quer parar de receber promoções de {brand}?',
    btnStopAll: 'Parar todas promos',
    btnUndo: 'Desfazer',
    btnStopYes: 'Parar promoções',
    btnKeep: 'Continuar recebendo',
    untilRevoked: 'você voltar a aceitar',
    allMarketing: 'todas as promoções',
    keepConfirm:
      'Certo, você continuará recebendo promoções de {brand}. Responda PARAR a qualquer momento para interrompê-las.',
  },
  es: {
    optOutConfirmAll:
      'Ya no recibirás promociones de {brand}. Responde ALTA para volver a recibirlas.',
    optOutConfirmCategory:
      'No recibirás promociones de {category} de {brand} hasta el {until}. Responde ALTA para deshacerlo.',
    optOutConfirmUntil:
      'No recibirás promociones de {brand} hasta el {until}. Responde ALTA para volver a recibirlas.',
    optInConfirm:
      'Volverás a recibir promociones de {brand}. Responde BAJA en cualquier momento para dejar de recibirlas.',
    help: 'Somos {brand}. Responde BAJA para dejar de recibir promociones, ALTA para volver a recibirlas o ESTADO para ver tus preferencias.',
    statusNone: 'Estás recibiendo promociones de {brand}. Responde BAJA para dejar de recibirlas.',
    statusList:
      'Dejaste de recibir estas promociones de {brand}: {list}. Responde ALTA para volver a recibirlas.',
    askConfirm: '¿Quieres dejar de recibir promociones de {brand}?',
    btnStopAll: 'Parar todas promos',
    btnUndo: 'Deshacer',
    btnStopYes: 'Parar promociones',
    btnKeep: 'Seguir recibiendo',
    untilRevoked: 'que vuelvas a suscribirte',
    allMarketing: 'todas las promociones',
    keepConfirm:
      'De acuerdo, seguirás recibiendo promociones de {brand}. Responde BAJA en cualquier momento para dejar de recibirlas.',
  },
  fr: {
    optOutConfirmAll:
      'Vous ne recevrez plus de promotions de {brand}. Répondez START pour les recevoir à nouveau.',
    optOutConfirmCategory:
      'Vous ne recevrez plus de promotions {category} de {brand} jusqu’au {until}. Répondez START pour annuler.',
    optOutConfirmUntil:
      'Vous ne recevrez plus de promotions de {brand} jusqu’au {until}. Répondez START pour les recevoir à nouveau.',
    optInConfirm:
      'Vous recevrez à nouveau les promotions de {brand}. Répondez STOP à tout moment pour les arrêter.',
    help: 'Ici {brand}. Répondez STOP pour arrêter les promotions, START pour les recevoir à nouveau ou STATUT pour voir vos choix.',
    statusNone: 'Vous recevez les promotions de {brand}. Répondez STOP pour les arrêter.',
    statusList:
      'Vous avez arrêté ces promotions de {brand} : {list}. Répondez START pour les recevoir à nouveau.',
    askConfirm: 'Voulez-vous ne plus recevoir de promotions de {brand} ?',
    btnStopAll: 'Tout arrêter',
    btnUndo: 'Annuler',
    btnStopYes: 'Arrêter les promos',
    btnKeep: 'Continuer à recevoir',
    untilRevoked: 'votre réinscription',
    allMarketing: 'toutes les promotions',
    keepConfirm:
      "D'accord, vous continuerez à recevoir les promotions de {brand}. Répondez STOP à tout moment pour les arrêter.",
  },
  de: {
    optOutConfirmAll:
      'Sie erhalten keine Werbung mehr von {brand}. Antworten Sie START, um sie wieder zu erhalten.',
    optOutConfirmCategory:
      'Sie erhalten bis {until} keine Werbung zu {category} von {brand}. Antworten Sie START, um das rückgängig zu machen.',
    optOutConfirmUntil:
      'Sie erhalten bis {until} keine Werbung von {brand}. Antworten Sie START, um sie wieder zu erhalten.',
    optInConfirm:
      'Sie erhalten wieder Werbung von {brand}. Antworten Sie jederzeit STOPP, um sie zu beenden.',
    help: 'Hier ist {brand}. Antworten Sie STOPP, um keine Werbung mehr zu erhalten, START, um sie wieder zu erhalten, oder STATUS für Ihre Auswahl.',
    statusNone: 'Sie erhalten Werbung von {brand}. Antworten Sie STOPP, um sie zu beenden.',
    statusList:
      'Sie haben diese Werbung von {brand} abbestellt: {list}. Antworten Sie START, um sie wieder zu erhalten.',
    askConfirm: 'Möchten Sie keine Werbung mehr von {brand} erhalten?',
    btnStopAll: 'Alle Werbung stoppen',
    btnUndo: 'Rückgängig',
    btnStopYes: 'Werbung stoppen',
    btnKeep: 'Weiter erhalten',
    untilRevoked: 'zu deiner erneuten Anmeldung',
    allMarketing: 'alle Angebote',
    keepConfirm:
      'Alles klar, du erhältst weiterhin Angebote von {brand}. Antworte jederzeit STOPP, um sie abzubestellen.',
  },
  it: {
    optOutConfirmAll:
      'Non riceverai più promozioni da {brand}. Rispondi START per riceverle di nuovo.',
    optOutConfirmCategory:
      'Non riceverai promozioni {category} da {brand} fino al {until}. Rispondi START per annullare.',
    optOutConfirmUntil:
      'Non riceverai promozioni da {brand} fino al {until}. Rispondi START per riceverle di nuovo.',
    optInConfirm:
      'Riceverai di nuovo le promozioni di {brand}. Rispondi STOP in qualsiasi momento per interromperle.',
    help: 'Qui è {brand}. Rispondi STOP per non ricevere promozioni, START per riceverle di nuovo o STATO per vedere le tue scelte.',
    statusNone: 'Stai ricevendo le promozioni di {brand}. Rispondi STOP per interromperle.',
    statusList:
      'Hai interrotto queste promozioni di {brand}: {list}. Rispondi START per riceverle di nuovo.',
    askConfirm: 'Vuoi smettere di ricevere promozioni da {brand}?',
    btnStopAll: 'Stop a tutte',
    btnUndo: 'Annulla',
    btnStopYes: 'Stop promozioni',
    btnKeep: 'Continua a ricevere',
    untilRevoked: 'una tua nuova iscrizione',
    allMarketing: 'tutte le promozioni',
    keepConfirm:
      'Va bene, continuerai a ricevere le promozioni di {brand}. Rispondi STOP in qualsiasi momento per interromperle.',
  },
  id: {
    optOutConfirmAll:
      'Anda tidak akan menerima promo dari {brand} lagi. Balas MULAI untuk menerimanya kembali.',
    optOutConfirmCategory:
      'Anda tidak akan menerima promo {category} dari {brand} sampai {until}. Balas MULAI untuk membatalkan.',
    optOutConfirmUntil:
      'Anda tidak akan menerima promo dari {brand} sampai {until}. Balas MULAI untuk menerimanya kembali.',
    optInConfirm:
      'Anda akan menerima promo dari {brand} lagi. Balas BERHENTI kapan saja untuk menghentikannya.',
    help: 'Ini {brand}. Balas BERHENTI untuk berhenti menerima promo, MULAI untuk menerimanya lagi, atau STATUS untuk melihat pilihan Anda.',
    statusNone: 'Anda menerima promo dari {brand}. Balas BERHENTI untuk menghentikannya.',
    statusList:
      'Anda telah menghentikan promo ini dari {brand}: {list}. Balas MULAI untuk menerimanya kembali.',
    askConfirm: 'Apakah Anda ingin berhenti menerima promo dari {brand}?',
    btnStopAll: 'Stop semua promo',
    btnUndo: 'Batalkan',
    btnStopYes: 'Stop promo',
    btnKeep: 'Tetap terima',
    untilRevoked: 'Anda berlangganan lagi',
    allMarketing: 'semua promosi',
    keepConfirm:
      'Baik, Anda akan tetap menerima promosi dari {brand}. Balas BERHENTI kapan saja untuk menghentikannya.',
  },
  hi: {
    optOutConfirmAll: 'अब आपको {brand} से प्रमोशन नहीं मिलेंगे। फिर से पाने के लिए START भेजें।',
    optOutConfirmCategory:
      '{until} तक आपको {brand} से {category} प्रमोशन नहीं मिलेंगे। इसे वापस लेने के लिए START भेजें।',
    optOutConfirmUntil: '{until} तक आपको {brand} से प्रमोशन नहीं मिलेंगे। फिर से पाने के लिए START भेजें।',
    optInConfirm: 'आपको {brand} से फिर से प्रमोशन मिलेंगे। इन्हें कभी भी बंद करने के लिए STOP भेजें।',
    help: 'यह {brand} है। प्रमोशन बंद करने के लिए STOP, फिर से पाने के लिए START, या अपनी पसंद देखने के लिए STATUS भेजें।',
    statusNone: 'आपको {brand} से प्रमोशन मिल रहे हैं। इन्हें बंद करने के लिए STOP भेजें।',
    statusList: 'आपने {brand} के ये प्रमोशन बंद किए हैं: {list}। फिर से पाने के लिए START भेजें।',
    askConfirm: 'क्या आप {brand} से प्रमोशन पाना बंद करना चाहते हैं?',
    btnStopAll: 'सभी प्रमोशन बंद करें',
    btnUndo: 'वापस लें',
    btnStopYes: 'प्रमोशन बंद करें',
    btnKeep: 'जारी रखें',
    untilRevoked: 'आप फिर से सदस्यता न लें',
    allMarketing: 'सभी प्रमोशन',
    keepConfirm: 'ठीक है, आपको {brand} से प्रमोशन मिलते रहेंगे। इन्हें रोकने के लिए कभी भी STOP लिखें।',
  },
  ar: {
    optOutConfirmAll: 'لن تصلك عروض {brand} بعد الآن. أرسل تفعيل لاستلامها من جديد.',
    optOutConfirmCategory: 'لن تصلك عروض {category} من {brand} حتى {until}. أرسل تفعيل للتراجع.',
    optOutConfirmUntil: 'لن تصلك عروض {brand} حتى {until}. أرسل تفعيل لاستلامها من جديد.',
    optInConfirm: 'ستصلك عروض {brand} من جديد. أرسل إيقاف في أي وقت لإيقافها.',
    help: 'معك {brand}. أرسل إيقاف لإيقاف العروض، أو تفعيل لاستلامها من جديد، أو حالتي لمعرفة اختياراتك.',
    statusNone: 'تصلك عروض {brand}. أرسل إيقاف لإيقافها.',
    statusList: 'أوقفت هذه العروض من {brand}: {list}. أرسل تفعيل لاستلامها من جديد.',
    askConfirm: 'هل تريد إيقاف استلام عروض {brand}؟',
    btnStopAll: 'إيقاف كل العروض',
    btnUndo: 'تراجع',
    btnStopYes: 'إيقاف العروض',
    btnKeep: 'متابعة الاستلام',
    untilRevoked: 'تعيد الاشتراك',
    allMarketing: 'جميع العروض الترويجية',
    keepConfirm: 'حسنًا، ستستمر في تلقي العروض من {brand}. أرسل إيقاف في أي وقت لإيقافها.',
  },
  tr: {
    optOutConfirmAll:
      'Artık {brand} kampanya mesajlarını almayacaksınız. Tekrar almak için BAŞLA yazın.',
    optOutConfirmCategory:
      '{until} tarihine kadar {brand} {category} kampanyalarını almayacaksınız. Geri almak için BAŞLA yazın.',
    optOutConfirmUntil:
      '{until} tarihine kadar {brand} kampanya mesajlarını almayacaksınız. Tekrar almak için BAŞLA yazın.',
    optInConfirm:
      '{brand} kampanya mesajlarını yeniden alacaksınız. Durdurmak için istediğiniz zaman İPTAL yazın.',
    help: 'Burası {brand}. Kampanyaları durdurmak için İPTAL, tekrar almak için BAŞLA, tercihlerinizi görmek için DURUM yazın.',
    statusNone: '{brand} kampanya mesajlarını alıyorsunuz. Durdurmak için İPTAL yazın.',
    statusList: '{brand} için durdurduğunuz kampanyalar: {list}. Tekrar almak için BAŞLA yazın.',
    askConfirm: '{brand} kampanya mesajlarını almayı durdurmak istiyor musunuz?',
    btnStopAll: 'Hepsini durdur',
    btnUndo: 'Geri al',
    btnStopYes: 'Kampanyaları durdur',
    btnKeep: 'Almaya devam et',
    untilRevoked: 'yeniden abone olana kadar',
    allMarketing: 'tüm kampanyalar',
    keepConfirm:
      'Tamam, {brand} kampanyalarını almaya devam edeceksiniz. Durdurmak için istediğiniz zaman İPTAL yazın.',
  },
  ru: {
    optOutConfirmAll:
      'Вы больше не будете получать рекламу от {brand}. Ответьте СТАРТ, чтобы снова её получать.',
    optOutConfirmCategory:
      'Вы не будете получать рекламу {category} от {brand} до {until}. Ответьте СТАРТ, чтобы отменить.',
    optOutConfirmUntil:
      'Вы не будете получать рекламу от {brand} до {until}. Ответьте СТАРТ, чтобы снова её получать.',
    optInConfirm:
      'Вы снова будете получать рекламу от {brand}. Ответьте СТОП в любой момент, чтобы отписаться.',
    help: 'Это {brand}. Ответьте СТОП, чтобы отписаться от рекламы, СТАРТ, чтобы снова её получать, или СТАТУС, чтобы увидеть ваши настройки.',
    statusNone: 'Вы получаете рекламу от {brand}. Ответьте СТОП, чтобы отписаться.',
    statusList:
      'Вы отписались от этой рекламы {brand}: {list}. Ответьте СТАРТ, чтобы снова её получать.',
    askConfirm: 'Вы хотите отписаться от рекламы {brand}?',
    btnStopAll: 'Отписаться от всего',
    btnUndo: 'Отменить',
    btnStopYes: 'Отписаться',
    btnKeep: 'Продолжить получать',
    untilRevoked: 'повторной подписки',
    allMarketing: 'все рекламные сообщения',
    keepConfirm:
      'Хорошо, вы продолжите получать рекламу от {brand}. Ответьте СТОП в любой момент, чтобы отписаться.',
  },
};

/** "pt-BR", "pt_BR", "PT" → "pt"; anything unknown → null. */
export function replyLanguage(lang: string | null | undefined): ReplyLanguage | null {
  const base = (lang ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  return (REPLY_LANGUAGES as readonly string[]).includes(base) ? (base as ReplyLanguage) : null;
}

function isReplyKey(key: string): key is ReplyKey {
  return (REPLY_KEYS as readonly string[]).includes(key);
}

/**
 * The text for `key` in `lang`, with `{name}` placeholders filled from `vars`. Lookup
 * order: the tenant's override in that language, our text in that language, the tenant's
 * English override, our English text. A placeholder without a value is left as written.
 */
export function renderReply(
  key: ReplyKey,
  lang: string,
  vars: Record<string, string> = {},
  overrides: ReplyTexts = {},
): string {
  if (!isReplyKey(key)) {
    throw new ValidationError(
      `Unknown reply key "${String(key)}"; use one of: ${REPLY_KEYS.join(', ')}`,
    );
  }
  const language = replyLanguage(lang);
  const template =
    (language && overrides[language]?.[key]) ||
    (language && DEFAULT_REPLIES[language][key]) ||
    overrides.en?.[key] ||
    DEFAULT_REPLIES.en[key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => vars[name] ?? whole);
}

/** A date as the customer reads it ("1 de março de 2026"), in the tenant's time zone. */
export function formatDate(date: Date, lang: string, timeZone: string): string {
  if (Number.isNaN(date.getTime())) throw new ValidationError('Cannot format an invalid date');
  const locale = replyLanguage(lang) ?? 'en';
  try {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
  } catch (err) {
    if (err instanceof RangeError) {
      throw new ValidationError(
        `Time zone "${timeZone}" is not a valid IANA time zone; use a name like "Europe/Lisbon" or "UTC"`,
      );
    }
    throw err;
  }
}
