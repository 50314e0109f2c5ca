/** Every user-facing text that is not data, in Chinese: the keys and parameters of en.ts. */
import type { Catalog, NumberKind } from "./en.js";

const NUMBER_KINDS: Record<NumberKind, string> = {
  "number.whole": "整数",
  "number.year": "年份",
  "number.rows": "行数",
  "number.seconds": "秒数",
};

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
  "error.numberOption": (p) =>
    `${p.option} 应为 ${p.min} 到 ${p.max} 之间的${NUMBER_KINDS[p.what]}，而不是 "${p.value}"`,
  "hint.forExample": (p) => `例如 ${p.example}`,

  // cli
  "helpTitle.usage": "用法：",
  "helpTitle.options": "选项：",
  "helpTitle.arguments": "参数：",
  "helpTitle.commands": "命令：",
  "helpTitle.globalOptions": "全局选项：",
  "help.choices": (p) => `可选：${p.list}`,
  "help.default": (p) => `默认：${p.value}`,
  "commander.unknownOption": (p) => `未知选项 "${p.option}"${p.suggestion ? `（是否想用 ${p.suggestion}？）` : ""}`,
  "commander.missingArgument": (p) => `缺少必需的参数 <${p.name}>`,
  "commander.tooMany": (p) => `${p.command ? `${p.command} ` : ""}的参数过多：应为 ${p.expected} 个，实际 ${p.got} 个`,
  "commander.badChoice": (p) => `选项 ${p.option} 的值 "${p.value}" 无效；可选：${p.choices}`,
  "commander.badValue": (p) => `选项 ${p.option} 的值 "${p.value}" 无效：${p.reason}`,
  "commander.needsValue": (p) => `选项 ${p.option} 缺少值`,
  "emit.error.unknownFields": (p) => `\`${p.command}\` 没有字段 ${p.names}`,
  "emit.hint.validFields": (p) => `${p.near ? `是否想用 ${p.near}？` : ""}可用的字段：${p.valid}`,
  "emit.error.document": (p) => `\`${p.command}\` 输出的是一个文档而不是列表：--format ${p.format} 不适用`,
  "emit.hint.document": (p) => `这里请用 --format table、json 或 ndjson；列表类命令（${p.listings}）支持所有格式`,
  "context.error.dataOnly": "--data-only 需要至少一个 --data 文件（或 JJJ_DATA）",
  "context.hint.dataOnly": "用 --data <文件> 给出你的数据文件，或去掉 --data-only",
  "output.error.jsonFormat": (p) => `--json 与 --format ${p.format} 相互矛盾`,
  "output.hint.jsonFormat": "--json 是 --format json 的简写：只给其中一个",
  "output.error.noFields": (p) => `--fields 至少需要一个字段名，而不是 "${p.raw}"`,
  "output.hint.noFields": "给出以逗号分隔的列表，例如 --fields id,label.en；`jjj schema <command>` 列出字段",
  "help.footer":
    '\n环境变量：\n  LC_ALL, LC_MESSAGES, LANG  未给 --lang 时决定语言（zh* → 中文，其他 → 英文）\n  NO_COLOR                   设为任意非空值：不着色\n  FORCE_COLOR                0 = 不着色，1–3 = 即使在管道中也着色\n  TERM=dumb                  不着色，并且只用 ASCII 字符画图（同 --ascii）\n  COLUMNS                    未给 --width 时的表格宽度\n  JJJ_DATA                   要额外加载的数据文件，用 ":" 分隔（同 PATH）\n  JJJ_DEBUG=1                内部错误时打印调用栈\n\n退出码：0 成功（结果为空也算），1 数据或运行错误，2 用法错误；\npresent 和 quiz 在终端中：Ctrl-C 后为 130，SIGTERM 后为 143（`jjj help exit-codes`）。',
  "help.topic.exit-codes":
    "jjj 的退出码：\n\n  0  成功；没有匹配结果时也是（JSON 输出 []，表格在标准错误上给出提示），\n     管道的读取端提前关闭时也是（jjj compare | head -1）\n  1  数据或运行错误：数据文件有误，或内部错误\n  2  用法错误：未知的命令、选项、字段、主题或事实编号，或取值不对；\n     消息会说明错在哪里，并尽量指出本意（“是否想找 …”）\n  130  jjj present 或 jjj quiz 在终端中被 Ctrl-C（或 SIGINT）中止，终端先恢复原状；\n       按 q 或 Esc 结束时退出码为 0\n  143  jjj present 或 jjj quiz 被 SIGTERM 中止，终端先恢复原状\n\n错误以一行写到标准错误：`jjj: <错误内容>`，随后是一行 `提示：`。除非设置 JJJ_DEBUG=1，\n否则不打印调用栈。\n",
  "help.topicSummary.exit-codes": "退出码及其含义",
  "help.topic.environment":
    '会改变 jjj 输出的环境变量：\n\n  LC_ALL, LC_MESSAGES, LANG  未给 --lang 时标签和消息的语言：\n                             取第一个已设置的；zh* → 中文，其他 → 英文\n  NO_COLOR                   设为任意非空值：不着色（https://no-color.org）\n  FORCE_COLOR                0 或 false：不着色；1、2、3：按该色深着色，即使在管道中\n  TERM=dumb                  不着色，并且只用 ASCII 字符画图（同 --ascii）\n  COLORTERM=truecolor        着色时使用 24 位真彩色\n  COLUMNS                    未给 --width 时的表格宽度\n  JJJ_DATA                   与内置数据一起加载的额外数据文件，用 ":" 分隔\n                             （同 PATH）；--data 可再添加\n  JJJ_DEBUG=1                内部错误时打印调用栈\n\n是否着色，按优先顺序：先看 --color always|never（以及 --no-color）；再看 NO_COLOR；\n然后是 FORCE_COLOR；然后是 TERM=dumb；否则只在标准输出是终端时着色。只有表格会着色：\nJSON、NDJSON、CSV、TSV 和 Markdown 从不着色。\n\n宽度，按优先顺序：--width，然后 COLUMNS，然后终端宽度，否则为 80。\n',
  "help.topicSummary.environment": "会改变输出的环境变量",
  "help.topic.formatting":
    "输出格式：--format table|json|ndjson|csv|tsv|md（--json 是 --format json 的简写）\n\n  table   供人阅读的对齐表格（默认；在终端中着色）\n  json    由记录组成的 JSON 数组（`--json` 是它的简写）\n  ndjson  每行一条紧凑的 JSON 记录\n  csv     RFC 4180 CSV，UTF-8，带表头行；嵌套字段变成带点的列名（label.zh）\n  tsv     制表符分隔，带表头行；制表符、换行和反斜杠转义为 \\t \\n \\\\\n  md      Markdown 表格，附带表格的注释\n\n每个列表命令都支持全部格式：themes、facts、compare、search、timeline、export、schema。\n`jjj show <id>` 以 JSON 输出一个对象；单独运行 `jjj`（概览）支持 table、json 和 ndjson。\n\n--fields a,b,c 选择字段及其顺序（与 gh --json 的做法相同）：顶层键（id、label），或用点号\n深入嵌套对象的路径（label.zh、from.value、change.relative）。JSON 和 NDJSON 保留嵌套；\nCSV、TSV、Markdown 和表格每个字段一列。不给 --fields 时，CSV 和 TSV 每个叶子字段一列；\n剩下的数组和对象以 JSON 写在一个单元格里，null 为空单元格。未知字段是用法错误（退出码 2），\n并会列出有效的字段。\n`jjj schema <command>` 输出某个命令输出内容的 JSON Schema。\n\n结果为空也算成功：JSON 为 []，NDJSON 什么也不输出，CSV 和 TSV 只有表头行，表格和\nMarkdown 则在标准错误上给出提示。\n\n示例：\n  $ jjj compare --format csv --fields id,label.en,from.value,to.value\n  $ jjj facts --format ndjson | jq -c '{id, kind}'\n  $ jjj themes --format md > themes.md\n  $ jjj schema compare\n",
  "help.topicSummary.formatting": "输出格式与 --fields",

  // commands
  "overview.summary": "一屏概览：主题、主要数字和接下来可以试的命令",
  "themes.summary": "按文章顺序列出九个主题",
  "themes.description": "按顺序列出文章的九个主题：编号、中英文名称、事实数量和摘要。",
  "facts.summary": "列出全部事实，包括数字和有日期的事件",
  "facts.description": "列出文章中的全部事实（数字和有日期的事件），以及各自的数值、单位、年份和来源。",
  "facts.option.theme": "只列出这个主题的事实（见 `jjj themes`）",
  "show.summary": "完整显示一个事实及其来源",
  "show.description":
    "完整显示一个事实：各个数值及其限定语，推算值及其公式和区间，地点，来源的章节和段落，以及相关事实。加 --source 时只显示每个数字的出处：文章的章节和段落，或官方发布机构及其可信度和说明。",
  "show.argument.id": "事实编号（见 `jjj facts` 或 `jjj search`）",
  "show.option.source": "只显示事实的来源：章节标题和段落，或发布机构",
  "compare.summary": "比较 2014 年与 2020 年（或任意两年）",
  "compare.description":
    "比较每个数量在两年之间的变化：两端的数值、变化量（占比以百分点计）、相对变化和年均复合增长率。来源的基准年不同时，使用该基准年并加以标注。",
  "compare.option.from": "较早的年份",
  "compare.option.to": "较晚的年份",
  "compare.option.theme": "只比较这个主题的数量（见 `jjj themes`）",
  "compare.option.chart": "把每个数量的两年画成一对条形，而不是表格",
  "chart.summary": "把事实的趋势画成折线图，或把数值画成条形图",
  "chart.description":
    "在真实的时间轴上画出一个或多个事实：年份间距与时间成比例，公布的数字与推算的数字分开标记，缺失的年份留空。文章中的事实会附带延伸它的最长三条官方序列，各自标明发布机构；写出其他序列的编号可以加上它们，用 --article-only 则一条也不画。不给编号时，列出可以画图的事实。",
  "chart.argument.ids": "事实编号（见 `jjj chart`）；不区分大小写，也不管标点：pm2.5、PM2.5 和 pm 都指 pm25",
  "chart.option.bars": "画横向条形图：每个年份、地点或类别一条",
  "chart.option.index": "把每条序列换算成以首年为 100 的指数，使单位不同的序列可以画在同一张图上",
  "chart.option.height": (p) => `折线图的行数（${p.min}–${p.max}）`,
  "sources.summary": "列出全部来源（文章和官方发布机构）及各自提供的内容",
  "sources.description":
    "列出 jjj 中数字的全部来源：文章，以及补充序列的官方发布机构；每个来源都注明它提供的事实和数值的数量，以及是哪些事实。",
  "search.summary": "用中文或英文关键词查找事实和主题",
  "search.description":
    "同时用中文和英文搜索编号、名称、说明、地点和单位，与 --lang 无关。忽略大小写、空格和标点（PM2.5 = pm25）。给出几个词时，必须全部匹配。结果依次按以下顺序排列：编号完全相同，编号开头相同，名称，然后是说明、地点和单位；每条结果都显示所属主题和匹配的字段。",
  "search.argument.text": "要查找的内容：一个或几个词（医保、雄安、PM2.5、poverty）",
  "search.option.theme": "只显示这个主题中的结果（见 `jjj themes`）",
  "timeline.summary": "按日期顺序列出有日期的事件和数字，从 2013 年到 2020 年底",
  "timeline.description":
    "按日期顺序列出每个有日期的事件和每个带年份或日期的数字，以及所属主题和来源。日期保留来源的精度；约数 2020-12 指 2020 年底。同一年中，确切日期在前，年度数字在后。",
  "timeline.option.theme": "只列出这个主题（见 `jjj themes`）",
  "timeline.option.kind": "只列事件，或只列数字",
  "export.summary": "输出整个数据集（两层数据）及来源",
  "export.description":
    "输出整个数据集：文章中的数字和官方补充序列，以及主题、地点和来源。--json 输出一个对象 {sources, themes, places, facts}；--format csv、tsv 或 ndjson 每个数值、所述变化或事件占一行，各带所属事实和来源；--format md 输出按主题分组、便于阅读的讲义。--article-only 不含补充序列。--as-data 改为输出数据文件，格式与 --data 和 `jjj validate` 读取的相同（见 `jjj schema dataset`），例如把你自己的文件和内置数据合并成一个文件。",
  "export.option.asData": "输出数据文件（--data 读取的格式），而不是记录",
  "present.summary": "以全屏幻灯片展示数字，供课堂使用",
  "present.description":
    "在终端中全屏放映幻灯片：一张标题页，每个主题一张（用大字显示主要数字），一张 PM2.5 趋势图，以及 2014 → 2020 的对比。按键：→ 空格 n PageDown 下一张；← p PageUp 上一张；Home End 首张、末张；输入数字再按 Enter 跳转；l 切换语言；? 显示按键；q Esc Ctrl-C 退出。终端总会恢复原状。幻灯片随窗口大小排版，窗口改变时重新绘制（--width 不起作用）。不在终端中（在管道中）时，按顺序以纯文本输出每张幻灯片。--export md 把整套幻灯片写成以 --- 分隔的 Markdown 幻灯片（Marp、reveal.js、Slidev）。",
  "present.option.theme": "只放映这个主题：它的幻灯片、图表和对比（见 `jjj themes`）",
  "present.option.auto": (p) => `自动放映：每隔这么多秒换一张（${p.min}–${p.max}），循环播放`,
  "present.option.export": "把幻灯片写成 Markdown，而不是放映",
  "present.keys":
    "\n按键：\n  → Space n PageDown Enter   下一张\n  ← p PageUp Backspace        上一张\n  Home End                    第一张、最后一张\n  6 Enter                     跳到第 6 张\n  l                           切换 English / 中文\n  ?                           显示按键\n  q Esc Ctrl-C                退出（退出码 0；Ctrl-C 为 130）\n",
  "quiz.summary": "用数字出题测验，附来源和得分",
  "quiz.description":
    "根据数据集出选择题：哪个数字、哪一年、两个数字哪个大、某个数量变化了多少，以及判断对错。只出数据能判定答案的题；每个答案都附有来源。在终端中每题按一个键作答（a–d 或 1–4；q 结束）；不在终端中时，从标准输入读取答案，每行一个，输入结束时测验结束并给出当前得分。--seed 让题目可以重现，全班可以共用一套题；不给时会选定一个种子并显示出来。--json 输出带答案的题目（供学习平台使用）；--format md 输出一份练习单，答案附在末尾。",
  "quiz.option.count": (p) => `题目数量（1–${p.max}）`,
  "quiz.option.theme": "只出这个主题的题（见 `jjj themes`）",
  "quiz.option.seed": "题目的种子：同一个种子在任何地方都得到同样的题目",
  "validate.summary": "检查你自己的数据文件，准确指出问题所在",
  "validate.description":
    "只检查数据文件，不做其他事，检查方式与实际加载时相同：合并到内置数据上（连同 JJJ_DATA 和 --data 的文件），或用 --data-only 单独检查。通过时，每个文件一行，列出主题、事实和数值的数目；否则列出每一个问题，各带文件名、JSON 语法错误的行:列或结构问题的 JSON 路径，以及修改办法。--json 把问题输出为记录（没有问题时为 []）。退出码：全部有效为 0，有问题为 1，用法错误为 2。`jjj schema dataset` 输出数据文件的 JSON Schema。",
  "validate.argument.files": "数据文件（JSON，UTF-8，每个不超过 64 MiB）",
  "schema.summary": "输出某个命令输出内容的 JSON Schema",
  "schema.description":
    "不给参数时，列出已发布的 JSON 约定。给出一个时，输出它的 JSON Schema（draft 2020-12）：即 `jjj <command> --json` 输出内容的结构，以及 --fields 接受的字段。`jjj schema dataset` 是数据文件的 schema。在同一个主版本内，字段只会增加，不会改名或删除。",
  "schema.argument.name": "一个命令，或 `dataset`",
  "completion.summary": "输出 bash、zsh 或 fish 的命令补全脚本",
  "completion.description":
    "输出一个脚本，让你的 shell 补全 jjj 的命令、选项、选项值、主题编号和事实编号。脚本由 jjj 自身的定义和数据生成，因此总与当前版本一致。",
  "completion.argument.shell": "要补全的 shell",
  "help.summary": "显示某个命令或主题的帮助：exit-codes、environment、formatting",
  "help.description":
    "显示某个命令的帮助（与 `jjj <command> --help` 相同），或某个主题的帮助：exit-codes、environment、formatting。不给参数时，显示总的帮助。",
  "help.argument.topic": "一个命令，或以下之一：exit-codes、environment、formatting",
  "option.lang": "标签和消息的语言",
  "option.format": "输出格式，见 `jjj help formatting`",
  "option.json": "输出供脚本使用的 JSON：同 --format json",
  "option.fields": "只输出这些以逗号分隔的字段，按此顺序，例如 id,label.en,to.value（见 `jjj schema <command>`）",
  "option.articleOnly": "只用文章本身的数字，不含官方补充序列",
  "option.color": "输出着色：auto（在终端中着色）、always 或 never",
  "option.noColor": "同 --color never",
  "option.ascii": "只用 ASCII 字符画图表和表格边框",
  "option.data": "另外加载这个数据文件（可重复使用；见 `jjj schema dataset`）",
  "option.dataOnly": "只用 --data 给出的文件，不用内置数据",
  "option.width": "表格宽度，以列计（默认：终端宽度，否则为 80）",
  "program.description": "在终端中查看京津冀协同发展的事实与数字。",
  "option.version": "显示版本号",
  "option.help": "显示帮助",
  "compare.error.order": (p) => `--from ${p.from} 不早于 --to ${p.to}`,
  "compare.hint.order": "--from 的年份应早于 --to",
  "help.examples": "示例：",

  // dataset

  // query

  // view

  // render

  // chart

  // present

  // quiz
};
