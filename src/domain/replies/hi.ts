/** Hindi replies. */
import type { LanguageReplies } from './types';

export const hi: LanguageReplies = {
  keywords: { stop: 'STOP', start: 'START', status: 'STATUS' },
  texts: {
    optOutConfirmAll: 'अब आपको {brand} से प्रमोशन नहीं मिलेंगे। फिर से पाने के लिए START भेजें।',
    optOutConfirmCategory:
      '{until} तक आपको {brand} से {category} प्रमोशन नहीं मिलेंगे। इसे वापस लेने के लिए START भेजें।',
    optOutConfirmUntil: '{until} तक आपको {brand} से प्रमोशन नहीं मिलेंगे। फिर से पाने के लिए START भेजें।',
    optInConfirm: 'आपको {brand} से फिर से प्रमोशन मिलेंगे। इन्हें कभी भी बंद करने के लिए STOP भेजें।',
    optInBlocked:
      'नोट कर लिया। इस नंबर के लिए {brand} के प्रमोशन अभी बंद ही रहेंगे, इसलिए आपको ये अभी नहीं मिलेंगे।',
    help: 'यह {brand} है। प्रमोशन बंद करने के लिए STOP, फिर से पाने के लिए START, या अपनी पसंद देखने के लिए STATUS भेजें।',
    statusNone: 'आपको {brand} से प्रमोशन मिल रहे हैं। इन्हें बंद करने के लिए STOP भेजें।',
    statusList: 'आपने {brand} के ये प्रमोशन बंद किए हैं: {list}। फिर से पाने के लिए START भेजें।',
    // statusListAdmin, statusListMeta, noEndDate: written without a native speaker, to be
    // reviewed before production use (the rest of this file was).
    statusListAdmin:
      '{brand} ने इस नंबर के लिए ये प्रमोशन बंद किए हैं: {list}। फिर से पाने के लिए {brand} से संपर्क करें।',
    statusListMeta:
      'आपने WhatsApp में {brand} के ये प्रमोशन बंद किए हैं: {list}। फिर से पाने के लिए इन्हें WhatsApp में दोबारा चालू करें।',
    noEndDate: 'कोई अंतिम तिथि नहीं',
    askConfirm: 'क्या आप {brand} से प्रमोशन पाना बंद करना चाहते हैं?',
    btnStopAll: 'सभी प्रमोशन बंद करें',
    btnUndo: 'वापस लें',
    btnStopYes: 'प्रमोशन बंद करें',
    btnKeep: 'जारी रखें',
    untilRevoked: 'आप फिर से सदस्यता न लें',
    allMarketing: 'सभी प्रमोशन',
    keepConfirm: 'ठीक है, आपको {brand} से प्रमोशन मिलते रहेंगे। इन्हें रोकने के लिए कभी भी STOP लिखें।',
  },
};
