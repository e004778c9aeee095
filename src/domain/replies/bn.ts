/**
 * Bengali replies. Written without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const bn: LanguageReplies = {
  keywords: { stop: 'STOP', start: 'START', status: 'STATUS' },
  texts: {
    optOutConfirmAll: 'আপনি আর {brand} থেকে প্রমোশন পাবেন না। আবার পেতে START লিখে উত্তর দিন।',
    optOutConfirmCategory:
      'আপনি {until} পর্যন্ত {brand} থেকে {category} প্রমোশন পাবেন না। এটি ফিরিয়ে নিতে START লিখে উত্তর দিন।',
    optOutConfirmUntil:
      'আপনি {until} পর্যন্ত {brand} থেকে প্রমোশন পাবেন না। আবার পেতে START লিখে উত্তর দিন।',
    optInConfirm: 'আপনি আবার {brand} থেকে প্রমোশন পাবেন। যেকোনো সময় বন্ধ করতে STOP লিখে উত্তর দিন।',
    optInBlocked:
      'নোট করা হয়েছে। এই নম্বরের জন্য {brand} এর প্রমোশন আপাতত বন্ধই থাকবে, তাই আপনি এখনই সেগুলো পাবেন না।',
    help: 'এটি {brand}। প্রমোশন বন্ধ করতে STOP, আবার পেতে START, অথবা আপনার পছন্দ দেখতে STATUS লিখে উত্তর দিন।',
    statusNone: 'আপনি {brand} থেকে প্রমোশন পাচ্ছেন। বন্ধ করতে STOP লিখে উত্তর দিন।',
    statusList: 'আপনি {brand} এর এই প্রমোশনগুলো বন্ধ করেছেন: {list}। আবার পেতে START লিখে উত্তর দিন।',
    statusListAdmin:
      '{brand} এই নম্বরের জন্য এই প্রমোশনগুলো বন্ধ করেছে: {list}। আবার পেতে {brand} এর সাথে যোগাযোগ করুন।',
    statusListMeta:
      'আপনি WhatsApp-এ {brand} এর এই প্রমোশনগুলো বন্ধ করেছেন: {list}। আবার পেতে WhatsApp-এ সেগুলো আবার চালু করুন।',
    noEndDate: 'কোনো শেষ তারিখ নেই',
    askConfirm: 'আপনি কি {brand} থেকে প্রমোশন পাওয়া বন্ধ করতে চান?',
    btnStopAll: 'সব বন্ধ করুন',
    btnUndo: 'ফিরিয়ে নিন',
    btnStopYes: 'প্রমোশন বন্ধ করুন',
    btnKeep: 'পেতে থাকুন',
    untilRevoked: 'আপনি আবার সাবস্ক্রাইব করা',
    allMarketing: 'সব প্রমোশন',
    keepConfirm:
      'ঠিক আছে, আপনি {brand} থেকে প্রমোশন পেতে থাকবেন। যেকোনো সময় বন্ধ করতে STOP লিখে উত্তর দিন।',
  },
};
