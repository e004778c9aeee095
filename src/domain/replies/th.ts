/**
 * Thai replies. Written without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const th: LanguageReplies = {
  keywords: { stop: 'หยุด', start: 'สมัคร', status: 'สถานะ' },
  texts: {
    optOutConfirmAll: 'คุณจะไม่ได้รับโปรโมชั่นจาก {brand} อีกต่อไป ตอบ สมัคร เพื่อรับอีกครั้ง',
    optOutConfirmCategory:
      'คุณจะไม่ได้รับโปรโมชั่น {category} จาก {brand} จนถึง {until} ตอบ สมัคร เพื่อยกเลิกการเปลี่ยนแปลงนี้',
    optOutConfirmUntil: 'คุณจะไม่ได้รับโปรโมชั่นจาก {brand} จนถึง {until} ตอบ สมัคร เพื่อรับอีกครั้ง',
    optInConfirm: 'คุณจะได้รับโปรโมชั่นจาก {brand} อีกครั้ง ตอบ หยุด ได้ทุกเมื่อเพื่อหยุดรับ',
    optInBlocked: 'รับทราบแล้ว โปรโมชั่นจาก {brand} ยังคงหยุดสำหรับหมายเลขนี้ในตอนนี้ คุณจึงยังไม่ได้รับ',
    help: 'นี่คือ {brand} ตอบ หยุด เพื่อหยุดรับโปรโมชั่น ตอบ สมัคร เพื่อรับอีกครั้ง หรือตอบ สถานะ เพื่อดูการตั้งค่าของคุณ',
    statusNone: 'คุณกำลังได้รับโปรโมชั่นจาก {brand} ตอบ หยุด เพื่อหยุดรับ',
    statusList: 'คุณหยุดรับโปรโมชั่นเหล่านี้จาก {brand}: {list} ตอบ สมัคร เพื่อรับอีกครั้ง',
    statusListAdmin:
      '{brand} หยุดส่งโปรโมชั่นเหล่านี้ถึงหมายเลขนี้: {list} หากต้องการรับอีกครั้ง โปรดติดต่อ {brand}',
    statusListMeta:
      'คุณหยุดรับโปรโมชั่นเหล่านี้จาก {brand} ใน WhatsApp: {list} หากต้องการรับอีกครั้ง ให้เปิดใหม่ใน WhatsApp',
    noEndDate: 'ไม่มีวันสิ้นสุด',
    askConfirm: 'คุณต้องการหยุดรับโปรโมชั่นจาก {brand} ใช่ไหม',
    btnStopAll: 'หยุดทั้งหมด',
    btnUndo: 'ยกเลิกการเปลี่ยน',
    btnStopYes: 'หยุดรับโปรโมชั่น',
    btnKeep: 'รับต่อไป',
    untilRevoked: 'คุณสมัครใหม่',
    allMarketing: 'โปรโมชั่นทั้งหมด',
    keepConfirm: 'ได้เลย คุณจะยังได้รับโปรโมชั่นจาก {brand} ตอบ หยุด ได้ทุกเมื่อเพื่อหยุดรับ',
  },
};
