/** Every user-facing word that is not data, in both languages. */
import type { Lang } from "../cli/lang.js";

export const MESSAGES = {
  appTitle: {
    zh: "京津冀协同发展 · 事实与数据",
    en: "Beijing–Tianjin–Hebei coordinated development · facts and figures",
  },
  appSubtitle: {
    zh: "2014—2020：一篇文章中的数字，逐条可溯源",
    en: "2014–2020: the figures of one article, each traceable to its paragraph",
  },
  themes: { zh: "主题", en: "Themes" },
  headline: { zh: "要点", en: "Headline figures" },
  tryNext: { zh: "接下来可以试试", en: "Try next" },
  id: { zh: "编号", en: "ID" },
  theme: { zh: "主题", en: "Theme" },
  name: { zh: "名称", en: "Name" },
  facts: { zh: "条数", en: "Facts" },
  summary: { zh: "概要", en: "Summary" },
  quantity: { zh: "指标", en: "Quantity" },
  fact: { zh: "事实", en: "Fact" },
  value: { zh: "数值", en: "Value" },
  when: { zh: "时间", en: "When" },
  place: { zh: "地点", en: "Place" },
  change: { zh: "变化", en: "Change" },
  relative: { zh: "幅度", en: "Relative" },
  perYear: { zh: "年均", en: "Per year" },
  trend: { zh: "趋势", en: "Trend" },
  source: { zh: "出处", en: "Source" },
  unit: { zh: "单位", en: "Unit" },
  kindEvent: { zh: "事件", en: "event" },
  improved: { zh: "改善", en: "better" },
  worsened: { zh: "变差", en: "worse" },
  unchanged: { zh: "持平", en: "unchanged" },
  up: { zh: "上升", en: "up" },
  down: { zh: "下降", en: "down" },
  derivedMark: { zh: "* 推算值", en: "* derived" },
  statedOnly: { zh: "仅有变化幅度", en: "only the change is stated" },
  sourceLine: {
    zh: "来源：《京津冀协同发展——创造新时代高质量发展的标杆（辉煌历程）》。§ = 文章小节（0 为导语，其余按主题顺序），¶ = 段落；“官方补充”行来自官方逐年数据（不属于文章）。`jjj show <编号>` 查看详情与发布机构。",
    en: "Source: the article “京津冀协同发展——创造新时代高质量发展的标杆（辉煌历程）”. § = article section (0 = the lead, then the themes in order), ¶ = paragraph; rows marked “official” are official yearly figures beyond the article. `jjj show <id>` for details and publisher.",
  },
  noRows: { zh: "没有符合条件的结果。", en: "Nothing matches." },
} as const;

export type MessageKey = keyof typeof MESSAGES;

export function t(key: MessageKey, lang: Lang): string {
  return MESSAGES[key][lang];
}
