/**
 * Chinese (simplified; traditional characters are folded to simplified first, see
 * normalize.ts). Written without spaces: read character by character, so `~N` counts
 * characters. 退订 / TD is the opt-out keyword of Chinese marketing SMS (MIIT rules on
 * commercial SMS); the rest is general language knowledge, to be reviewed by a native
 * speaker.
 */
import type { Lexicon } from '../types';
import { rules, words } from './rules';

export const zh: Lexicon = {
  lang: 'zh',
  keywords: {
    stop: words(`
      退订, td, 取消订阅, 退订短信, 停止发送, 停止推送, 别发了, 不要发了, 不要再发了, 别再发了,
      拒收, 退出, 不要再联系我, 别联系我, 别烦我, 取消推送, 停止订阅, 我要退订, 别发, 不要发, 别再发,
      退定, 滚, 滚开, 滚蛋, 走开`),
    stopWeak: words('取消, 删除, 移除'),
    stopSolo: [],
    stopLikely: words(
      '不, 不用, 不要, 不用了, 不需要, 够了, 停, 烦, 烦死了, 好烦, 垃圾, 骚扰, 拉黑, 没兴趣',
    ),
    start: words('订阅, 重新订阅, 恢复订阅, 恢复, 开始, 继续发'),
    help: words('帮助, 客服, 你是谁, 你们是谁, 谁啊, 这是谁, 哪位, 转人工, 人工客服, 人工'),
    status: words('状态, 订阅状态, 我的状态'),
  },
  filler: words(`
    请, 麻烦, 麻烦你, 谢谢, 谢谢你, 多谢, 感谢, 你好, 您好, 了, 吧, 啊, 呀, 哦, 嗯, 好的,
    好, 现在, 马上, 立刻, 赶紧, 一下, 帮我, 帮忙, 亲, 老板, 客服, 呢, 的`),
  all: words('全部, 所有, 一切, 都'),
  objects: words(`
    消息, 信息, 短信, 广告, 推送, 优惠, 优惠信息, 促销, 促销信息, 活动, 通知, 邮件,
    营销, 推广, 垃圾短信, 微信, 电话, 配套`),
  pronouns: words('这个, 这些, 那个, 它'),
  connectors: words(
    '我, 我的, 号码, 我的号码, 把, 从, 给, 的, 你们, 你, 名单, 列表, 里, 中, 再, 和',
  ),
  negators: words('不, 别, 没, 勿, 不要, 没有'),
  classes: {
    who: words('谁, 哪位'),
    stopV: words('停止, 停, 别再, 不要再'),
    send: words('发, 发送, 推送, 打电话, 联系, 打扰, 骚扰, 发消息, 发短信, 发广告, 群发'),
    list: words('名单, 列表, 群发名单, 群, 通讯录, 数据库, 系统'),
    kw: words('退订, 取消订阅, 订阅, 退出'),
  },
  traps: words(`
    取消 ~2 (订单|预约|预订|付款|支付|快递)
    停不下来
    (别|不要) (停|停止) ~1 (打折|优惠|活动|促销|折扣)
    (打折|优惠|活动|促销|折扣) ~1 (别|不要) (停|停止)
  `),
  rules: rules(`
    out (把|将) ~3 (号码|我) ~3 (删除|删掉|移除|去掉|删了)
    outneg (别|不要|勿|请勿) ~1 再 ~2 (@send)
    outneg (别|不要|请勿) (@send) ~1 了
    outneg (别|不要|请勿|勿) ~3 (@send) ~2 (@obj|了)
    out (停止|停) ~2 (@send) ~3 (@obj)
    out (把|将) ~2 (我|我的|号码) ~8 (名单|列表|群|通讯录) ~3 (删除|删掉|移除|去掉|踢出|删了)
    out (删除|移除|删掉|去掉) ~2 (我的号码|我|号码)
    out (不想|不要|不再|不愿意) ~2 (收到|接收|接受|再收) ~4 (@obj)
    out (取消|退订|退出) ~2 (订阅|推送|短信|通知|会员|营销)
    maybe (天天|每天|一直|老是|总是) ~3 (@send|@obj)
    maybe (烦死了|好烦|骚扰|垃圾短信)
    in (重新|再次|恢复) ~4 (订阅|加回|加入|加上|发|接收)
    in (加回|加我回|把我加回) ~6
    in (继续|可以) ~4 (发|发送|推送) ~3 (给我|我|吧)
    in (@obj) ~3 (继续|可以) ~2 (发|发送|推送) ~3 (给我|我|吧)
    help (怎么|如何|怎样) ~4 (@kw)
    help (你|您|你们) ~1 是 ~1 (谁|哪位|哪里)
    help (为什么|为啥|干嘛|怎么) ~8 (收到|发给我|给我发|发来)
    status (还|还在|已经) ~4 (订阅|名单|退订成功|收到) ~4 (吗|没|么|嘛)
  `),
  common: words(
    '我, 你, 您, 的, 了, 是, 不, 吗, 在, 有, 这, 那, 就, 也, 都, 要, 会, 说, 给, 发, 什么, 为什么, 怎么, 谢谢',
  ),
  signals: {
    laugh: words('哈哈, 呵呵, 嘻嘻, 笑死, 笑哭, 笑喷, 搞笑, 逗'),
    past: words(
      '(不小心|误操作|误点|手滑|点错了|一不小心), (去年|上个月|上周|之前|以前) ~4 (退订|取消)',
    ),
    still: words(
      '(多少|几) 次, (还在|还是|又|依然|仍然) ~2 (发|收到|推送), (已经|早就) ~1 (说过|说了|讲过)',
    ),
    decline: words('先不用, 算了, 以后再说, 下次吧, (这次|这回) ~3 (不|先不), (下次|改天)'),
  },
};
