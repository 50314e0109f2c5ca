/** Every user-facing text that is not data, in Chinese: the keys and parameters of en.ts. */
import type { Catalog } from "./en.js";

const KIND_ZH = { sources: "来源", themes: "主题", places: "地点", facts: "事实" } as const;

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
  "dataset.controlChar": (p) => `第 ${p.at} 个字符是控制字符 U+${p.code}`,
  "dataset.lineBreakChar": (p) => `第 ${p.at} 个字符是换行 U+${p.code}`,
  "dataset.bidiChar": (p) => `第 ${p.at} 个字符是双向文字控制符 U+${p.code}`,
  "dataset.zeroWidthChar": (p) => `第 ${p.at} 个字符是零宽字符 U+${p.code}`,
  "dataset.badCharFix": "删去它：标签、名称和编号都是一行普通文字（数据文件中的文字只会被显示，不会被执行）",
  "dataset.badCharFixProse": "删去它：说明文字可以用 \\n 换行，但不能含其他控制字符、双向控制符或不可见字符",
  "dataset.duplicateKey": (p) => `同一对象中键 "${p.key}" 出现了两次`,
  "dataset.duplicateKeyFix": "只保留一个：JSON 会悄悄只保留最后一个",
  "dataset.forbiddenKey": (p) => `不允许使用键 "${p.key}"`,
  "dataset.forbiddenKeyFix": "删除它：数据文件不需要 __proto__、constructor 或 prototype 这样的键",
  "dataset.blankFile": "只有空白，没有 JSON",
  "dataset.blankFileFix": '数据文件是一个 JSON 对象；最小的是 {}，有用的是 {"facts": [ … ]}',
  "dataset.moreProblems": (p) => `……另有 ${p.count} 个问题`,
  "dataset.moreProblemsFix": (p) => `先改正以上问题，或用 \`${p.command}\` 列出全部`,
  "dataset.valueRange": (p) => `${p.value} 超出了数值的合理范围：|数值| ≤ ${p.max}`,
  "dataset.valueRangeFix": (p) =>
    `检查数字和单位：jjj 接受绝对值不超过 ${p.max} 的数值（用较大的单位，如 yuan-100m，数字就小）`,
  "dataset.changeRange": (p) => `${p.percent}% 的变化超出了合理范围：|百分比| ≤ ${p.max}`,
  "dataset.changeAllGone": (p) => `${p.percent}% 的变化会使数值归零或为负：下降幅度应小于 100%`,
  "dataset.changeFix": "用带正负号的百分数写相对变化：下降 51% 写 -51，增长 25% 写 25",
  "dataset.derivedBad": (p) => `由这一变化推算的 ${p.year} 年数值将是 ${p.value}，不是合理的正数`,
  "dataset.derivedBadFix": "检查变化的百分比和它另一端的数值",
  "dataset.isDirectory": "是目录，不是数据文件",
  "dataset.isDirectoryFix": "给出一个 .json 文件的路径",
  "dataset.notRegular": "不是普通文件",
  "dataset.notRegularFix": "把数据存成 .json 文件，再给出它的路径",
  "dataset.emptyFile": "是空文件",
  "dataset.tooBig": (p) => `有 ${p.mib} MiB（${p.bytes} 字节），超过了 ${p.limit} MiB 的上限`,
  "dataset.tooBigFix": "把它拆成几个较小的文件，分别用 --data 给出",
  "dataset.bom": "以 UTF-8 字节顺序标记（BOM）开头",
  "dataset.bomFix": "另存为不带 BOM 的 UTF-8（多数编辑器里选“UTF-8”，而不是“UTF-8 with BOM”）",
  "dataset.utf16": "是 UTF-16 文本，不是 UTF-8",
  "dataset.utf16Fix": "用“UTF-8”编码另存",
  "dataset.notUtf8": (p) => `不是有效的 UTF-8 文本：字节 0x${p.byte}`,
  "dataset.notUtf8Fix": "用“UTF-8”编码另存（GBK 等其他编码的中文不能直接读）",
  "dataset.noFile": "没有这个文件",
  "dataset.noFileFix": "检查路径：相对路径从当前目录算起",
  "dataset.noPermission": "无法读取：没有权限",
  "dataset.noPermissionFix": "检查文件的权限",
  "dataset.unreadable": (p) => `无法读取（${p.code}）`,
  "dataset.unreadableFix": "检查文件是否存在、能否读取",
  "dataset.duplicateId": (p) => `${KIND_ZH[p.kind]}编号 "${p.id}" 重复：已在 ${p.file} 的 ${p.path} 定义`,
  "dataset.duplicateIdBundledFix": (p) =>
    `换一个编号："${p.id}" 是 jjj 自带数据中的${KIND_ZH[p.kind]}（\`${p.command}\` 列出全部）`,
  "dataset.duplicateIdFix": "给其中一个改名：编号在所有文件中必须唯一",
  "dataset.themeOrderUsed": (p) => `主题顺序 ${p.order} 已被 "${p.id}"（${p.file}）使用`,
  "dataset.themeOrderFix": (p) => `每个主题的 order 各不相同；${p.free} 还没有被使用`,
  "dataset.unknownRef": (p) => `未知的${KIND_ZH[p.kind]} "${p.id}"`,
  "dataset.unknownRefDefineFix": (p) =>
    `在 "${p.kind}" 里定义它（只用 --data-only 载入的文件时，主题、地点和来源须自己定义）`,
  "dataset.unknownRefFix": (p) =>
    `${p.close ? `是否想写 ${p.close}？` : ""}${p.all ? `${KIND_ZH[p.kind]}有：${p.all}` : `\`${p.command}\` 列出全部`}；或在 "${p.kind}" 里定义它`,
  "dataset.withinItself": (p) => `地点 "${p.id}" 最终位于自身之内：${p.chain}`,
  "dataset.withinItselfFix": '删去其中一个 "within"',

  // query

  // view

  // render

  // chart

  // present

  // quiz
};
