/** Portuguese (Brazil first): corpus lines (format in ./table.ts). */
import { table } from './table';

export const PT = table(`
  out - | PARAR
  out - | parar
  out - | Parar!
  out pt | SAIR
  out pt | Sair
  out - | CANCELAR
  out pt | DESCADASTRAR
  out pt | descadastrar por favor
  out pt | Descadastre meu número
  out pt | não quero mais receber mensagens
  out pt | Não quero mais receber essas mensagens
  out pt | nao quero mais receber
  out pt | me tira da lista
  out pt | Me tire dessa lista por favor
  out pt | parar promoções
  out pt | Para de me mandar mensagem
  out pt | Pare de enviar mensagens
  out pt | parem de me mandar propaganda
  out pt | não me mande mais mensagens
  out pt | Não me mandem mais nada
  out pt | quero sair da lista
  out pt | Quero me descadastrar
  out pt | remover meu número
  out pt | Remova meu contato da lista
  out pt | chega de mensagens
  out - | Para
  out pt | pare
  out pt all | parar tudo
  out - all | cancelar todas
  out pt cat:offers | não quero mais receber ofertas
  out pt | cancelar inscrição
  out pt | Me deixem em paz
  out pt | Obrigado, mas não quero mais receber
  out pt | Pare de me enviar mensagens
  out pt | não quero receber mais nada
  out pt | Por favor, me remova da lista
  out pt | não me envie mais promoções
  out pt | Quero cancelar o recebimento de mensagens
  out pt | Sair da lista
  out pt | Descadastrar
  out pt | para de mandar msg
  out pt | chega de propaganda
  out pt | não quero mais essas mensagens
  out pt | tira meu número da lista
  out pt | Não tenho interesse, parem de mandar mensagem
  out pt | Parem de me mandar mensagens por favor
  out pt | Quero parar de receber
  out pt | Me exclua da lista
  out pt | não envie mais mensagens para este número
  out pt | Favor parar de enviar mensagens
  out pt | Não quero mais receber promoções de vocês
  out pt | Por favor parem
  out pt | Não me mande mais mensagem
  out pt | Sai
  out pt | sair por favor
  out pt | Descadastra meu número por favor
  out pt | Não desejo receber mais mensagens
  out pt | Chega de spam
  out pt | parar de receber mensagens
  out pt | Para de encher
  out pt | Por favor, não quero receber mais mensagens de vocês
  out pt | Não mandem mais nada pra mim
  out pt | Tira meu nome da lista
  out pt | Sai fora, não quero mais
  out pt | Parem com essas mensagens
  out pt | Quero descadastrar meu número
  out pt | Chega de promoção
  out pt | Pode parar de me mandar essas ofertas
  out pt | Não quero mais receber nenhuma mensagem
  out pt | Me remove dessa lista agora
  out pt | Pode me tirar da lista?
  out pt | Me desinscreve
  out pt | Cancelar mensagens
  out pt | Não quero receber mais informações
  out pt | Por favor não me enviem mais nada
  out pt | Remove meu número por favor
  likely pt | muitas mensagens
  likely pt | Mensagem demais
  likely pt | por que vocês ficam me mandando mensagem?
  likely pt | isso é spam
  likely pt | chega
  likely pt | não
  likely pt | não tenho interesse
  likely pt | quero sair
  likely pt | Muita mensagem
  likely pt | Por que vocês me mandam tanta mensagem?
  likely pt | Isso é spam?
  likely pt | Não, obrigado
  likely pt | Não quero
  likely pt | Vocês mandam muita mensagem
  likely pt | Não tenho interesse
  likely pt | Todo dia mensagem
  likely pt | Que saco essas mensagens
  likely pt | Não tenho mais interesse
  notout pt | não pare de mandar promoções
  none pt | vou sair agora
  none pt | não consigo parar de comprar
  none pt | stop, o Zé não vem
  none pt | quero cancelar meu pedido
  none pt | Para mim está ótimo
  none pt | obrigado
  none pt | Qual o horário de funcionamento?
  none pt | Vou sair de casa às 8
  none - | Vou sair para almoçar
  none - | Quero cancelar minha compra
  none - | Para quando é a entrega?
  none - | Obrigado pelas ofertas!
  none - | Não consigo parar de usar o produto
  none - | Vou parar no posto
  none - | Quero sair hoje à noite
  none - | Cancela o pedido 123
  none - | Obrigada!
  none - | Oi, tudo bem?
  none - | Qual o valor do frete?
  none - | Quero saber do meu pedido
  none - | Pode me mandar o boleto?
  none - | Vocês entregam no sábado?
  none - | Não recebi meu produto
  none - | Parar de fumar é difícil
  none - | Obrigado, vou sair para buscar
  none - | Vou sair às 18h
  none - | Não para de chover aqui
  none - | Pode parar na portaria
  none - | Tem desconto para pagamento à vista?
  none - | Quero parar de pagar juros
  none - | Pode cancelar a compra?
  none - | Não para de dar erro no app
  help pt | AJUDA
  help pt | como faço para sair da lista?
  help pt | Como faço pra parar de receber essas mensagens?
  help pt | Como faço para me descadastrar?
  help pt | Como paro de receber?
  status pt | estou inscrito?
  status pt | ainda estou na lista?
  status pt | Ainda estou cadastrado?
  in pt | VOLTAR
  in pt | voltar
  in - | INICIAR
  in pt | quero receber de novo
  in pt | Quero voltar a receber as promoções
  in pt | receber
  in pt | Quero voltar a receber mensagens
  in pt | #voltar
  in pt | Receber novamente
  in pt | Quero receber as ofertas de novo
  none - | Quando chega meu pedido?
  none - | Chega amanhã?
  none - | Pode parar o carro na frente
  none - | Não, o outro
  out pt | nao quero mais receber msg
  out pt | para de mandar mensagem pfv
  out pt | nao manda mais nada
  out pt | n quero mais
  out pt | me tira dessa lista pfv
  out pt | Descadastrar meu número, por favor
  out pt | Chega de mandar mensagem
  out pt | Quero que parem de me mandar mensagens
  likely pt | Vcs mandam mta mensagem
  out pt | Por gentileza, parem de enviar mensagens
  out pt | Não quero mais receber promoções, obrigado
  out pt | Sair da lista por favor
  none pt | me manda a senha de novo
  none pt | reenvia o link de pagamento por favor
`);
