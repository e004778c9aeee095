/**
 * Chinese (simplified) replies. Written without a native speaker: to be reviewed before production use.
 */
import type { LanguageReplies } from './types';

export const zh: LanguageReplies = {
  keywords: { stop: '退订', start: '订阅', status: '状态' },
  texts: {
    optOutConfirmAll: '您将不再收到{brand}的促销信息。回复“订阅”即可重新接收。',
    optOutConfirmCategory:
      '在{until}之前，您将不会收到{brand}的{category}促销信息。回复“订阅”即可撤销。',
    optOutConfirmUntil: '在{until}之前，您将不会收到{brand}的促销信息。回复“订阅”即可重新接收。',
    optInConfirm: '您将重新收到{brand}的促销信息。随时回复“退订”即可停止。',
    optInBlocked: '已收到。目前{brand}对此号码的促销信息仍处于停止状态，因此您暂时还不会收到。',
    help: '这里是{brand}。回复“退订”停止接收促销信息，回复“订阅”重新接收，回复“状态”查看您的选择。',
    statusNone: '您正在接收{brand}的促销信息。回复“退订”即可停止。',
    statusList: '您已停止接收{brand}的以下促销信息：{list}。回复“订阅”即可重新接收。',
    statusListAdmin: '{brand}已停止向此号码发送以下促销信息：{list}。如需重新接收，请联系{brand}。',
    statusListMeta:
      '您已在 WhatsApp 中停止接收{brand}的以下促销信息：{list}。如需重新接收，请在 WhatsApp 中重新开启。',
    noEndDate: '无结束日期',
    askConfirm: '您想停止接收{brand}的促销信息吗？',
    btnStopAll: '全部停止',
    btnUndo: '撤销',
    btnStopYes: '停止促销信息',
    btnKeep: '继续接收',
    untilRevoked: '您重新订阅',
    allMarketing: '所有促销信息',
    keepConfirm: '好的，您将继续收到{brand}的促销信息。随时回复“退订”即可停止。',
  },
};
