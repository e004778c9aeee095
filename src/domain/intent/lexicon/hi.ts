/**
 * Hindi, in Devanagari and in Latin script (Hinglish). Glific planned Hindi opt-out
 * keywords (glific#121, list not published); the rest is general language knowledge
 * (opt-out-prior-art.md §7). Word order is object-negation-verb: "message mat bhejo",
 * "band mat karo" (negated: the verb phrase "band karo" is broken by "mat").
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const hi: Lexicon = {
  lang: 'hi',
  keywords: {
    stop: words(`
      band karo, band kar do, band kardo, band kijiye, band karein, band kare, band karen,
      band karo bhai, बंद करो, बंद कर दो, बंद कीजिए, बंद करें, बंद करे, बंद कर दीजिए,
      अनसब्सक्राइब, अनसबस्क्राइब, ऑप्ट आउट, stop karo, stop kar do, stop kardo, stop kijiye, स्टॉप, स्टॉप करो, स्टॉप कर दो,
      unsubscribe karo, unsubscribe kar do, अनसब्सक्राइब, अनसब्सक्राइब करो, mat bhejo,
      मत भेजो, message mat bhejo, msg mat bhejo, मैसेज मत भेजो, संदेश मत भेजो, mat bhejna,
      मत भेजना, मत भेजिए, मत भेजें, na bheje, ना भेजें, ना भेजे, न भेजें, nahi bhejna,
      मैसेज बंद करो, message band karo, sab band karo, सब बंद करो, hatao, हटाओ, roko, रोको,
      रोकें, rok do, रोक दो, sadasyata radd karo, सदस्यता रद्द करें, सदस्यता रद्द करो`),
    stopWeak: words('band, बंद, radd, रद्द, cancel karo, cancel kar do'),
    stopSolo: [],
    stopLikely: words(`
      nahi, nahin, nai, नहीं, नही, nahi chahiye, nahin chahiye, नहीं चाहिए, bas, बस, bas karo,
      बस करो, bahut ho gaya, बहुत हो गया, pareshan, परेशान, spam, स्पैम, nahi chaiye`),
    start: words(`
      स्टार्ट, start karo, start kar do, शुरू करो, शुरू करें, शुरू कर दो, shuru karo, shuru kar do,
      phir se bhejo, fir se bhejo, फिर से भेजो, dobara bhejo, दोबारा भेजो, chalu karo,
      चालू करो, chalu kar do, subscribe karo, सब्सक्राइब, सब्सक्राइब करो, phir se shuru karo`),
    help: words(
      'madad, मदद, sahayata, सहायता, madad karo, मदद करो, मदद चाहिए, madad chahiye, help karo',
    ),
    status: words('स्थिति, mera status, मेरा स्टेटस, स्टेटस, status kya hai, mera status kya hai'),
  },
  filler: words(`
    please, plz, pls, kripya, kripaya, कृपया, dhanyavad, dhanyawad, धन्यवाद, shukriya,
    शुक्रिया, bhai, bhaiya, भाई, भैया, ji, जी, sir, madam, ab, अब, abhi, अभी, turant, तुरंत,
    ok, ओके, yaar, yar, यार, namaste, नमस्ते, jaldi, जल्दी, please ji, thank you, thanks`),
  all: words('sab, sabhi, saare, sare, sab kuch, सब, सभी, सारे, सब कुछ, poora, pura, पूरा, saara'),
  objects: words(`
    message, messages, msg, msgs, मैसेज, मेसेज, मैसेजेस, संदेश, sms, एसएमएस, promotion,
    promotions, प्रमोशन, offer, offers, ऑफर, ऑफ़र, ads, विज्ञापन, vigyapan, notification,
    notifications, नोटिफिकेशन, spam, स्पैम, whatsapp, व्हाट्सएप, call, calls, कॉल, massage,
    mesage, msj`),
  pronouns: words('ye, yeh, ये, यह, ise, इसे, inhe, इन्हें, ye sab, यह सब, ये सब'),
  connectors: words(`
    mujhe, मुझे, mere, मेरे, mera, मेरा, ko, को, ke, के, ki, की, se, से, number, नंबर,
    list, लिस्ट, aur, और, ab se, अब से, wale, वाले, apne, अपने, par, पर, pe, koi, कोई, aap,
    आप, yaha, यहाँ`),
  negators: words('mat, मत, nahi, nahin, नहीं, नही, na, ना, न, mt, nhi'),
  classes: {
    who: words('kaun, kon, कौन'),
    stopSaid: words(
      'message mat, मैसेज मत, na bhejo, band karo, बंद करो, band karne, बंद करने, stop, mat bhejo',
    ),
    neg: words('mat, मत, na, ना, न, mt, nahi, नहीं, नही, nhi'),
    send: words(`
      bhejo, bhejiye, bhejna, bhejen, bheje, bhejein, bhejiyega, bhejte, bhej, भेजो, भेजें,
      भेजिए, भेजना, भेजे, भेज, भेजिये, bhejo ji, karo message, kijiye message`),
    doV: words(`
      karo, kar do, kardo, kar dijiye, kijiye, karein, karen, kare, karna, करो, कर दो, कीजिए,
      करें, करे, कर दीजिए, करना, करिए, kariye, krdo, kro, kr do, do, दो`),
    bother: words('pareshan, परेशान, tang, तंग, disturb, डिस्टर्ब'),
    want: words('chahiye, चाहिए, chaiye, chahta, chahti, चाहता, चाहती'),
    kw: words(`
      band, बंद, unsubscribe, stop, स्टॉप, rok, रोक, hataye, हटाएं, hatau, हटाऊं, radd, रद्द`),
  },
  traps: words(`
    (dukaan|dukan|दुकान|shop|store|office|ऑफिस|bank|बैंक|market|बाजार|bazaar|school|स्कूल) ~2 (band|बंद)
    (band|बंद) (hai|है|ho|हो|hain|हैं|tha|था|rahega|रहेगा|hoga|होगा|kab|कब)
    (batti|light|लाइट|फोन|phone|pankha) ~1 (band|बंद)
    (band|बंद) (mat|मत|na|ना|nahi|नहीं) (karo|करो|karna|करना|kijiye|कीजिए)
    (order|ऑर्डर|ओर्डर|booking|बुकिंग|appointment|payment|delivery|डिलीवरी|parcel|पार्सल) ~2 (cancel|radd|रद्द|कैंसल)
  `),
  rules: rules(`
    in (wapas|phir se|dobara|वापस|फिर से|दोबारा) ~4 (daal|dal|dalo|daalo|daal do|jod|jodo|jod do|डाल|जोड़) ~2
    help (kaun|कौन) (hai|ho|hain|है|हो|हैं) ?(aap|ye|yeh|आप|ये) @eoc
    help (aap|ye|yeh|आप|ये) (kaun|कौन) (hai|ho|hain|है|हो|हैं)
    help (ye|yeh|ये|यह) ~2 (kaunsa|konsa|कौनसा|कौन सा) (number|नंबर)
    help (kyu|kyun|kyon|क्यों|क्यूँ) (aa rahe|aa raha|आ रहे|आ रहा|मिल रहे|mil rahe) ?(hain|hai|है|हैं) @eoc
    help (@obj|@pron) ~1 (mujhe|मुझे) (kyu|kyun|kyon|क्यों) (aa rahe|aa raha|आ रहे|आ रहा|मिल रहे|mil rahe)
    in (wapas|phir se|dobara|वापस|फिर से|दोबारा) ~5 (add|shamil|जोड़|जोड|ऐड|subscribe|सब्सक्राइब) ~2
    in (@obj) ~2 (bhejte rahiye|bhejte raho|भेजते रहिए|भेजते रहो|भेजते रहें|bhejiye|भेजिए|भेजो|bhejo)
    out (नंबर|number|mujhe|मुझे) ~6 (लिस्ट|list|सूची) (से|se) ~1 (हटा|hata|निकाल|nikal|रिमूव|remove) ~2
    outneg ?(@obj|ye|yeh|ये|यह|mujhe|मुझे) ~2 @neg @send
    outneg @obj ~1 @neg (karo|करो|kijiye|कीजिए|karein|करें|karna|करना)
    out (band|बंद|stop|स्टॉप|rok|roko|रोक|रोको|unsubscribe|अनसब्सक्राइब|radd|रद्द|cancel|hata|हटा) @doV
    out @obj ~2 (band|बंद|stop|स्टॉप|rok|रोक) ?@doV
    out (mera|मेरा|mujhe|मुझे|mere|मेरे) ?(number|नंबर) ~3 (hatao|hata do|hata dijiye|हटाओ|हटा दो|हटा दीजिए|nikalo|nikal do|निकालो|निकाल दो|delete karo|remove karo|डिलीट करो)
    outneg @obj (nahi|nahin|नहीं|नही|nhi) @want
    outneg (mujhe|मुझे) ~1 ?(koi|कोई|aur|और|ab|अब) ~1 @obj (nahi|nahin|नहीं|नही|nhi) @want
    outneg (ab|अब) ~1 ?(aur|और) ~1 @obj (mat|मत|na|ना|nahi|नहीं)
    out (unsubscribe|stop|cancel|band|बंद) (karna hai|karna h|karna chahta hu|karna chahti hu|करना है|करना चाहता हूं|करना चाहती हूं)
    outneg @bother (mat|मत|na|ना) (karo|करो|kijiye|कीजिए|karein|करें)
    out (sadasyata|सदस्यता) (radd|रद्द|khatam|खत्म|band|बंद)
    maybe (bahut|बहुत|itne|इतने|itna|इतना|zyada|ज़्यादा|jyada|ज्यादा) ~2 @obj
    maybe (kyun|kyu|kyon|क्यों|क्यूं) ~3 (bhejte|bhej|भेजते|भेज|message|मैसेज|karte|करते)
    maybe (ye|yeh|ये|यह) spam
    maybe (kitne|कितने|kitna|कितना|kitni) ~2 (@obj|bhej*|भेज*)
    maybe (bas karo|बस करो|bahut ho gaya|बहुत हो गया|pareshan|परेशान|tang aa gaya|तंग आ गया)
    maybeneg (nahi|नहीं|nahin) chahiye
    maybeneg (interest|दिलचस्पी|ruchi|रुचि) (nahi|नहीं|nahin)
    maybe (block|ब्लॉक|report|रिपोर्ट) (kar|कर) (dunga|dungi|दूंगा|दूंगी|raha|रहा)
    maybe (galat|गलत) (number|नंबर)
    in (start|शुरू|shuru|chalu|चालू) ~1 @doV
    in (phir se|fir se|फिर से|dobara|दोबारा) ~2 (bhejo|भेजो|bhejiye|भेजिए|shuru|शुरू|chalu|चालू|bhejna|भेजना)
    help (kaise|कैसे|kese) ~3 @kw
    help @kw ~1 (kaise|कैसे|kese) ~2
    help (kya|क्या) ~3 (likhu|likhun|लिखूं|bheju|भेजूं) ~2 @kw
    status (kya|क्या) (main|mai|मैं|mera number|मेरा नंबर) ~2 (subscribed|सब्सक्राइब|registered|रजिस्टर|unsubscribed|अनसब्सक्राइब|list|लिस्ट)
    status (mera|मेरा) (status|स्टेटस) ~1 (kya|क्या)
  `),
  common: words(`
    mujhe, मुझे, hoon, hun, हूँ, हूं, hai, है, hain, हैं, kya, क्या, nahi, नहीं, ye, yeh, ये, यह, aap, आप, mera,
    मेरा, ki, की, ka, का, ke, के, ko, को, se, से, bhai, karo, करो, mat, मत, kyun, क्यों, ho,
    हो, tha, था, bhi, भी, toh, तो, aur, और, kaise, कैसे, acha, accha, theek, thik, haan,
    हाँ, ji, जी, abhi, अभी, bahut, बहुत, chahiye, चाहिए, bhejo, भेजो, yaar, kuch, कुछ, kab,
    aayega, ayega, hoga, kaha, kahan, kitna, kitne, wala, wali, raha, rahi, gaya, gayi, mil,
    milega, hum, tum, apna, apni, koi, sab, kaun, kyu, kab tak, kal, aaj, paisa, paise`),
  slang: { mt: 'mat', kro: 'karo', kr: 'kar', krdo: 'kar do', nhi: 'nahi', nai: 'nahi' },
  signals: {
    laugh: words(
      `(hasa|hans|हंसा|हँसा|हंस) ~1 (hasa|hans|हंसा|हँसा|हंस), (maar doge|मार दोगे|pet dard|पेट दर्द)`,
    ),
    past: words(
      `(galti se|ghalti se|गलती से|गल्ती से|bhool se|भूल से), (pichle|पिछले) (saal|mahine|hafte|साल|महीने|हफ्ते), (kiya tha|kiye the|किया था|किए थे)`,
    ),
    still: words(
      `(kitni|कितनी) (baar|bar|बार) ~2 (bola|kaha|बोला|कहा), (abhi bhi|ab bhi|phir bhi|अभी भी|अब भी|फिर भी) ~3 (aa rahe|bhej|आ रहे|भेज), (kitni|कितनी) (baar|bar|बार), (pehle|पहले) ~2 (bola|kaha|बोला|कहा)`,
    ),
    decline: words(
      `abhi nahi, अभी नहीं, (is|इस) (baar|bar|बार) (nahi|नहीं), (agli|अगली) (baar|bar|बार)`,
    ),
  },
};
