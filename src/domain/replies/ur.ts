/**
 * Urdu replies, in Urdu script; the keywords are the Latin ones Pakistani SMS use. Written
 * without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const ur: LanguageReplies = {
  keywords: { stop: 'STOP', start: 'START', status: 'STATUS' },
  texts: {
    optOutConfirmAll:
      'آپ کو اب {brand} کی طرف سے پروموشنز موصول نہیں ہوں گی۔ دوبارہ حاصل کرنے کے لیے START لکھ کر جواب دیں۔',
    optOutConfirmCategory:
      'آپ کو {until} تک {brand} کی طرف سے {category} پروموشنز موصول نہیں ہوں گی۔ اسے واپس لینے کے لیے START لکھ کر جواب دیں۔',
    optOutConfirmUntil:
      'آپ کو {until} تک {brand} کی طرف سے پروموشنز موصول نہیں ہوں گی۔ دوبارہ حاصل کرنے کے لیے START لکھ کر جواب دیں۔',
    optInConfirm:
      'آپ کو دوبارہ {brand} کی طرف سے پروموشنز موصول ہوں گی۔ کسی بھی وقت بند کرنے کے لیے STOP لکھ کر جواب دیں۔',
    optInBlocked:
      'نوٹ کر لیا گیا۔ اس نمبر کے لیے {brand} کی پروموشنز فی الحال بند ہی رہیں گی، اس لیے آپ کو ابھی یہ موصول نہیں ہوں گی۔',
    help: 'یہ {brand} ہے۔ پروموشنز بند کرنے کے لیے STOP، دوبارہ حاصل کرنے کے لیے START، یا اپنی ترجیحات دیکھنے کے لیے STATUS لکھ کر جواب دیں۔',
    statusNone:
      'آپ کو {brand} کی طرف سے پروموشنز موصول ہو رہی ہیں۔ بند کرنے کے لیے STOP لکھ کر جواب دیں۔',
    statusList:
      'آپ نے {brand} کی یہ پروموشنز بند کی ہیں: {list}۔ دوبارہ حاصل کرنے کے لیے START لکھ کر جواب دیں۔',
    statusListAdmin:
      '{brand} نے اس نمبر کے لیے یہ پروموشنز بند کی ہیں: {list}۔ دوبارہ حاصل کرنے کے لیے {brand} سے رابطہ کریں۔',
    statusListMeta:
      'آپ نے WhatsApp میں {brand} کی یہ پروموشنز بند کی ہیں: {list}۔ دوبارہ حاصل کرنے کے لیے انہیں WhatsApp میں دوبارہ آن کریں۔',
    noEndDate: 'کوئی اختتامی تاریخ نہیں',
    askConfirm: 'کیا آپ {brand} کی طرف سے پروموشنز بند کرنا چاہتے ہیں؟',
    btnStopAll: 'سب بند کریں',
    btnUndo: 'واپس لیں',
    btnStopYes: 'پروموشنز بند کریں',
    btnKeep: 'جاری رکھیں',
    untilRevoked: 'آپ دوبارہ سبسکرائب کریں',
    allMarketing: 'تمام پروموشنز',
    keepConfirm:
      'ٹھیک ہے، آپ کو {brand} کی طرف سے پروموشنز موصول ہوتی رہیں گی۔ کسی بھی وقت بند کرنے کے لیے STOP لکھ کر جواب دیں۔',
  },
};
