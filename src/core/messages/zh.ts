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
  "view.compareTitle": (p) => `${p.from} → ${p.to}：变化一览`,
  "view.hiddenColumns": "此宽度下未显示的列（用 --width 或 --json 查看）",
  "view.labelled": (p) => `${p.label}：${p.text}`,
  "view.noteNearest": "（年份）所问年份没有数值，用最近一年",
  "view.noteDerived": (p) => `* 由文中所述变化幅度推算，公式见 jjj show ${p.ids}`,
  "view.noteInferred": (p) => `‡ 文中未写明年份，据上下文推定，见 jjj show ${p.ids}`,
  "view.noteStatedOnly": "— 该年没有数值：只有变化幅度",
  "view.noteLeftOut": (p) => `另有 ${p.count} 个指标在 ${p.from} 或 ${p.to} 年前后一年内没有数值，未列出`,
  "view.noteMore": "公式、每处替代年份与发布机构：--notes",
  "view.noteDerivedLong": (p) =>
    `* ${p.label} ${p.year}年为推算值：${p.formula}（输入均为约数，真实值介于 ${p.low} 与 ${p.high} 之间）`,
  "view.noteNearestLong": (p) => `(${p.year}) ${p.label}：没有${p.requested}年的数值，改用最近的${p.year}年`,
  "view.statedOnlyLong": (p) => `仅有变化幅度（${p.stated}）`,
  "view.searchTitle": (p) => `搜索“${p.query}”：${p.count} 条结果，按相关度排序`,
  "view.result": "结果",
  "view.searchNote": "`jjj show <编号>` 查看详情；--json 另给出匹配字段与得分。",
  "view.searchNothing": (p) => `没有与“${p.query}”匹配的结果。`,
  "view.otherLanguage": "English",
  "view.themesNote": "`jjj facts --theme <编号>` 列出主题下的事实。",
  "view.valuesSpan": (p) => `${p.count} 个数值，${p.from}—${p.to}`,
  "view.valuesCount": (p) => `${p.count} 个数值`,
  "view.allValues": "全部数值",
  "view.noteDerivedShort": "* 由文中所述变化幅度推算，公式见 `jjj show <编号>`",
  "view.noteInferredShort": "‡ 文中未写明年份，据上下文推定，见 `jjj show <编号>`",
  "view.factsNote": "每条事实的最新数值；全部数值见 `jjj show <编号>`。",
  "view.timelineTitle": "时间线",
  "view.eventOrFigure": "事件或数值",
  "view.sourcesTitle": "来源及其贡献",
  "view.publisher": "发布机构",
  "view.kind": "类别",
  "view.values": "数值",
  "view.changes": "变化",
  "view.events": "事件",
  "view.title": "标题",
  "view.kindArticle": "文章",
  "view.sourcesNote":
    "数值 = 注明出自该来源的数值条数；变化 = 所述变化幅度（如“下降51%”），推算值由它们得出。涉及哪些事实：--json（factIds）。",
  "view.noSources": "没有来源。",
  "view.sourceShort": "来源：文章（§ 小节 ¶ 段落）；标“官方补充”的行来自官方逐年数据。`jjj show <编号>` 查看详情。",

  // render
  "render.points": (p) => `${p.n}个百分点`,
  "render.asPublished": "发表时",

  // chart

  // present

  // quiz
};
