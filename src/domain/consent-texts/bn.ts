/** Bengali consent texts (the keyword is the Latin STOP the replies use). */
import type { ConsentTexts } from './types';

export const bn: ConsentTexts = {
  replies: {
    consentAsk: 'আপনি কি WhatsApp-এ {brand} থেকে অফার ও প্রমোশন পেতে চান?',
    btnConsentYes: 'হ্যাঁ, চাই',
    btnConsentNo: 'না, ধন্যবাদ',
    consentGranted:
      'ধন্যবাদ! {brand} আপনাকে WhatsApp-এ অফার পাঠাবে। যেকোনো সময় বন্ধ করতে {stop} লিখে উত্তর দিন।',
    consentDeclined: 'ঠিক আছে, {brand} আপনাকে প্রমোশন পাঠাবে না।',
  },
  page: {
    title: '{brand} থেকে আপনার মেসেজ',
    intro: 'WhatsApp-এ {brand} থেকে কোন প্রমোশন পেতে চান, বেছে নিন।',
    stopAll: 'সব প্রমোশন বন্ধ করুন',
    stopCategory: 'শুধু “{category}” প্রমোশন বন্ধ করুন',
    pause: 'প্রমোশন {days} দিনের জন্য থামিয়ে রাখুন',
    resubscribe: 'আবার প্রমোশন পান',
    save: 'আমার পছন্দ সংরক্ষণ করুন',
    doneStopAll: 'হয়ে গেছে: {brand} আর আপনাকে প্রমোশন পাঠাবে না।',
    doneStopCategory: 'হয়ে গেছে: {brand} আর আপনাকে “{category}” প্রমোশন পাঠাবে না।',
    donePause: 'হয়ে গেছে: {days} দিন {brand} থেকে কোনো প্রমোশন আসবে না।',
    doneResubscribe: 'হয়ে গেছে: আপনি আবার {brand} থেকে প্রমোশন পাবেন।',
    expired:
      'এই লিংকের মেয়াদ শেষ হয়ে গেছে। প্রমোশন বন্ধ করতে যেকোনো সময় WhatsApp-এ {stop} লিখে উত্তর দিন।',
    invalid: 'এই লিংকটি বৈধ নয়।',
  },
};
