// The confusions the confusable rule knows, each with its source. Which form a sentence needs is
// decided with the corpus table (server/data/confusable.json, scripts/stats/confusable.ts): the
// neighbours each form takes in published text, and how often each form is used at all.

/**
 * Pairs of real words told apart by context. Source: 《现代汉语词典》（第7版，商务印书馆，2016）, the
 * entries 截至/截止 (截至 + a point in time; 截止 stands alone or before 日期/时间), 其他/其它 (其它 for
 * things only), 部署 (布署 is no entry: a miswriting), 制定/制订 (制定 laws and policies, 制订 drafts
 * of plans), 权力/权利 (power vs. right).
 */
export const CONTEXT_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['截至', '截止'],
  ['其他', '其它'],
  ['部署', '布署'],
  ['制定', '制订'],
  ['权力', '权利'],
];

/**
 * GF 1001-2001《第一批异形词整理表》(教育部、国家语言文字工作委员会, 2001年12月19日发布, 2002年3月31日
 * 试行): the recommended form, then the variants it replaces. A selection of the table's 338 groups:
 * those a report may use, less those whose variant is also a phrase of two words (原由 in 原由行署管理).
 * Checked group by group against two transcriptions of the published table (one for 按捺 … 订阅, A–D;
 * Wikisource's page 10 of the PDF for 要么 … 佐证, Y–Z): every group of ours there matches, recommended form
 * and variants. The groups from 端午 to 稀有 (E–X) were typed from memory and are not yet checked.
 */
export const GF_1001: ReadonlyArray<readonly [string, ...string[]]> = (
  '按捺:按纳 按语:案语 百废俱兴:百废具兴 百叶窗:百页窗 斑白:班白,颁白 斑驳:班驳 保姆:保母,褓姆 辈分:辈份 本分:本份 笔画:笔划 ' +
  '毕恭毕敬:必恭必敬 编者按:编者案 秉承:禀承 补丁:补靪,补钉 参与:参预 惨淡:惨澹 差池:差迟 掺和:搀和 掺假:搀假 掺杂:搀杂 铲除:刬除 ' +
  '徜徉:倘佯 车厢:车箱 彻底:澈底 沉思:沈思 称心:趁心 成分:成份 澄澈:澄彻 侈靡:侈糜 筹划:筹画 筹码:筹马 踌躇:踌蹰 出谋划策:出谋画策 ' +
  '瓷器:磁器 赐予:赐与 粗鲁:粗卤 搭档:搭当,搭挡 答复:答覆 戴孝:带孝 担心:耽心 担忧:耽忧 耽搁:担搁 淡泊:澹泊 淡然:澹然 倒霉:倒楣 ' +
  '凋敝:雕敝,雕弊 凋零:雕零 凋落:雕落 凋谢:雕谢 跌宕:跌荡 跌跤:跌交 叮咛:丁宁 订单:定单 订户:定户 订婚:定婚 订货:定货 订阅:定阅 ' +
  '端午:端五 二心:贰心 发酵:酦酵 发人深省:发人深醒 繁衍:蕃衍 吩咐:分付 分量:份量 分内:份内 分外:份外 愤愤:忿忿 丰富多彩:丰富多采 ' +
  '锋芒:锋铓 服侍:伏侍,服事 服输:伏输 服罪:伏罪 负隅顽抗:负嵎顽抗 附会:傅会 复信:覆信 覆辙:复辙 干预:干与 告诫:告戒 耿直:梗直,鲠直 ' +
  '恭维:恭惟 勾画:勾划 勾连:勾联 孤苦伶仃:孤苦零丁 辜负:孤负 古董:骨董 股份:股分 关联:关连 光彩:光采 归根结底:归根结柢 规诫:规戒 ' +
  '过分:过份 含糊:含胡 含蓄:涵蓄 喝彩:喝采 轰动:哄动 弘扬:宏扬 宏论:弘论 宏图:弘图,鸿图 宏愿:弘愿 宏旨:弘旨 洪福:鸿福 糊涂:胡涂 ' +
  '花招:花着 恍惚:恍忽 辉映:晖映 浑水摸鱼:混水摸鱼 伙伴:火伴 机灵:机伶 激愤:激忿 计划:计画 纪念:记念 寄予:寄与 嘉宾:佳宾 驾驭:驾御 ' +
  '架势:架式 简练:简炼 骄奢淫逸:骄奢淫佚 狡猾:狡滑 脚跟:脚根 精彩:精采 纠合:鸠合 纠集:鸠集 就座:就坐 角色:脚色 刻画:刻划 ' +
  '狼藉:狼籍 累赘:累坠 连贯:联贯 连接:联接 连绵:联绵 连缀:联缀 联袂:连袂 联翩:连翩 嘹亮:嘹喨 缭乱:撩乱 伶仃:零丁 流连:留连 ' +
  '鲁莽:卤莽 录像:录象,录相 落寞:落漠,落莫 麻痹:痲痹 马虎:马糊 门槛:门坎 靡费:糜费 模仿:摹仿 模糊:模胡 模拟:摹拟 摩擦:磨擦 ' +
  '摩拳擦掌:磨拳擦掌 磨难:魔难 谋划:谋画 那么:那末 内讧:内哄 凝练:凝炼 纽扣:钮扣 盘根错节:蟠根错节 盘踞:盘据,蟠踞,蟠据 磐石:盘石 ' +
  '蹒跚:盘跚 彷徨:旁皇 披星戴月:披星带月 漂泊:飘泊 漂流:飘流 飘零:漂零 凭空:平空 牵强附会:牵强傅会 清澈:清彻 情愫:情素 劝诫:劝戒 ' +
  '热衷:热中 人才:人材 日食:日蚀 入座:入坐 色彩:色采 杀一儆百:杀一警百 申雪:伸雪 神采:神彩 收服:收伏 首座:首坐 思维:思惟 ' +
  '死心塌地:死心踏地 踏实:塌实 铤而走险:挺而走险 透彻:透澈 图像:图象 推诿:推委 诿过:委过 无动于衷:无动于中 毋宁:无宁 毋庸:无庸 ' +
  '五彩缤纷:五采缤纷 稀罕:希罕 稀奇:希奇 稀少:希少 稀世:希世 稀有:希有 洗练:洗炼 贤惠:贤慧 相貌:像貌 潇洒:萧洒 小题大做:小题大作 ' +
  '信口开河:信口开合 秀外慧中:秀外惠中 序文:叙文 序言:叙言 训诫:训戒 压服:压伏 押韵:压韵 要么:要末 夜宵:夜消 一锤定音:一槌定音 ' +
  '衣着:衣著 义无反顾:义无返顾 淫雨:霪雨 盈余:赢余 影像:影象 余晖:余辉 渔具:鱼具 渔网:鱼网 与会:预会 与闻:预闻 预备:豫备 ' +
  '原原本本:源源本本,元元本本 缘故:原故 月食:月蚀 再接再厉:再接再砺 崭新:斩新 辗转:展转 战栗:颤栗 账本:帐本 折中:折衷 ' +
  '这么:这末 肢解:支解,枝解 直截了当:直捷了当,直接了当 指手画脚:指手划脚 周济:赒济 装潢:装璜 孜孜:孳孳 姿势:姿式 仔细:子细 佐证:左证'
)
  .split(' ')
  .map((group) => {
    const [recommended, variants] = group.split(':');
    return [recommended, ...variants.split(',')] as const;
  });
