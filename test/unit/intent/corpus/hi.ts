/** Hindi, Devanagari and Latin script (Hinglish): corpus lines (format in ./table.ts). */
import { table } from './table';

export const HI = table(`
  out hi | बंद करो
  out hi | मैसेज मत भेजो
  out hi | मुझे मैसेज मत भेजो
  out hi | ये मैसेज बंद करो
  out hi | कृपया संदेश न भेजें
  out hi | अब और मैसेज मत भेजना
  out hi | सदस्यता रद्द करें
  out hi | message mat bhejo
  out hi | mat bhejo
  out hi | band karo
  out hi | Band karo ye sab
  out hi | mujhe message mat bhejo
  out hi | msg band kar do bhai
  out hi | stop karo
  out hi | unsubscribe karo
  out hi | mera number list se hatao
  out hi | mujhe ye messages nahi chahiye
  out hi all | sab band karo
  out hi | Mujhe aur messages nahi chahiye
  out hi | Please message mat bhejiye
  out hi | Ye sab band kijiye
  out hi | Message bhejna band karo
  out hi | मुझे कोई मैसेज नहीं चाहिए
  out hi | कृपया मुझे संदेश भेजना बंद करें
  out hi | Stop kar do
  out hi | Mujhe unsubscribe karna hai
  out hi | mat bhejo yaar
  out hi | Bhai message band karo
  out hi | Mujhe message mat karo
  out hi | Ab message mat bhejna
  out hi | मुझे ये मैसेज नहीं चाहिए
  out hi | सब बंद करो
  out hi | SMS band karo please
  out hi | Mujhe aapke messages nahi chahiye
  out hi | Band karo yaar ye messages
  out hi | Ab mat bhejna message
  out hi | कृपया मैसेज भेजना बंद करें
  out hi | Mere ko message mat bhejo
  out hi | Aap log message bhejna band karo
  out hi | Ab se mujhe koi message mat bhejna
  out hi | Spam band karo
  out hi | Unsubscribe kar do mujhe
  out hi | Bhai bas karo ab, band karo messages
  out hi | Message bhejna band kijiye
  out hi | Mat karo message
  out hi | Kripya mujhe SMS na bheje
  out hi | Stop karo yaar
  likely hi | nahi chahiye
  likely hi | नहीं चाहिए
  likely hi | bahut zyada message aate hain
  likely hi | बहुत ज़्यादा मैसेज
  likely hi | bas karo
  likely hi | nahi
  likely hi | Itne messages kyun bhejte ho?
  likely hi | Bahut pareshan kar rahe ho
  likely hi | Kitne message bhejoge
  likely hi | Kyun bhejte ho itne message?
  likely hi | Roz roz message kyu bhejte ho
  likely hi | Mujhe ye sab nahi chahiye
  likely hi | Aap logo ke message se pareshan hoon
  none hi | dukaan band hai?
  none hi | दुकान बंद है क्या?
  none hi | band mat karo
  none hi | धन्यवाद
  none hi | kal milte hain
  none hi | mera order kab aayega?
  none - | Shop kab band hoti hai?
  none - | Order kab aayega?
  none - | Thank you bhai
  none - | Kal dukaan band rahegi kya?
  none - | Light band hai
  none - | Mera order kahan hai?
  none - | Delivery kab hogi?
  none - | Bill bhej do please
  none - | मेरा ऑर्डर कहाँ है?
  none - | Bhai order cancel karna hai
  none - | Kya aap kal band ho?
  help hi | madad
  help hi | मदद
  help hi | kaise band kare?
  help hi | Unsubscribe kaise kare?
  status hi | mera status kya hai
  in hi | start karo
  in hi | phir se bhejo
  in hi | शुरू करो
  in hi | Phir se message bhejo
  none - | Gaadi roko bhai
  out hi | Msg mt bhejo
  out hi | Plz msg band kro
  out hi | मैसेज भेजना बंद करो
  out hi | Kripya message bhejna band karein
  none hi | mera ticket dobara bhejo
  none hi | रसीद दोबारा भेज दो
  none hi | kal subah delivery mat bhejna, ghar band hai
  none hi | har hafte daam badhana band karo
`);
