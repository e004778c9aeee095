/** Arabic (MSA and dialects): corpus lines (format in ./table.ts). */
import { table } from './table';

export const AR = table(`
  out ar | إلغاء الاشتراك
  out ar | الغاء الاشتراك
  out ar | إيقاف
  out ar | توقف
  out ar | توقفوا عن إرسال الرسائل
  out ar | لا أريد رسائل
  out ar | لا اريد استلام رسائل
  out ar | لا ترسلوا لي
  out ar | لا ترسلوا لي رسائل بعد الآن
  out ar | أوقفوا الرسائل من فضلك
  out ar | احذف رقمي من القائمة
  out ar | ألغوا اشتراكي
  out ar | stop من فضلك
  out ar | ستوب
  out ar | إلغاء
  out ar all | إيقاف كل الرسائل
  out ar cat:offers | لا أريد عروض
  out ar | أرجو إيقاف الرسائل
  out ar | لا أريد استقبال رسائل منكم
  out ar | ألغ الاشتراك
  out ar | الرجاء عدم إرسال رسائل
  out ar | توقف عن مراسلتي
  out ar | كفاية رسائل
  out ar | احذفوني من القائمة
  out ar | لا ترسل لي شيء
  out ar | أوقف
  out ar | لا أرغب في تلقي الرسائل
  out ar | توقفوا
  out ar | الغاء الاشتراك من فضلك
  out ar | لا تبعتلي رسائل تاني
  out ar | أرجو عدم إرسال أي رسائل
  out ar | أوقفوا إرسال الرسائل لي
  out ar | لا أريد هذه الرسائل
  out ar | إلغاء الاشتراك فورا
  out ar | ارجو ايقاف ارسال الرسائل
  out ar | شيلوني من القائمة
  out ar | بطلوا ترسلوا رسايل
  out ar | ما ابغى رسايل
  out ar | لا تراسلني مرة ثانية
  out ar | أريد إلغاء الاشتراك
  out ar | وقفوا الرسايل
  out ar | بطلوا رسايل
  out ar | مش عايز رسايل تاني
  out ar | ابي الغي الاشتراك
  out ar | ممكن توقفون الرسائل؟
  out ar | يا جماعة كفاية رسائل
  out ar | لا أرغب بالعروض
  out ar | ارجو عدم الازعاج
  likely ar | رسائل كثيرة
  likely ar | لماذا ترسلون لي رسائل؟
  likely ar | هذا إزعاج
  likely ar | لا
  likely ar | كفى
  likely ar | مزعج
  likely ar | لماذا ترسلون هذه الرسائل؟
  likely ar | رسائلكم مزعجة
  likely ar | خلاص
  likely ar | كثرت الرسائل
  likely ar | ليش ترسلون لي كل يوم؟
  likely ar | كفاية بقى
  none ar | إلغاء الطلب
  none ar | أريد إلغاء طلبي
  none ar | شكرا
  none ar | متى تفتحون؟
  none ar | لا توقف
  none - | أريد إلغاء الحجز
  none - | شكرا على العرض
  none - | متى يتوقف الباص؟
  none - | أين طلبي؟
  none - | كم سعر التوصيل؟
  none - | أرسل لي الفاتورة من فضلك
  none - | لم يصلني الطلب
  none - | أريد إلغاء الطلب رقم 123
  none - | متى يصل طلبي؟
  help ar | مساعدة
  help ar | كيف ألغي الاشتراك؟
  help ar | كيف أوقف الرسائل؟
  status ar | هل أنا مشترك؟
  in ar | اشتراك
  in ar | تفعيل
  in ar | إعادة الاشتراك
  in ar | أريد الاشتراك مرة أخرى
  none - | توقف الباص هنا
  out ar | لا تبعتولي رسايل تاني
  out ar | ابغى الغي الاشتراك
  out ar | اوقفو الرسائل
  out ar | من فضلك توقف عن إرسال الرسائل
  none ar | ابعتلي كود التفعيل تاني
  none ar | ممكن تعيدوا إرسال الفاتورة؟
  none ar | لا ترسلوا المندوب بعد المغرب
  in ar | اشتركوني
  in ar | سجلوني من فضلكم
`);
