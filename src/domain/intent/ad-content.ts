/**
 * "Who's the model in that pic??", "who sings in the ad?", "quién canta la canción del
 * anuncio?", "广告里唱歌的是谁？" (round 8b): a "who" question about a person in the ad, the
 * photo or the song asks about the ad's content, not "who is this?" (no help reply). Only
 * words of the content: "who sent this ad?" still asks who writes. Round 16f: who makes, thinks
 * up or films the ads ("haha stop, the dancing turkey made me spit my tea out, who on your team
 * makes these?", "Kto to u was wymyśla?", "Кто это придумывает?") praises them: asked of the
 * ads' making, not of the sender. Every language at once;
 * general language knowledge, to be reviewed by native speakers.
 */
import { has, runs } from './asking';
import { WHO_WORDS } from './compiled';

const CONTENT = runs(`
  model, the model, actor, actress, singer, sings, singing, song, voice, the voice, in the pic,
  in the picture, in the photo, in that pic, in the video, in the commercial, on the poster,
  photographer, influencer, ambassador, celebrity, modelo, actor, actriz, canta, cantante, cancion,
  canción, la voz, en la foto, del anuncio, en el anuncio, del video, del comercial, ator, atriz,
  cantor, cantora, musica, música, da foto, na foto, do anuncio, do anúncio, da propaganda,
  na propaganda, do comercial, mannequin, modele, modèle, acteur, actrice, chante, chanteur,
  chanteuse, chanson, voix, sur la photo, dans la pub, de la pub, schauspieler, schauspielerin,
  singt, sanger, sänger, sangerin, sängerin, stimme, auf dem bild, auf dem foto, in der werbung,
  im video, im spot, modella, modello, attore, attrice, cantante, canzone, nella foto,
  nella pubblicita, nella pubblicità, nello spot, nel video, artis, aktor, aktris, nyanyi,
  penyanyi, lagu, suara, di iklan, di foto, di gambar, di video, iklan tu, dalam iklan, gaana,
  gaa raha, gaa rahi, gaya hai, awaaz, ad mein, photo mein, video mein, گانا, گا رہی, گا رہا, آواز,
  اشتہار میں, गाना, आवाज़, विज्ञापन में, الموديل, الممثل, الممثله, بيغني, بتغني, يغني, تغني,
  المغني, المغنيه, الاغنيه, الأغنية, الصوت, بالاعلان, بالإعلان, في الاعلان, بالصوره, في الصوره,
  بالفيديو, oyuncu, sarkici, şarkıcı, sarki, şarkı, reklamdaki, fotograftaki, fotoğraftaki,
  videodaki, söyleyen, soyleyen, модель, актер, актёр, актриса, поет, поёт, певец, певица, песня,
  песню, голос, в рекламе, на фото, на фотке, в видео, acteur, actrice, zingt, zanger, zangeres,
  liedje, in de reclame, op de foto, in de video, modelka, aktor, aktorka, spiewa, śpiewa,
  piosenke, piosenkę, piosenka, glos, głos, w reklamie, na zdjeciu, na zdjęciu, na filmiku,
  nguoi mau, người mẫu, ca si, ca sĩ, hát, bai hat, bài hát, giong, giọng, trong quang cao,
  trong quảng cáo, trong anh, trong ảnh, trong hinh, trong hình, kumakanta, boses, sa ad,
  sa commercial, sa picture, sa litrato, mwanamitindo, mwigizaji, anaimba, mwimbaji, wimbo, sauti,
  kwenye tangazo, kwenye picha, gaan, gaiche, bigyapone, মডেল, মেয়েটা, গান, গাইছে, বিজ্ঞাপনে,
  ছবিতে, นางแบบ, นายแบบ, คนร้อง, ร้องเพลง, เพลง, เสียง, ในโฆษณา, ในรูป, 模特, 演员, 唱歌, 歌手, 这首歌, 声音,
  广告里, 图片里, 照片里, 视频里, 廣告裡, モデル, 俳優, 女優, 歌ってる, 歌手, 広告の, 写真の, 画像の, 動画の, CMの,
  makes these, makes them, made this, comes up with, came up with, thinks up, thinks these up,
  thought up, dreams up, dreams these up,
  creates these, films these, shoots these, writes these, invente, invent, imagine ca, imagine ça,
  tourne ca, tourne ça, tournez ca, tournez ça, fait ces videos, fait ces vidéos, verzint, bedenkt,
  maakt die, maakt deze, wymysla, wymyśla, wymyslil, wymyślił, kreci, kręci, nagrywa, придумывает,
  придумал, придумала, снимает, сочиняет, придумує, вигадує, знімає, cekiyor, çekiyor, hazirliyor,
  hazırlıyor, dusunuyor, düşünüyor, buluyor, inventa, se le ocurre, se les ocurre, graba, crea esto,
  cria isso, grava, bola isso, inventato, gira questi, erfindet, denkt sich, dreht, ausgedacht,
  bikin iklan, buat iklan, bikin video, ngide, kepikiran, nghi ra, nghĩ ra, gumagawa, nakaisip,
  anabuni, anatengeneza, banata hai, banati hai, sochta hai, بناتا ہے, سوچتا ہے, বানায়, ভাবে,
  بيعمل الإعلانات, مين بيألف, ใครคิด, ใครทำคลิป, 谁想的, 谁拍的, 谁做的, 谁想出来, 誰が考え, 誰が作
`);

/** Whether the words of a "who" question are about a person in the ad, its photo or song. */
export function asksAboutAdContent(words: readonly string[]): boolean {
  return has(CONTENT, words, 0, words.length);
}

/**
 * Whether the message asks who is in the ad, its photo or its song ("wer singt in der
 * Werbung?"): the learned model raises neither a stop nor help there (errand.ts).
 */
export function isAdContentQuestion(tokens: readonly string[]): boolean {
  if (!asksAboutAdContent(tokens)) return false;
  return WHO_WORDS.some((w) =>
    tokens.some((_, i) => w.tokens.every((x, k) => tokens[i + k] === x)),
  );
}
