/** Hindi consent texts (Devanagari; the keyword is the Latin STOP the replies use). */
import type { ConsentTexts } from './types';

export const hi: ConsentTexts = {
  replies: {
    consentAsk: 'क्या आप WhatsApp पर {brand} से ऑफ़र और प्रमोशन पाना चाहते हैं?',
    btnConsentYes: 'हाँ, भेजें',
    btnConsentNo: 'नहीं, धन्यवाद',
    consentGranted: 'धन्यवाद! {brand} आपको WhatsApp पर ऑफ़र भेजेगा। इन्हें कभी भी बंद करने के लिए {stop} भेजें।',
    consentDeclined: 'ठीक है, {brand} आपको प्रमोशन नहीं भेजेगा।',
  },
  page: {
    title: '{brand} से आपके संदेश',
    intro: 'चुनें कि आप WhatsApp पर {brand} से कौन-से प्रमोशन पाना चाहते हैं।',
    stopAll: 'सभी प्रमोशन बंद करें',
    stopCategory: 'सिर्फ़ “{category}” प्रमोशन बंद करें',
    pause: '{days} दिनों के लिए प्रमोशन रोकें',
    resubscribe: 'फिर से प्रमोशन पाएँ',
    save: 'मेरी पसंद सेव करें',
    doneStopAll: 'हो गया: {brand} अब आपको प्रमोशन नहीं भेजेगा।',
    doneStopCategory: 'हो गया: {brand} अब आपको “{category}” प्रमोशन नहीं भेजेगा।',
    donePause: 'हो गया: {days} दिनों तक {brand} से कोई प्रमोशन नहीं आएगा।',
    doneResubscribe: 'हो गया: आपको {brand} से फिर से प्रमोशन मिलेंगे।',
    expired: 'यह लिंक समाप्त हो गया है। प्रमोशन बंद करने के लिए कभी भी WhatsApp पर {stop} भेजें।',
    invalid: 'यह लिंक मान्य नहीं है।',
  },
};
