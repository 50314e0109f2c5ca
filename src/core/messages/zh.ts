/** Every user-facing text that is not data, in Chinese: the keys and parameters of en.ts. */
import type { Catalog } from "./en.js";

export const zh: Catalog = {
  "app.title": "京津冀协同发展 · 事实与数据",
  "app.subtitle": "2014—2020：一篇文章中的数字，逐条可溯源",
  "word.themes": "主题",
  "word.headline": "要点",
  "word.tryNext": "接下来可以试试",
  "word.id": "编号",
  "word.theme": "主题",
  "word.name": "名称",
  "word.facts": "条数",
  "word.summary": "概要",
  "word.quantity": "指标",
  "word.fact": "事实",
  "word.value": "数值",
  "word.when": "时间",
  "word.place": "地点",
  "word.change": "变化",
  "word.relative": "幅度",
  "word.perYear": "年均",
  "word.trend": "趋势",
  "word.source": "出处",
  "word.unit": "单位",
  "word.kindEvent": "事件",
  "direction.improved": "改善",
  "direction.worsened": "变差",
  "direction.unchanged": "持平",
  "direction.up": "上升",
  "direction.down": "下降",
  "mark.derived": "* 推算值",
  "note.statedOnly": "仅有变化幅度",
  "note.sourceLine":
    "来源：《京津冀协同发展——创造新时代高质量发展的标杆（辉煌历程）》。§ = 文章小节（0 为导语，其余按主题顺序），¶ = 段落；“官方补充”行来自官方逐年数据（不属于文章）。`jjj show <编号>` 查看详情与发布机构。",
  "note.noRows": "没有符合条件的结果。",
  "layer.supplement": "官方补充",
  "layer.user": "自有数据",
  "hint.prefix": "提示：",
  "text.same": (p) => p.text,

  // errors
  "error.internal": (p) => `内部错误：${p.message}`,
  "hint.debug": "设置 JJJ_DEBUG=1 可查看调用栈",
  "error.unknownName": (p) => `未知的${p.what} "${p.input}"`,
  "hint.didYouMean": (p) => `是否想找 ${p.list}？（\`${p.command}\` 列出全部）`,
  "hint.listAll": (p) => `\`${p.command}\` 列出全部`,
  "hint.seeHelp": (p) => `见 \`${p.help}\``,
  "what.theme": "主题",
  "what.factId": "事实编号",
  "what.command": "命令",
  "number.whole": "整数",
  "number.year": "年份",
  "number.rows": "行数",
  "number.seconds": "秒数",
  "error.numberOption": (p) => `${p.option} 应为 ${p.min} 到 ${p.max} 之间的${p.what}，而不是 "${p.value}"`,
  "hint.forExample": (p) => `例如 ${p.example}`,

  // cli

  // commands

  // dataset

  // query

  // view

  // render

  // chart
  "chart.layer.article": "文章",
  "chart.layer.user": "自有数据",
  "chart.layer.official": "官方",
  "chart.articleAt": (p) => `文章 ${p.at}`,
  "chart.sep.list": "；",
  "chart.sep.items": "、",
  "chart.sep.clauses": "，",
  "chart.indexUnit": "指数：首年 = 100",
  "chart.titleYears": (p) => `${p.title}，${p.from}—${p.to}年`,
  "chart.leftOut": (p) => `为便于阅读，未画出的官方序列：${p.names}。\`${p.cmd}\` 可一并画出。`,
  "chart.noYearly": "无逐年数值",
  "chart.key.observed": "发布的数值",
  "chart.key.derived": "由所述变化推算的数值",
  "chart.key.gap": "其间年份没有数值（点线仅为引导视线）",
  "chart.keyShort.observed": "发布值",
  "chart.keyShort.derived": "推算值",
  "chart.keyShort.gap": "其间无数值",
  "chart.derived": (p) => `推算值 ${p.year}年（${p.name}）：${p.formula}；输入均为约数，真实值在 ${p.low}—${p.high}`,
  "chart.officialApartOne": (p) =>
    `官方序列（${p.name}）口径自成一体，单独画出，不与文章的数字相连。\`jjj sources\` 列出全部来源。`,
  "chart.officialApartMany": (p) =>
    `官方序列（${p.names}）口径各不相同，分别画出，互不相连，也不与文章的数字相连。\`jjj sources\` 列出全部来源。`,
  "chart.hidden": (p) => `被其他标记遮住：${p.marks}`,
  "chart.notes.summary": (p) => `注：${p.parts}。\`${p.cmd}\` 可列出全文。`,
  "chart.notes.derived": (p) => `${p.n}个推算值`,
  "chart.notes.hidden": (p) => `${p.n}个被遮住的标记`,
  "chart.notes.left": (p) => `${p.n}条未画出的官方序列`,
  "chart.notes.apart": "官方序列口径的说明",
  "chart.notes.more": (p) => `另有${p.n}条说明`,
  "chart.bar.derived": (p) => `* ${p.label} ${p.name}：推算值 ${p.formula}（真实值在 ${p.low} 与 ${p.high} 之间）`,
  "chart.bar.none": "无数值",
  "chart.bar.negative": "负值的条形长度按绝对值画出。",
  "chart.bar.officialApart": "官方序列口径各不相同，与文章的数字分组列出。",
  "chart.list.title": "可以画图的事实",
  "chart.list.fact": "事实",
  "chart.list.years": "年份",
  "chart.list.chart": "图",
  "chart.list.values": (p) => `${p.n}个数值`,
  "chart.list.line": "折线",
  "chart.list.bars": "条形",
  "chart.list.note":
    "`jjj chart <编号>` 画折线图（文章的事实连同延伸它的官方序列）；`--bars` 画条形图；`--index` 把各序列换算为首年 = 100。",
  "chart.list.empty": "没有可以画图的事实。",
  "chart.compare.change": (p) => `${p.points}（${p.relative}）`,
  "chart.compare.onlyChange": "只有变化幅度，没有两端的数值",
  "chart.compare.scales": "每个指标按自己的比例尺画出，条形都从零开始；绿色 = 改善，红色 = 变差。",
  "chart.compare.summary": (p) =>
    `每对条形按自己的比例尺从零画起；绿色 = 改善，红色 = 变差。另有${p.n}条说明：\`jjj compare\` 列出。`,
  "chart.cmd.summary": "把事实的趋势画成折线图，或把数值画成条形图",
  "chart.cmd.description":
    "在真实的时间轴上画出一个或多个事实：年份间距与时间成比例，公布的数字与推算的数字分开标记，缺失的年份留空。文章中的事实会附带延伸它的最长三条官方序列，各自标明发布机构；写出其他序列的编号可以加上它们，用 --article-only 则一条也不画。没有逐年数值的事实画成条形图。在终端中，图表随窗口大小排布。不给编号时，列出可以画图的事实。",
  "chart.cmd.ids": "事实编号（见 `jjj chart`）；不区分大小写，也不管标点：pm2.5、PM2.5 和 pm 都指 pm25",
  "chart.cmd.bars": "画横向条形图：每个年份、地点或类别一条",
  "chart.cmd.index": "把每条序列换算成以首年为 100 的指数，使单位不同的序列可以画在同一张图上",
  "chart.cmd.height": (p) => `折线图绘图区的行数（${p.min}–${p.max}）；默认随终端大小，管道中为 ${p.rows} 行`,
  "chart.cmd.notes": "在图下完整列出全部说明（默认至多概括为两行）",
  "chart.error.event": (p) => `“${p.id}”是一个事件，不是数量，没有可画的数值`,
  "chart.hint.event": (p) => `\`jjj show ${p.id}\` 查看它；\`jjj chart\` 列出可以画图的事实`,
  "chart.error.unknown": (p) => `未知的事实编号“${p.id}”`,
  "chart.hint.didYouMean": (p) => `是不是 ${p.list}？（\`jjj chart\` 列出可以画图的事实）`,
  "chart.hint.list": "`jjj chart` 列出可以画图的事实",
  "chart.error.format": (p) => `\`jjj chart <id>\` 画图，或用 --json 输出所画的数据：--format ${p.format} 不适用`,
  "chart.hint.format": "用 --json；每个数值一行的表格用 jjj export --format csv",
  "chart.error.fields": "--fields 不适用于图表",
  "chart.hint.fields": "去掉 --fields；不带编号的 jjj chart 列出可画的事实，可以选字段",
  "chart.error.tooMany": (p) => `一张图最多画 ${p.max} 个序列，这里有 ${p.n} 个`,
  "chart.hint.tooMany": "少给几个编号，或加 --article-only 只画文章的数字",
  "chart.error.units": (p) => `单位不同，不能共用一根纵轴：${p.a}（${p.unitA}）与 ${p.b}（${p.unitB}）`,
  "chart.hint.units": "加 --index 把每个序列换算为首年 = 100，或分别画图",
  "chart.error.noYearly": (p) => `“${p.ids}”没有逐年数值，画不成折线`,
  "chart.error.index": (p) => `无法把 ${p.id} 换算为指数：首个数值为 ${p.value}`,
  "chart.hint.index": "去掉 --index",
  "chart.error.noFigures": "这些事实没有可画的数值",

  // present

  // quiz
};
