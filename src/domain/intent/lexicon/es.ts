/**
 * Spanish. Keywords seen in the MMA list, Notifycame and Sinch: BAJA, STOP, PARAR,
 * CANCELAR, DETENER, SALIR, "No Más" (cited by FCC commentators); re-subscribe ALTA,
 * COMENZAR, SUSCRIBIRME, #VOLVER, #RECIBIR (opt-out-prior-art.md §7). "el precio baja" and
 * "alta calidad" are not keywords: BAJA/ALTA count alone or as "darme de baja/alta".
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const es: Lexicon = {
  lang: 'es',
  keywords: {
    stop: words(`
      baja, darme de baja, dar de baja, dame de baja, denme de baja, deme de baja,
      me doy de baja, de baja, desuscribir, desuscribirme, desuscribanme, desuscribeme,
      desuscribirse, desinscribir, desinscribirme, parar, detener, detengan, detente, paren,
      no mas, no mas mensajes, ya no mas, no quiero mas, basta, ya basta, borrame, borrenme,
      eliminame, eliminenme, quitame, quitenme, sacame, saquenme, darse de baja, me borran,
      me eliminan, me dan de baja, me sacan de la lista, me quitan de la lista,
      vete a la mierda, idos a la mierda, vayanse a la mierda, largate, larguense, largaos`),
    stopWeak: words(
      'cancelar, cancela, cancelen, salir, eliminar, borrar, quitar, anular, desactivar',
    ),
    stopSolo: words('para, pare, alto'),
    stopLikely: words(`
      no, no gracias, suficiente, spam, bloquear, no me interesa,
      no estoy interesado, no estoy interesada, que pesados, que fastidio, demasiados mensajes`),
    start: words(`
      alta, darme de alta, dar de alta, dame de alta, comenzar, volver, recibir, suscribir,
      suscribirme, suscribeme, reanudar, activar, reactivar, empezar, iniciar, volver a recibir,
      quiero volver a recibir, quiero recibir, resuscribir`),
    help: words('ayuda, ayudame, informacion, necesito ayuda'),
    status: words('estado, mi estado, estatus, mis suscripciones, mi suscripcion'),
  },
  filler: words(`
    por favor, porfa, porfavor, porfis, xfa, xfavor, pf, gracias, muchas gracias, mil gracias,
    ya, ahora, ahora mismo, ya mismo, ok, vale, hola, buenos dias, buenas tardes, buenas noches,
    buenas, si, de inmediato, inmediatamente, urgente, senor, senora, senores, amigo, oye,
    adios, chao, gracias de antemano, saludos, favor, de una vez, ya por favor`),
  all: words('todo, todos, todas, toda, todo esto, todo eso, cualquier cosa, nada mas'),
  objects: words(`
    mensajes, mensaje, msj, msjs, promociones, promocion, promos, promo, ofertas, oferta,
    publicidad, publicidades, anuncios, anuncio, propaganda, marketing, notificaciones,
    notificacion, boletin, boletines, newsletter, novedades, spam, sms, whatsapps, whatsapp,
    correos, campanas, campana, descuentos, cupones, avisos, recordatorios, cosas, textos,
    mensajes promocionales, llamadas, comunicaciones`),
  pronouns: words('eso, esto, estos, estas, esos, esas, ello'),
  connectors: words(`
    los, las, el, la, de, del, sus, su, tus, tu, me, mi, mis, numero, mi numero, lista, mas,
    nos, a, en, con, al, y, tambien, ustedes, de ustedes, contacto, mi contacto, lo`),
  negators: words('no, nunca, jamas, ni, tampoco, sin'),
  classes: {
    who: words('quien, quienes'),
    stopSaid: words(
      'parar, pararan, dejaran, dejar de, darme de baja, baja, no me escribieran, no me escriban, no me manden, no me mandaran, no me enviaran, no me envien',
    ),
    stopV: words(`
      para, pare, paren, parar, deja, deje, dejen, dejar, dejad, detengan, detener, deten,
      detenga, cesen, cese, dejen ya, paren ya, terminen, termina, acaben, acaba`),
    sendUnamb: words(`
      escribirme, escribir, escribirnos, contactarme, contactar, contactarnos, llamarme, llamar,
      molestarme, molestar, molestarnos, spamearme, spamear, fastidiarme, fastidiar,
      acosarme, acosar, joder, jodernos, joderme, mandar mensajes, enviar mensajes,
      mandarme mensajes, enviarme mensajes, mandarme promociones, enviarme promociones,
      textearme, mensajearme, escribirme al whatsapp, marcarme`),
    sendAmb: words('enviar, mandar, enviarme, mandarme, enviarnos, mandarnos, enviarle, mandarle'),
    sendSubj: words(`
      envien, envies, envie, manden, mandes, mande, escriban, escribas, escriba, contacten,
      contactes, contacte, llamen, llames, llame, molesten, molestes, moleste, spameen,
      textees, mensajeen, marquen`),
    det: words('los, las, el, la, estos, estas, esos, esas, sus, tus, mas, tantos, tantas'),
    tail: words('@eoc, ?@det ?mas @obj, mas, @pron, @filler, nada, nada mas, nunca mas'),
    meObj: words(
      'me, mi numero, mi contacto, mi telefono, mi celular, mi nombre, mis datos, mi whatsapp',
    ),
    list: words(`
      lista, listas, base de datos, base, grupo, lista de difusion, difusion, sistema,
      contactos, registro, listado`),
    remV: words(`
      quiten, quitar, quita, quite, saquen, sacar, saca, saque, borren, borrar, borra, borre,
      eliminen, eliminar, elimina, elimine, excluyan, excluir, remuevan, remover, den de baja`),
    kw: words(`
      darme de baja, doy de baja, dar de baja, me doy de baja, desuscribirme, desuscribir,
      cancelar, salir, salgo, dejar de recibir, parar, paro, detener, quitarme, borrarme,
      eliminarme, darme de alta, suscribirme, volver a recibir, dejo de recibir, dejar de recibir,
      paro de recibir, me salgo, salirme, dejo`),
  },
  traps: words(`
    (quitame|quiteme|sacame|cortame|cortenme|quitenme) ?(solo|nada mas|solamente) ?(un|unos|dos|tres) (poco|poquito|poquitito|dedo|dedos|centimetro|centimetros|cm)
    (quitame|quiteme|sacame|cortame|cortenme|quitenme) ?(solo|nada mas|solamente) (las|los) (puntas|orzuelas|horquillas|patillas|capas)
    (precio|precios|temperatura|fiebre|marea|bolsa|cuota|tasa|luz) (baja|bajan|bajo)
    (baja|bajan|bajo) (el|la|los|las) (precio|precios|temperatura)
    (alta|alto) (calidad|gama|velocidad|costura|definicion|temporada|resolucion|presion)
    en alta
    cancelar ?(el|mi|la|este|esta|mi|un|una) (pedido|orden|compra|reserva|reservacion|cita|entrega|pago|tarjeta|vuelo|boleto|cuenta|plan)
    (voy a|tengo que|vamos a|puedo|ya voy a) salir (ahora|de casa|hoy|temprano|tarde|con|a|al|del|para)
    para (ti|mi|usted|ustedes|el|ella|que|cuando|donde|mi casa|la|las|los|el dia|manana|hoy)
    parada ?(de|del) (autobus|bus|camion|metro|tren)
    sin parar
    (de|la) baja (medica|laboral|maternal|paternidad)
    # Round 18d: "de baja por enfermedad" (sick leave), not "dadme de baja por favor".
    (de|la) baja por (enfermedad|maternidad|paternidad|incapacidad|accidente|depresion|ansiedad|estres|embarazo|lesion|covid|operacion|cirugia|baja)
    de baja (mi|la|el|una|un|su) (tarjeta|cuenta|linea|servicio|plan|contrato|seguro|equipo|producto|chip|auto|coche|vehiculo|empleado)
  `),
  rules: rules(`
    out (retir*|elimin*|quit*|borr*|saqu*|sac*|exclu*|remuev*) ~4 (numero|contacto|datos) ~5 (lista|base|envios|difusion|registro|@list)
    out (eliminacion|remocion|exclusion|baja|supresion) ~3 (de|del|mi) ~2 (numero|contacto|telefono|datos) ~5 (@list|lista|base|registro)
    help (quien|quienes) (es|eres|son|habla|sos|escribe) ?(usted|ustedes) @eoc
    help (que|cual) (es|numero es) ~2 (este|esto|ese) ?numero @eoc
    help (por que|porque|xq|pq) ?(yo) (me llegan|recibo|me llega|estoy recibiendo) ?@det (@obj|@pron|esto|estos|estas|@eoc)
    help (de donde|como) ~2 (sacaron|obtuvieron|consiguieron|tienen) ~1 (mi numero|mis datos)
    in @bos ?(si|claro|ok|vale) (mandenme|envienme|mandame|enviame) ~3 (@obj)
    in (sigan|siga|sigue|continuen) (enviando|mandando|enviandome|mandandome) ~2
    in (vuelvan|vuelve|pueden|puede) ~2 (a suscribirme|a agregarme|a anadirme|agregarme de nuevo|a darme de alta|inscribirme de nuevo)
    in (agregar|agregarme|anadirme|incluirme|suscribirme|inscribirme|darme de alta|me agregan|me suscriben) ~3 (de nuevo|otra vez|nuevamente)
    outneg no (me|nos) (vuelvan|vuelva|vuelvas) a (escribir|mandar|enviar|contactar|llamar|molestar)
    out @stopV de @sendUnamb
    out @stopV de @sendAmb @tail
    out @stopV ?de (los|las|sus|tus|estos|estas|tantos|tantas) @obj
    out (basta|basta ya|ya basta|ya no mas|no mas|nada de|nada mas de|suficiente) ?(de|con) ?@det @obj
    outneg (no|nunca|ya no) (me|nos) @sendSubj ?(mas|nunca mas|nada|@obj|@eoc)
    outneg (no|nunca|ya no) (me|nos) (envien|envies|envie|manden|mandes|mande|envíen) @tail
    outneg (no|ya no|nunca) (quiero|deseo|necesito|quisiera|me interesa|me interesan) ?(seguir) ?(recibir|recibiendo|ver|tener) ?mas ?@det @obj
    outneg (no|ya no) (quiero|deseo) (recibir|recibiendo|seguir recibiendo) (mas|nada|nada mas|@pron|@eoc)
    outneg (no|ya no) (quiero|deseo) ser (contactado|contactada|molestado|molestada)
    outneg no mas @eoc
    out (darme|dame|denme|deme|dar|den|doy|da|dan|darnos|darse|me doy|me den|quiero darme|quiero dar) de baja
    out @bos baja ?(de|del|en) ?(la|el|esta|este|su|sus|mi) (lista|servicio|promociones|suscripcion|mensajes|difusion|todo)
    out (desuscrib*|desinscrib*|desubscrib*|dessuscrib*)
    out (anular|cancelar|cancela|cancelen|cancelame|cancelenme|quitar|quiten|eliminar|dar de baja) ?(la|mi|esta) (suscripcion|subscripcion|inscripcion) ~3
    out @remV @meObj ~3 (de|del) ?(la|su|esta|sus|el|tu) @list
    out @remV (mi numero|mi contacto|mis datos|mi telefono|mi celular|mi whatsapp)
    out (quitenme|quitame|quiteme|sacame|saquenme|sacarme|quitarme|borrame|borrenme|borrarme|eliminame|eliminenme|eliminarme|excluyanme|removerme|remuevanme|darme de baja)
    out (quiero|quisiera|deseo|necesito) (salir|darme de baja|desuscribirme|ser eliminado|ser eliminada|ser removido|ser removida|que me borren|que me quiten|que me eliminen|que me saquen|dejar de recibir) ~3
    out (salir|salirme|sacarme) (de|del) ?(la|su|esta|el) (lista|grupo|listado|difusion|base de datos)
    out dejar de recibir
    outneg (no|favor de no|por favor no|favor no) (enviar|mandar|escribir|contactar|enviarme|mandarme|escribirme|contactarme|llamar|llamarme) ?mas ~1 (@obj|@eoc|nada)
    outneg no quiero que ~2 (manden|envien|escriban|mandando|enviando|escribiendo|contacten|llamen|molesten)
    out (dejenme|dejame|dejeme) en paz
    maybe (demasiados|demasiadas|tantos|tantas|muchos|muchas|mucho|mucha|demasiado|demasiada|un monte de|un chingo de) @obj
    maybe @obj (demasiado|a cada rato|todo el tiempo|todos los dias)
    maybe (siempre|todo el tiempo|a cada rato|todos los dias|diario|diariamente) ~2 (mandan|envian|escriben|llegan|mandando|enviando|escribiendo)
    maybe (por que|porque|xq|pq) ~3 (me escriben|me mandan|me envian|siguen|escriben|mandan|envian|me llegan|llegan)
    maybe (esto es|es|que|puro) spam
    maybe spam
    maybe (que molesto|que molestos|que pesados|que pesadez|que fastidio|que lata|que hartos|estoy harto|estoy harta|molesto|molestos|fastidioso|me tienen harto|me tienen harta)
    maybeneg no (me interesa|me interesan|estoy interesado|estoy interesada)
    maybe (voy a|los voy a) (bloquear|denunciar|reportar) ~2
    maybeneg (no|nunca) (autorice|pedi|me suscribi|me registre|di permiso|acepte|solicite)
    maybe (quien|de donde|donde|como) ~3 (dio|paso|saco|sacaron|consiguio|consiguieron|obtuvieron) ~1 mi (numero|contacto|telefono)
    maybe numero equivocado
    maybe (quiero salir|quiero cancelar|quiero parar) ?@filler @eoc
    maybeneg (no|ya no) quiero @eoc
    maybe ?ya basta @eoc
    in (quiero|quisiera|deseo) (volver a recibir|recibir de nuevo|recibir otra vez|recibir ?@det @obj)
    in (volver|vuelvan|vuelve) a (recibir|enviar|mandar|enviarme|mandarme)
    in (darme|dame|denme|deme|dar|den) de alta
    in (quiero|quisiera|deseo) ~1 (suscribirme|volver a suscribirme|darme de alta|reactivar|resuscribirme)
    in (suscribirme|suscribeme|suscribanme|reactivar|reactiven|reanudar) ~2 (@obj|suscripcion|@eoc|otra vez|de nuevo)
    help (como|cómo) ~4 @kw
    help (que|qué) ~4 (escribir|mandar|enviar|responder|contestar) ~2 para ~1 @kw
    help (hay|existe) (forma|manera|alguna forma|alguna manera|modo) ~2 @kw
    help @bos ?como puedo (darme de baja|desuscribirme|dejar de recibir)
    status (estoy|sigo|continuo|todavia estoy|aun estoy) ~1 (suscrito|suscrita|inscrito|inscrita|dado de baja|dada de baja|registrado|registrada|en la lista|recibiendo)
    status (cual|como) ~2 (mi estado|mi suscripcion|mi situacion)
    status (que|cuales) ~2 (mensajes|listas|categorias|promociones) ~2 (recibo|estoy suscrito|estoy suscrita|voy a recibir)
    status ?ya (me dieron|me han dado|fui dado|fui dada) de baja
    status a que (estoy suscrito|estoy suscrita|me suscribi)
  `),
  common: words(`
    no, que, de, el, la, los, las, por, favor, gracias, quiero, mas, me, mi, esto, eso, estoy,
    tengo, muy, pero, tambien, hola, bueno, usted, ustedes, yo, es, son, esta, hay, ya, como,
    cuando, donde, porque, nada, todo, mensajes, recibir, ahora, si, pues, vale, oye, chao,
    mucho, mucha, muchos, muchas, tienen, tiene, precio, cuanto, cuesta, envio, pedido, manana`),
  slang: {
    kiero: 'quiero',
    qiero: 'quiero',
    kero: 'quiero',
    xfa: 'por favor',
    xq: 'porque',
    msjs: 'mensajes',
    nd: 'nada',
  },
  signals: {
    laugh: words(
      `(me muero|me mori|me meo|muero) ~2 ?(de risa), que risa, (estoy llorando|llorando de risa)`,
    ),
    past: words(
      `(por error|sin querer|por equivocacion|accidentalmente|por accidente), (hace) (tiempo|un ano|meses|semanas|rato), (el|la) (ano|mes|semana) pasad*`,
    ),
    still: words(
      `(dos|tres|mil|cien|muchas|varias) veces, (todavia|aun|siguen|sigo) ~2 (recibiendo|llegando|mandando|enviando|llegan|me llegan), (ya|varias veces) ~3 (pedi|dije|solicite|escribi) ~3 (baja|parar|dejar|que pararan|que dejaran), cuantas veces`,
    ),
    decline: words(
      `ahora no, por ahora no, de momento no, esta vez (no|paso), no (esta|por esta) vez, (la proxima vez|en otra ocasion), (pero|aunque) ~3 (sigan|sigue|manden|mandenme|envien) ~3 (otras|otros|demas)`,
    ),
  },
};
