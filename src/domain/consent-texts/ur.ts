/**
 * Urdu consent texts, right to left. Every text opens with an Urdu word, never with a
 * placeholder: WhatsApp sets a message's direction from its first strong letter, and a Latin
 * brand name first would turn the whole bubble left to right (tested). Categories are quoted
 * with « », which mirror in right-to-left text; “ ” do not. The keyword is the Latin STOP the
 * replies use.
 */
import type { ConsentTexts } from './types';

export const ur: ConsentTexts = {
  replies: {
    consentAsk: 'کیا آپ WhatsApp پر {brand} کی طرف سے آفرز اور پروموشنز وصول کرنا چاہتے ہیں؟',
    btnConsentYes: 'جی ہاں، بھیجیں',
    btnConsentNo: 'نہیں، شکریہ',
    consentGranted:
      'شکریہ! {brand} آپ کو WhatsApp پر آفرز بھیجے گا۔ کسی بھی وقت بند کرنے کے لیے {stop} لکھ کر جواب دیں۔',
    consentDeclined: 'ٹھیک ہے، {brand} آپ کو پروموشنز نہیں بھیجے گا۔',
  },
  page: {
    title: 'آپ کے پیغامات، {brand} کی طرف سے',
    intro: 'منتخب کریں کہ آپ WhatsApp پر {brand} کی کون سی پروموشنز وصول کرنا چاہتے ہیں۔',
    stopAll: 'تمام پروموشنز بند کریں',
    stopCategory: 'صرف «{category}» پروموشنز بند کریں',
    pause: 'پروموشنز {days} دن کے لیے روک دیں',
    resubscribe: 'دوبارہ پروموشنز وصول کریں',
    save: 'میرا انتخاب محفوظ کریں',
    doneStopAll: 'ہو گیا: {brand} اب آپ کو پروموشنز نہیں بھیجے گا۔',
    doneStopCategory: 'ہو گیا: {brand} اب آپ کو «{category}» پروموشنز نہیں بھیجے گا۔',
    donePause: 'ہو گیا: {days} دن تک {brand} کی طرف سے کوئی پروموشن نہیں آئے گی۔',
    doneResubscribe: 'ہو گیا: آپ کو دوبارہ {brand} کی طرف سے پروموشنز موصول ہوں گی۔',
    expired:
      'اس لنک کی میعاد ختم ہو چکی ہے۔ پروموشنز بند کرنے کے لیے کسی بھی وقت WhatsApp پر {stop} لکھ کر جواب دیں۔',
    invalid: 'یہ لنک درست نہیں ہے۔',
  },
};
