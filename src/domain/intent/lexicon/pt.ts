/**
 * Portuguese (Brazil first). Keywords seen at Sinch BR and Aivo: PARAR, SAIR, CANCELAR,
 * REMOVER, DESCADASTRAR; re-subscribe #VOLTAR, #RECEBER, INICIAR, CADASTRAR. Phrases are
 * general language knowledge (opt-out-prior-art.md §7). "para" is also "for", so alone only.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const pt: Lexicon = {
  lang: 'pt',
  keywords: {
    stop: words(`
      parar, pare, parem, descadastrar, descadastre, descadastra, descadastro, descadastrem,
      descadastrar me, me descadastra, me descadastre, me descadastrem, desinscrever,
      cancelar inscricao, cancelar a inscricao, sair da lista, me tira da lista,
      me tire da lista, me tirem da lista, me remove, me remova, me removam, me exclui,
      me exclua, nao quero mais, chega de mensagens, descadastramento, parar tudo,
      vai a merda, vao a merda, vai se catar, vao se catar`),
    stopWeak: words(`
      cancelar, cancela, cancele, sair, remover, remova, excluir, descadastrar, bloquear`),
    stopSolo: words('para, pára, sai'),
    stopLikely: words(`
      nao, não obrigado, nao obrigada, chega, chega disso, basta, spam, nao quero,
      sem interesse, nao tenho interesse, que saco, chato, muitas mensagens`),
    start: words(`
      voltar, receber, iniciar, cadastrar, comecar, ativar, reativar, voltar a receber,
      quero receber, quero voltar a receber, me cadastra, me cadastre, me inscreve,
      me inscreva, inscrever, retomar, receber de novo, quero receber de novo, entrar, quero entrar`),
    help: words('ajuda, socorro, informacao, informacoes, me ajuda, preciso de ajuda'),
    status: words(
      'situacao, minha situacao, minhas inscricoes, minha inscricao, meu status, meu cadastro',
    ),
  },
  filler: words(`
    por favor, pf, pfv, pfvr, porfavor, obrigado, obrigada, obg, brigado, brigada, valeu, vlw,
    agora, ja, oi, ola, bom dia, boa tarde, boa noite, sim, por gentileza, urgente,
    imediatamente, agora mesmo, moço, moça, gente, pessoal, amigo, ok, okay, beleza, blz,
    tchau, grato, grata, ta, tá, isso, logo`),
  all: words('tudo, todas, todos, todo, toda, tudo isso, todas elas, qualquer coisa'),
  objects: words(`
    mensagens, mensagem, msg, msgs, mensages, promocoes, promocao, promo, promos, ofertas,
    oferta, propaganda, propagandas, anuncios, anuncio, publicidade, publicidades, marketing,
    newsletter, notificacoes, notificacao, novidades, spam, sms, whatsapp, zap, emails,
    e mails, disparos, campanhas, campanha, lembretes, avisos, cupons, descontos, coisas,
    comunicados, ligacoes, correntes, divulgacao, divulgacoes, mensagem promocional,
    mensagens promocionais`),
  pronouns: words('isso, isto, essas, esses, essa, esse, elas, eles, aquilo'),
  connectors: words(`
    as, os, a, o, de, da, do, das, dos, suas, seus, sua, seu, me, mim, meu, minha, numero,
    meu numero, lista, mais, nessa, nesta, desta, dessa, disso, com, em, no, na, pra, para mim,
    voces, vcs, de voces, desse, deste, contato, meu contato, e, tambem`),
  negators: words('nao, n, nunca, nem, jamais, nao consigo, sem'),
  classes: {
    who: words('quem'),
    stopSaid: words(
      'parar, parassem, pararem, sair da lista, descadastrar, nao me mandar, nao mandar, nao me mandarem, nao enviar',
    ),
    stopV: words(`
      para, pare, parem, parar, paro, cessar, cesse, cessem, interrompa, interrompam,
      interromper, deixa, deixe, deixem, deixar, chega, chegam, pode parar, podem parar,
      favor parar`),
    sendUnamb: words(`
      mandar mensagem, mandar mensagens, mandar msg, enviar mensagem, enviar mensagens,
      mandar sms, me ligar, ligar, importunar, incomodar, me incomodar, perturbar,
      me perturbar, encher o saco, encher, me encher, spammar, spamar, escrever, me escrever,
      contatar, me contatar, contactar, me contactar, chamar, me chamar, mandar promocoes,
      enviar promocoes, mandar propaganda, mandar zap, me mandar mensagem, me enviar mensagem,
      me mandar msg, mandar essas mensagens, mandar isso`),
    sendAmb: words(
      'mandar, enviar, me mandar, me enviar, nos mandar, nos enviar, encaminhar, disparar',
    ),
    sendImp: words(`
      mande, mandem, manda, envie, enviem, envia, escreva, escrevam, ligue, liguem,
      contate, contatem, chame, chamem, perturbe, perturbem, incomode, incomodem, mandar,
      enviar, encaminhe, encaminhem`),
    det: words(
      'as, os, a, o, essas, esses, suas, seus, estas, estes, mais, tantas, nenhuma, nenhum, qualquer',
    ),
    more: words('mais, de novo, novamente, nunca mais'),
    tail: words('@eoc, ?@det ?mais @obj, mais, @pron, @filler, nada, nada mais, nunca mais'),
    meObj: words(
      'me, meu numero, meu contato, meu telefone, meu celular, meu nome, meus dados, meu zap',
    ),
    list: words(
      'lista, listas, cadastro, base, base de dados, grupo, lista de transmissao, sistema, contatos, banco de dados',
    ),
    remV: words(`
      tira, tire, tirem, tirar, remove, remova, removam, remover, exclui, exclua, excluam,
      excluir, apaga, apague, apaguem, apagar, deleta, delete, deletem, deletar, retira,
      retire, retirem, retirar, descadastra, descadastre, descadastrem`),
    kw: words(`
      descadastrar, descadastro, me descadastrar, sair, sair da lista, parar, parar de receber,
      cancelar, cancelo, paro, saio, remover, deixar de receber, tirar meu, parar com,
      cadastrar, voltar a receber, receber`),
  },
  traps: words(`
    (vou|vamos|vai|preciso|tenho que|quero|acabei de|posso) sair (agora|de casa|daqui|pra|para|mais tarde|hoje|cedo|do trabalho|com)
    sair (de casa|pra|para o|para a|do trabalho|com)
    cancelar ?(o|meu|minha|a|esse|essa) (pedido|compra|reserva|agendamento|consulta|entrega|pagamento|cartao|assinatura do|plano|conta|boleto)
    (ponto|parada) de (onibus|busao)
    parada
    para (voce|vc|mim|ele|ela|nos|o|a|os|as|que|quando|onde)
    (nao|sem) parar
  `),
  rules: rules(`
    out (retir*|remov*|exclu*|tir*|apag*) ~4 (numero|contato|telefone|dados) ~5 (lista|cadastro|base|envio|transmissao|@list)
    outneg (nao|não) (aguento|aguentamos|suporto|aguento mais) ~1 (mais) ~3 (@obj|@pron|isso|essas|esses|tanta|tanto)
    out (remocao|exclusao|retirada|descadastramento|descadastro|cancelamento) ~3 (do|de|meu|minha) ~2 (numero|contato|cadastro|telefone) ~5 (@list|lista|cadastro|base)
    help (quem|quem e|quem eh|quem fala|quem ta falando|quem esta falando|quem sao|quem e voce|quem sao voces) @eoc
    help (quem|que) (e|eh) ?(voce|voces|esse|este|isso) ?numero @eoc
    help (por que|porque|pq|por q) ?(eu) (to|estou|tou|eu|vivo) ?(recebendo) (recebendo|recebo) ?@det (@pron|isso|essas|esses|essa|@obj|@eoc)
    help (por que|porque|pq|por q) (me|nos) (chegam|chega|chegou|chegaram) ?@det (@pron|isso|essas|esses|@obj|@eoc)
    in (pode|podem|pode me|podem me) ~1 (mandar|enviar|mandar pra mim|me mandar|me enviar) ~2 (@obj) ~2 (sim|@eoc|pfv|por favor)
    in @bos ?(sim|pode|claro|ok) (manda|mandem|envia|enviem|me manda|me mandem|me envia|me enviem) ~3 (@obj)
    # (round 5) "continuem mandando" is no opt-in: a customer who is subscribed asks for nothing new.
    in (me|nos) (coloca|coloquem|adiciona|adicionem|inscreve|inscrevam|cadastra|cadastrem|colocar|adicionar|incluir|inscrever|cadastrar|por|botar) ~3 (de volta|de novo|novamente)
    out @stopV (de|com) ?(me|nos) @sendUnamb
    out @stopV (de|com) @sendAmb @tail
    out @stopV (de|com) ?(as|os|essas|esses|suas|seus) @obj
    out (@stopV|chega de|nada de|sem mais|basta de|cansei de|cansado de|cansada de) ?@det @obj
    outneg (nao|n|nunca) ?(me|nos) (@sendImp|mandar|enviar) (mais|nunca mais|@obj|nada|@eoc)
    outneg (nao|n|nunca) ?(me|nos) (escreva|escrevam|ligue|liguem|contate|contatem|chame|chamem|perturbe|perturbem|incomode|incomodem|procure|procurem)
    outneg (nao|n|nunca) (quero|desejo|preciso|gostaria de|aceito) ?mais (receber|ver|ganhar) ?mais ~2 (@obj|nada|isso|@eoc)
    outneg (nao|n|nunca) (quero|desejo|preciso) ?mais ?(@det) @obj
    outneg (nao|n|nunca) quero mais (receber|isso|nada|essas|esses|@eoc)
    outneg (nao|n|nunca) (quero|desejo) mais ser (contatado|contatada|contactado|incomodado|incomodada)
    out @remV ?(o|a) @meObj ~3 (da|de|do|dessa|desta|desse) ?(sua|seu|vossa) @list
    out @remV @meObj
    out (me|meu numero) @remV
    out (quero|gostaria de|desejo|preciso|vou) (me descadastrar|descadastrar|me desinscrever|ser removido|ser removida|ser descadastrado|ser descadastrada|cancelar a inscricao|cancelar o recebimento|parar de receber) ~3
    out sair (da|dessa|desta|de sua|de vossa) (lista|listas|base|grupo|lista de transmissao)
    out (descadastr*|desinscrev*|desinscricao)
    out cancelar ?(a|minha|o|meu) (inscricao|recebimento|cadastro) ~3
    out (parar|deixar) de receber
    out (me deixa|me deixe|me deixem|deixa me|deixe me) em paz
    out (para|pare|parem|chega) com ?(essas|esses|as|os|essa|esse|tanta|tantas) @obj
    maybe (muita|muitas|tanta|tantas|demais|excesso de|um monte de) @obj
    maybe @obj (demais|em excesso|toda hora|o tempo todo|todo dia)
    maybe (todo dia|toda hora|o tempo todo|toda semana|todos os dias|direto) ~1 @obj
    maybe (por que|porque|pq|por q) ~3 (mandam|manda|enviam|envia|mandando|enviando|recebendo|ficam|fica|continuam|continua|insistem)
    maybe (isso e|e|que|mais) spam
    maybe spam
    maybe (que chato|muito chato|chatice|que saco|ta chato|irritante|que irritante|enchendo o saco|encher o saco)
    maybeneg (nao|n|nunca) (tenho|tenho mais) interesse
    maybeneg (nao|n|nunca) me interessa
    maybeneg sem interesse
    maybe (vou|irei) (bloquear|denunciar|reportar) ~2
    maybeneg (nao|n|nunca) (pedi|autorizei|me cadastrei|cadastrei|assinei|solicitei|aceitei|dei permissao)
    maybe (quem|onde|como) ~3 (deu|passou|pegou|conseguiu|conseguiram|pegaram) ~1 meu (numero|contato|telefone)
    maybe numero errado
    maybe (quero sair|quero cancelar|quero parar) ?@filler @eoc
    maybeneg (nao|n|nunca) quero @eoc
    maybe (para|pare|parem) com isso
    in @bos ?(pode|podem|por favor) (voltar a|volta a|voltem a|continuar a|continue a|continuem a|pode voltar a) (enviar|mandar|me enviar|me mandar)
    in (quero|gostaria de|desejo) (voltar a receber|receber de novo|receber novamente|receber ?@det @obj)
    in (voltar|volte|voltem) a receber
    in @bos receber ?@det ?@obj (de novo|novamente|outra vez)
    in (quero|gostaria de|desejo) ~1 (me cadastrar|me inscrever|me reinscrever|reativar|voltar) ~2 (de novo|novamente|@eoc)
    in (me|nos) (cadastra|cadastre|cadastrem|inscreve|inscreva|inscrevam) ~2 (de novo|novamente|@eoc)
    in (reativar|reative|reativem|retomar|retome) ~2 (@obj|inscricao|cadastro|@eoc)
    help como ~4 @kw
    help (qual|o que) ~4 (digitar|mandar|enviar|escrever|responder) ~2 (para|pra) ~1 @kw
    help (tem|existe|ha) (como|jeito|um jeito|algum jeito|uma forma|forma) ~2 @kw
    help @bos ?como (posso|consigo) (me descadastrar|parar de receber|descadastrar|sair da lista)
    status ?eu (estou|to|tô|sigo|continuo|ainda estou) ~1 (inscrito|inscrita|cadastrado|cadastrada|descadastrado|descadastrada|na lista|recebendo|removido|removida|bloqueado)
    status (qual|como) ~2 (meu status|minha situacao|minha inscricao|meu cadastro)
    status (quais|que) ~2 (mensagens|listas|categorias|promocoes) ~2 ?eu (recebo|assinei|estou inscrito|estou inscrita|vou receber)
    status (ja fui|fui|foi) (descadastrado|descadastrada|removido|removida|cancelado|cancelada)
    status (meu|o) descadastro ~2 (funcionou|deu certo|foi feito)
  `),
  common: words(`
    nao, voce, voces, vc, vcs, obrigado, obrigada, mais, quero, meu, minha, isso, essa, esse,
    estou, tenho, muito, ja, entao, tambem, aqui, com, uma, um, por, pra, ola, oi, tudo, bem,
    mensagens, receber, agora, tchau, sim, eu, ele, ela, e, ou, mas, sao, esta, tá, obg, blz,
    vou, sair, pedido, boleto, gente, ai, aí, né, ne, nós`),
  slang: {
    vc: 'voce',
    vcs: 'voces',
    mta: 'muita',
    mtas: 'muitas',
    mto: 'muito',
    mtos: 'muitos',
    msm: 'mesmo',
    nd: 'nada',
    hj: 'hoje',
    tbm: 'tambem',
    qro: 'quero',
    kero: 'quero',

    naum: 'nao',
  },
  signals: {
    laugh: words(
      `(to|estou|tô) (morrendo|morta|morto|chorando) ~2 ?(de rir), rindo, que engracado`,
    ),
    past: words(
      `(sem querer|por engano|por erro|acidentalmente|por acidente), (ano|mes|semana) passad*, (faz|ha) (tempo|um tempo|meses|anos)`,
    ),
    still: words(
      `(duas|tres|mil|varias|muitas) vezes, ja falei, (ainda|continuo|continua|continuam) ~2 (recebendo|mandando|enviando|chegando|chega|chegam), (ja|varias vezes) ~3 (pedi|falei|disse|mandei) ~3 (parar|sair|cancelar|descadastr*), quantas vezes`,
    ),
    decline: words(
      `agora nao, por agora nao, por enquanto nao, (dessa|desta|essa|esta) vez (nao|passo), (mas|porem) ~3 (continua|continuem|manda|mandem|pode mandar) ~4 (outras|outros|demais), (proxima|outra) vez`,
    ),
  },
};
