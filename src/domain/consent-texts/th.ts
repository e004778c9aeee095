/** Thai consent texts (a space separates sentences, as Thai writes; no gendered particles). */
import type { ConsentTexts } from './types';

export const th: ConsentTexts = {
  replies: {
    consentAsk: 'คุณต้องการรับข้อเสนอและโปรโมชั่นจาก {brand} ทาง WhatsApp หรือไม่',
    btnConsentYes: 'ใช่ รับข้อเสนอ',
    btnConsentNo: 'ไม่ ขอบคุณ',
    consentGranted: 'ขอบคุณ เราจะส่งข้อเสนอจาก {brand} ให้คุณทาง WhatsApp ตอบ {stop} ได้ทุกเมื่อเพื่อหยุดรับ',
    consentDeclined: 'รับทราบ {brand} จะไม่ส่งโปรโมชั่นให้คุณ',
  },
  page: {
    title: 'ข้อความจาก {brand} ถึงคุณ',
    intro: 'เลือกโปรโมชั่นจาก {brand} ที่คุณต้องการรับทาง WhatsApp',
    stopAll: 'หยุดรับโปรโมชั่นทั้งหมด',
    stopCategory: 'หยุดรับเฉพาะโปรโมชั่น “{category}”',
    pause: 'หยุดรับโปรโมชั่นชั่วคราว {days} วัน',
    resubscribe: 'กลับมารับโปรโมชั่นอีกครั้ง',
    save: 'บันทึกตัวเลือก',
    doneStopAll: 'เรียบร้อย {brand} จะไม่ส่งโปรโมชั่นให้คุณอีก',
    doneStopCategory: 'เรียบร้อย {brand} จะไม่ส่งโปรโมชั่น “{category}” ให้คุณอีก',
    donePause: 'เรียบร้อย คุณจะไม่ได้รับโปรโมชั่นจาก {brand} เป็นเวลา {days} วัน',
    doneResubscribe: 'เรียบร้อย คุณจะได้รับโปรโมชั่นจาก {brand} อีกครั้ง',
    expired: 'ลิงก์นี้หมดอายุแล้ว ตอบ {stop} ใน WhatsApp ได้ทุกเมื่อเพื่อหยุดรับโปรโมชั่น',
    invalid: 'ลิงก์นี้ไม่ถูกต้อง',
  },
};
