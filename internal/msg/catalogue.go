package msg

// catalogue maps each English format that reaches editors to its Chinese
// format: the same verbs for the same arguments, in any order (%[2]q).
// Plain, polite office Chinese that says what to write instead. Grouped by
// the package that says it; TestCatalogueCoversTheCode lists what is
// missing. A format may end in "\n" as the code writes it: Translate
// keeps a text's final newlines.
var catalogue = map[string]string{
	// internal/diag
	` (did you mean %q?)`: `（是否要写 %q？）`,

	// cmd/gongkai
	"the site `folder`": "站点`文件夹`",
	"the output `folder` (default public/, or public-internal/ with --scope internal, inside the site)":            "输出`文件夹`（默认为站点内的 public/，使用 --scope internal 时为 public-internal/）",
	"treat `DATE` (2026-11-27) as today for everything that depends on it (default: today in the site's timezone)": "把 `DATE`（如 2026-11-27）当作今天，凡与日期有关的都按这一天计算（默认：站点时区的今天）",
	`publish drafts and items awaiting review too (for previews only)`:                                             `草稿和待审核的信息也一并发布（仅用于预览）`,
	`also print each board's sheets to boards/NN/board-NN.pdf with a local Chromium`:                               `同时用本机的 Chromium 把每块公开栏的版面打印为 boards/NN/board-NN.pdf`,
	"the Chromium or Chrome `program` for --pdf (default: found on PATH, or $GONGKAI_CHROME)":                      "--pdf 所用的 Chromium 或 Chrome `程序`（默认：在 PATH 中查找，或用 $GONGKAI_CHROME）",
	`print nothing but warnings and errors`:                                                                        `只显示警告和错误，其他一概不显示`,
	`gongkai build: unexpected argument %q; the site folder is given with -s
`: `gongkai build: 多余的参数 %q；站点文件夹请用 -s 指定
`,
	`gongkai build: interrupted; %s was left as it was
`: `gongkai build: 已中断；%s 保持原样
`,
	`build failed: %s; the previous output was left as it was
`: `生成失败：%s；原先的输出保持原样
`,
	`[-s DIR] [--now DATE] [--strict] [--next] [--lang zh|en]

Checks every item, public and internal (党内) alike, future ones included;
drafts only for errors in their front matter. Also checks the office's registers
under records/ (requests, feedback, rectifications), of which builds publish
only counts and what a record marks public.`: `[-s DIR] [--now DATE] [--strict] [--next] [--lang zh|en]

检查全部信息，公开的和党内的一样检查，将来发布的也在内；
草稿只检查其前置信息中的错误。同时检查办公室在 records/ 下的台账
（依申请公开、留言、整改），网站只发布其中的数字和台账标明公开的内容。`,
	"check as of `DATE` (2026-11-27) (default: today in the site's timezone)": "按 `DATE`（如 2026-11-27）检查（默认：站点时区的今天）",
	`fail (exit 1) on warnings too`:                                           `有警告也视为失败（退出状态 1）`,
	`then list what changes by itself in the next %d days (notices ending, items falling due, published, unlisted…), one line per item`: `然后列出今后 %d 天内会自动发生的变化（公示结束、到期应更新、定时发布、撤下列表……），每条信息一行`,
	`check: %s, %s, in public and internal (党内) items alike
`: `check: %s，%s，公开和党内信息一并计算
`,
	`check: %s (--strict), in public and internal (党内) items alike
`: `check: %s（--strict），公开和党内信息一并计算
`,
	`%s: note: a build on %s adds %s to it:
`: `%s: 提示：按 %s 生成会在其中新增 %s：
`,
	`dated %s, this new item comes before %s in its 索引号 series and would move the number of that published item to %s; write index_no = %q to give it a number of its own`: `日期为 %s，这条新信息在索引号序列中排在 %s 之前，会使那条已发布信息的索引号变为 %s；请写 index_no = %q，给它一个单独的编号`,
	`Usage: gongkai %s %s`: `用法：gongkai %s %s`,
	"`public` is what society may see; internal adds the 党内公开 items": "`public` 为面向社会公开的内容；internal 另含党内公开的信息",
	`gongkai %s: --scope must be public or internal, not %q
`: `gongkai %s: --scope 只能是 public 或 internal，不能是 %q
`,
	"the `language` of messages: zh (中文) or en (default: English when LANG is English, else the site's language, else Chinese)": "消息所用的`语言`：zh（中文）或 en（英文）（默认：LANG 为英文时用英文，否则用站点的语言，再否则用中文）",
	`gongkai — 县委县政府权力公开透明运行 站点生成器

Usage:
`: `gongkai — 县委县政府权力公开透明运行 站点生成器

用法：
`,
	`
Run "gongkai COMMAND --help" for the options of a command.
Exit status: 0 success, 1 errors in the site's files (all printed) or a failed publish, 2 bad usage.
`: `
运行 "gongkai 命令 --help" 查看该命令的选项；所有命令都可加 --lang en 或 --lang zh。
退出状态：0 成功；1 站点文件有错误（全部列出）或发布失败；2 用法错误。
`,
	`gongkai: unknown command %q

%s`: `gongkai: 没有 %q 这个命令

%s`,
	`gongkai version: unexpected argument %q
`: `gongkai version: 多余的参数 %q
`,
	"the site `folder` a new item goes into":                                     "新信息所在站点的`文件夹`",
	"treat `DATE` (2026-11-27) as today (default: today in the site's timezone)": "把 `DATE`（如 2026-11-27）当作今天（默认：站点时区的今天）",
	`gongkai new: want "site DIR" or "CATEGORY PATH", such as:
  gongkai new site demo
  gongkai new cadre cadre/wang-gongshi
`: `gongkai new: 请写 "site DIR" 或 "CATEGORY PATH"，例如：
  gongkai new site demo
  gongkai new cadre cadre/wang-gongshi
`,
	`created a site in %s: site.toml with 17 categories, 17 issuers, 10 boards and 2 kiosks,
and a sample item for each category in content/. Next:

  cd %s
  gongkai serve

then open http://127.0.0.1:1313/ in a browser, and edit site.toml and the files in content/.
`: `已在 %s 新建站点：site.toml 中有 17 个公开类别、17 个发布机构、10 块公开栏和 2 台触摸屏，
content/ 中每个类别各有一条示例信息。下一步：

  cd %s
  gongkai serve

然后在浏览器中打开 http://127.0.0.1:1313/，修改 site.toml 和 content/ 中的文件。
`,
	`it is a draft: preview it with gongkai serve --drafts, and delete the line draft = true to publish it`: `这是一份草稿：可用 gongkai serve --drafts 预览，删去 draft = true 这一行即可发布`,
	`no change in %d days`: `%d 天内没有变化`,
	`next change %s: %s`:   `下次变化 %s：%s`,
	`no change in %d days
`: `%d 天内没有变化
`,
	"copy the build to this `folder`, the one the web server serves (default: [publish] to in site.toml)":                                                   "把生成结果复制到这个`文件夹`，即网站服务器提供的文件夹（默认：site.toml 中 [publish] 的 to）",
	"then run this shell `line`, {dir} being the published folder, e.g. 'rsync -a --delete {dir}/ www@host:/srv/www/gongkai/' (default: [publish] command)": "然后运行这一行 shell `命令`，{dir} 代表发布的文件夹，例如 'rsync -a --delete {dir}/ www@host:/srv/www/gongkai/'（默认：[publish] 的 command）",
	`also print each board's sheets to PDF with a local Chromium`:                                                                                           `同时用本机的 Chromium 把每块公开栏的版面打印为 PDF`,
	"the Chromium or Chrome `program` for --pdf":                                                                                                            "--pdf 所用的 Chromium 或 Chrome `程序`",
	`print nothing on success: only warnings, errors and the FAILED line`:                                                                                   `成功时不显示任何内容：只显示警告、错误和“发布失败”那一行`,
	`keep running: publish now, after every change to the site's files, and just after every midnight in the site's timezone`:                               `持续运行：现在发布，此后站点文件每次改动后、站点时区每天零点刚过时再各发布一次`,
	"publish nothing: write the service files that run this command line on `platform` systemd, cron or windows into the working folder":                    "不发布：在当前文件夹写出在 `platform`（systemd、cron 或 windows）上运行这条命令的服务文件",
	`unexpected argument %q; the site folder is given with -s`:                                                                                              `多余的参数 %q；站点文件夹请用 -s 指定`,
	`--command must name the built folder as {dir}, as in --command 'rsync -a --delete {dir}/ www@host:/srv/www/gongkai/'`:                                  `--command 须用 {dir} 表示生成的文件夹，例如 --command 'rsync -a --delete {dir}/ www@host:/srv/www/gongkai/'`,
	`--watch follows the real date, publishing again after midnight; leave out --now`:                                                                       `--watch 按真实日期运行，零点后会再次发布；请去掉 --now`,
	`--schedule writes service files that run --watch themselves; leave out --watch`:                                                                        `--schedule 写出的服务文件本身就以 --watch 运行；请去掉 --watch`,
	`--schedule writes service files that follow the real date; leave out --now`:                                                                            `--schedule 写出的服务文件按真实日期运行；请去掉 --now`,
	`gongkai publish: watching %s; publishing after every change and just after midnight
`: `gongkai publish: 正在监视 %s；每次改动后和每天零点刚过时发布
`,
	"the `YYYY-MM` to report on (default: the month before today)":                            "报告的月份 `YYYY-MM`（默认：上个月）",
	"`YYYY`: the statutory annual report (政府信息公开工作年度报告); YYYY-H1: the half-year work summary": "`YYYY`：政府信息公开工作年度报告；YYYY-H1：上半年工作总结",
	`with --period YYYY: the yearly work summary (年度工作总结) instead of the statutory report`:    `与 --period YYYY 同用：写年度工作总结，而不是法定的年度报告`,
	"`md`, html or csv": "`md`、html 或 csv",
	"treat `DATE` as today (default: today in the site's timezone)": "把 `DATE`当作今天（默认：站点时区的今天）",
	`gongkai report: --format must be md, html or csv, not %q
`: `gongkai report: --format 只能是 md、html 或 csv，不能是 %q
`,
	`report: the site has %s; fix them first
`: `report: 站点有 %s，请先改正
`,
	`--period and --month name two reports; write one of them`:                                         `--period 和 --month 指的是两份报告；请只写其中一个`,
	`--summary is the yearly work summary; write it with --period 2026`:                                `--summary 是年度工作总结；请与 --period 2026 一起写`,
	`--month %q is not a month; write --month 2026-10`:                                                 `--month %q 不是月份；请写 --month 2026-10`,
	`--period %q is not a period; write --period 2026 (the year) or --period 2026-H1 (its first half)`: `--period %q 不是报告期；请写 --period 2026（全年）或 --period 2026-H1（上半年）`,
	`gongkai publish: --schedule must be one of %s, not %q
`: `gongkai publish: --schedule 只能是 %s 之一，不能是 %q
`,
	`gongkai publish: site.toml cannot be read; fix it, then run --schedule again`:                               `gongkai publish: 无法读取 site.toml；请先改正，再运行 --schedule`,
	`%s is already here, with other content; move it away (or run in another folder), then run --schedule again`: `%s 已经存在，且内容不同；请把它移走（或换一个文件夹运行），再运行 --schedule`,
	`install them as root:
  sudo cp %s /etc/systemd/system/
  sudo systemctl daemon-reload
  sudo systemctl enable --now gongkai-publish.timer gongkai-watch.service
then check: systemctl list-timers gongkai-publish.timer; journalctl -u gongkai-publish -u gongkai-watch
`: `请以 root 身份安装：
  sudo cp %s /etc/systemd/system/
  sudo systemctl daemon-reload
  sudo systemctl enable --now gongkai-publish.timer gongkai-watch.service
然后检查：systemctl list-timers gongkai-publish.timer; journalctl -u gongkai-publish -u gongkai-watch
`,
	`add the lines to your crontab (keeping the lines it has):
  (crontab -l 2>/dev/null; cat gongkai.crontab) | crontab -
then check: crontab -l; the runs are logged in the file the lines name
`: `请把这几行加入 crontab（保留原有的行）：
  (crontab -l 2>/dev/null; cat gongkai.crontab) | crontab -
然后检查：crontab -l；运行记录写在这几行所指的文件中
`,
	`import them in a Command Prompt run as administrator:
  schtasks /Create /XML gongkai-publish.xml /TN gongkai-publish
  schtasks /Create /XML gongkai-watch.xml /TN gongkai-watch
then check: schtasks /Query /TN gongkai-publish /V /FO LIST
`: `请在以管理员身份运行的命令提示符中导入：
  schtasks /Create /XML gongkai-publish.xml /TN gongkai-publish
  schtasks /Create /XML gongkai-watch.xml /TN gongkai-watch
然后检查：schtasks /Query /TN gongkai-publish /V /FO LIST
`,
	"listen on this `address` (an IP address, or a host name pages may then use); 0.0.0.0 lets other machines see the preview": "在这个`地址`上监听（IP 地址，或页面可用的主机名）；0.0.0.0 会让其他电脑也能看到预览",
	"listen on this `port`": "在这个`端口`上监听",
	"treat `DATE` (2026-11-27) as today (default: today in the site's timezone, on every rebuild)": "把 `DATE`（如 2026-11-27）当作今天（默认：站点时区的今天，每次重新生成时重新取）",
	`show drafts, and items awaiting review (待审核), too`:                                            `同时显示草稿和待审核的信息`,
	`gongkai serve: unexpected argument %q; the site folder is given with -s
`: `gongkai serve: 多余的参数 %q；站点文件夹请用 -s 指定
`,
	`gongkai serve: --port must be between 1 and 65535, not %d
`: `gongkai serve: --port 须在 1 到 65535 之间，不能是 %d
`,
	`warning: serving on %s, which other machines can reach: anyone on the network sees this preview%s; use --bind 127.0.0.1 unless you mean it
`: `警告：正在 %s 上提供预览，其他电脑也能访问：网络上的任何人都能看到这个预览%s；除非确有需要，请使用 --bind 127.0.0.1
`,
	`serving %s at %s — open it in a browser; press Ctrl-C to stop
`: `正在预览 %s，地址 %s — 请在浏览器中打开；按 Ctrl-C 停止
`,
	`, drafts included`: `，包括草稿`,

	// internal/board
	`%s: a drawing would print its text at %.1fpt, below the board's min_font of %gpt; give the board larger paper or fewer columns, or lower min_font`: `%s：某幅图中的文字会以 %.1fpt 打印，小于公开栏的最小字号 min_font %gpt；请给公开栏换更大的纸张或减少栏数，或调低 min_font`,
	`the bulletin boards' sheets`:    `公开栏版面`,
	`boards index`:                   `公开栏索引`,
	`rendering the boards index: %w`: `生成公开栏索引时出错：%w`,
	`%s: this block is taller than a whole column of the board (%.0f mm; a column holds %s) and cannot be split; shorten it or split it into several, or give the board larger paper or fewer columns`: `%s：这一块比公开栏的整栏还高（%.0f 毫米；一栏只能容纳 %s），且无法拆分；请删减内容或拆成几块，或给公开栏换更大的纸张或减少栏数`,
	`its %d columns on paper %q would each be`:                                      `它的 %d 栏在纸张 %q 上每栏宽`,
	`its column on paper %q would be`:                                               `它的一栏在纸张 %q 上宽`,
	`%s: %s %s wide, too narrow for a line of its %gpt type (at least %.0f mm); %s`: `%s：%s%s，放不下一行 %gpt 的字（至少需要 %.0f 毫米）；%s`,
	`%s: paper %q is too small for this board: its header, footer and margins leave %s for items, and a column needs at least %.0f mm (an item's title, QR code and a few lines); %s`: `%s：纸张 %q 对这块公开栏太小：除去栏头、栏尾和页边，只剩 %s 放信息，而一栏至少需要 %.0f 毫米（一条信息的标题、二维码和几行正文）；%s`,
	`write a larger paper, such as paper = %q`:                           `请写更大的纸张，例如 paper = %q`,
	`write a larger paper, such as paper = "A0", and a smaller min_font`: `请写更大的纸张，例如 paper = "A0"，并调小 min_font`,
	`write columns = %d`:                       `请写 columns = %d`,
	`printing boards/%s/index.html to PDF: %w`: `把 boards/%s/index.html 打印为 PDF 时出错：%w`,
	`board %d lists %s, but that item is internal (党内公开) and the board is public, so no edition shows it there; write scope = "internal" in this board if it stands inside the Party (党内公开栏), or take the item out of items`: `第 %d 块公开栏列出了 %s，但这条信息是党内公开的，而这块公开栏是公开的，所以哪个版本都不会在这里显示它；如果这块公开栏设在党内（党内公开栏），请在其中写 scope = "internal"，否则请把这条信息从 items 中去掉`,
	`board %d lists %s, but that item is not published on boards, so the board leaves it off; add "board" to channel in %s`:                                                                                                  `第 %d 块公开栏列出了 %s，但这条信息不在公开栏发布，所以公开栏不显示它；请在 %s 的 channel 中加上 "board"`,

	// internal/browser
	`no Chromium or Chrome found on PATH; install one (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk) or give its path with --chrome PATH`: `在 PATH 中找不到 Chromium 或 Chrome；请安装一个（Debian/Ubuntu：apt-get install chromium fonts-noto-cjk），或用 --chrome PATH 指定它的位置`,
	`--chrome %s: no such file`: `--chrome %s：没有这个文件`,

	// internal/build
	`theme %q is neither in themes/ nor built in; write theme = "default"`: `主题 %q 既不在 themes/ 中，也不是内置主题；请写 theme = "default"`,
	`the site was built, but %s could not be updated: %w`:                  `站点已生成，但无法更新 %s：%w`,
	`--pdf: %v
the website and the HTML sheets were written to %s, without PDFs; the sheets can also be printed from a browser: open %s`: `--pdf：%v
网站和公开栏的 HTML 版面已写入 %s，没有 PDF；也可以在浏览器中打印版面：打开 %s`,
	`leave out -d to write it to %s/ inside the site, or choose another folder`:                                           `去掉 -d 即写入站点内的 %s/，或另选一个文件夹`,
	`refusing to write the output into %s: it is the site folder, and a build replaces its output folder whole; %s`:       `不能把输出写入 %s：它就是站点文件夹，而生成时会整个替换输出文件夹；%s`,
	`refusing to write the output into %s: it holds the site folder %s, and a build replaces its output folder whole; %s`: `不能把输出写入 %s：它包含站点文件夹 %s，而生成时会整个替换输出文件夹；%s`,
	`refusing to write the output into %s: it is in the site's %s/ folder, which the build reads; %s outside %s/`:         `不能把输出写入 %s：它位于站点的 %s/ 文件夹中，生成时要读取那里；%s，或写到 %s/ 之外`,
	`refusing to write the %s into %s, the folder of the %s; leave out -d to write it to %s/, or choose another folder`:   `不能把%s写入 %s，那是%s的文件夹；去掉 -d 即写入 %s/，或另选一个文件夹`,
	`public edition`: `公开版`,
	`refusing to write the %s into %s: it holds the %s (its %s says scope = %s); leave out -d to write it to %s/ inside the site, or choose another folder`: `不能把%s写入 %s：其中是%s（其 %s 写着 scope = %s）；去掉 -d 即写入站点内的 %s/，或另选一个文件夹`,
	`cannot list the files of the build to check this file: %s`: `无法列出生成的文件，因而无法检查此文件：%s`,

	// internal/calendar
	`%q is not a date; write 2026-11-27`: `%q 不是日期；请写成 2026-11-27 的形式`,

	// internal/channels
	`the theme's styles`:  `主题的样式表`,
	`the theme's scripts`: `主题的脚本`,

	// internal/check
	`category %q (%s) has no public item, so the website shows it as an empty column (空白栏目); publish an item in it, or remove the category`:                                                                                          `公开类别 %q（%s）没有公开的信息，网站上会显示为空白栏目；请在其中发布信息，或删除这个类别`,
	`there are %d, at least %d are needed (add %d more [[boards]] tables)`:                                                                                                                                                           `现有 %d 块，至少需要 %d 块（请再加 %d 个 [[boards]] 表）`,
	`the fixed public boards (固定公开栏) fall short of 实施细则 五.1: %s`:                                                                                                                                                                     `固定公开栏不符合实施细则 五.1：%s`,
	`none carries %s, and no category is labelled so (add a [[categories]] table with label = %q, and its key to a board's categories)`:                                                                                              `没有一块公开栏载有“%s”，也没有哪个公开类别的名称是它（请加一个 label = %q 的 [[categories]] 表，并把它的 key 写入某块公开栏的 categories）`,
	`none carries %s (add categories = [%s] to a board)`:                                                                                                                                                                             `没有一块公开栏载有“%s”（请在某块公开栏中加上 categories = [%s]）`,
	`the publicity window %s to %s has %d working days; %s needs at least %d: write until = %s or later`:                                                                                                                             `公示期 %s 至 %s 只有 %d 个工作日；%s 至少需要 %d 个工作日：请写 until = %s 或更晚的日期`,
	`the consultation window %s to %s is %d days; a major decision must be open for comment at least %d days: write %s = %s or later`:                                                                                                `征求意见期 %s 至 %s 为 %d 天；重大决策征求意见至少 %d 天：请写 %s = %s 或更晚的日期`,
	`the notice is published %s, before its first stage (%s) begins on %s: until then no stage of it is published, and it shows as open for comment from %s to %s; write date = %s, or add the stage begun before it (such as 调查研究)`: `公告发布于 %s，早于第一个环节（%s）开始的 %s：在此之前它的任何环节都不会发布，而它显示的征求意见期为 %s 至 %s；请写 date = %s，或补上在此之前已开始的环节（如 调查研究）`,
	`%d working days`: `%d 个工作日`,
	`published %s, %s after the information was formed on %s; the limit is %d working days (by %s)`:                                      `发布于 %s，在信息形成之日 %[3]s 之后 %[2]s；时限为 %[4]d 个工作日（%[5]s 前）`,
	`published %s, %s after the information was formed on %s; catalog entry %q (site.toml:%d) sets %s: publish by %s, or correct formed`: `发布于 %s，在信息形成之日 %[3]s 之后 %[2]s；公开目录事项 %[4]q（site.toml:%[5]d）规定 %[6]s：请在 %[7]s 前发布，或改正 formed`,
	`this %s item was last updated %s and was due by %s; publish the update and write updated = %s, or a new item with replaces = %q`:    `这条定期公开（%s）的信息最近一次更新于 %s，应于 %s 前更新；请发布更新并写 updated = %s，或发布一条写有 replaces = %q 的新信息`,
	`catalog entry %q has no item; %s`:                                                                                                            `公开目录事项 %q 没有信息；%s`,
	`catalog entry %q has no current item: the newest, %s, is %s; publish an update`:                                                              `公开目录事项 %q 没有现行有效的信息：最新的一条 %s 为“%s”；请发布更新`,
	`publish one in category %s, or list one with items = ["…"]`:                                                                                  `请在类别 %s 中发布一条，或用 items = ["…"] 列出一条`,
	`publish %s, which it lists with items, or list a published item`:                                                                             `请发布 items 中列出的 %s，或列出一条已发布的信息`,
	`each document has its own 文号: correct one of them (a new version of that document has its own number and replaces = %q)`:                     `每份文件的文号各不相同：请改正其中一个（同一文件的新版本有自己的文号，并写 replaces = %q）`,
	`each item has its own 索引号: correct one of them, or remove index_no from this one (%q keeps its own) to number it by [index_no] in site.toml`: `每条信息的索引号各不相同：请改正其中一个，或去掉这条信息的 index_no（%q 保留它自己的），让它按 site.toml 的 [index_no] 编号`,
	`%s %q is already the %s of %s:%d; %s`:                                                                                                        `%[1]s %[2]q 已是 %[4]s:%[5]d 的 %[3]s；%[6]s`,
	`the time limit is extended without approval; 条例 Art. 33 allows one extension, of at most %d working days, approved by the head of the office: write approved_by = "…" under [extension]`: `延期未经批准；条例第三十三条允许延期一次，最长 %d 个工作日，须经政府信息公开工作机构负责人同意：请在 [extension] 下写 approved_by = "…"`,
	`the time limit was extended on %s, after the reply was due on %s; an extension must be decided within the first %d working days: correct its date, or remove [extension]`:                `延期决定于 %s，晚于答复期限 %s；延期须在最初的 %d 个工作日内决定：请改正延期日期，或删去 [extension]`,
	`answered %s, %d working days after the reply was due on %s (%s); the reports count it as answered late`:                                                                                  `答复于 %s，比答复期限 %[3]s 晚了 %[2]d 个工作日（%[4]s）；报告中按逾期答复统计`,
	`no reply, and it was due on %s (%s), %d working days ago; answer the request and write the reply under [reply] with date and outcome`:                                                    `未答复，答复期限为 %s（%s），已超过 %d 个工作日；请答复申请，并在 [reply] 下写明 date 和 outcome`,
	`no reply yet, and it is due on %s, %s (%s)%s`: `尚未答复，答复期限为 %s，%s（%s）%s`,
	`%d working days after it was received on %s`:  `自 %[2]s 收到申请起 %[1]d 个工作日`,
	`, extended by %d`:   `，延长 %d 个工作日`,
	`in 1 working day`:   `还有 1 个工作日`,
	`in %d working days`: `还有 %d 个工作日`,
	`; if it cannot be answered in time, extend it (once, by at most %d working days, with approval) under [extension] with date, approved_by and days`:                          `；如不能按期答复，请在 [extension] 下写明 date、approved_by 和 days 予以延期（只能延期一次，最长 %d 个工作日，须经批准）`,
	`the message received %s has had no reply for %d working days (site.toml [feedback] reply_days = %d: due on %s); reply, and write reply and reply_date`:                      `%s 收到的留言已 %d 个工作日未答复（site.toml 的 [feedback] reply_days = %d：应于 %s 前答复）；请答复，并写明 reply 和 reply_date`,
	`there is no item %q%s; write the item's path in content/ without .md, such as item = "cadre/wang", or remove item`:                                                          `没有 %q 这条信息%s；请写信息在 content/ 中的路径（不带 .md），例如 item = "cadre/wang"，或删去 item`,
	`the rectification %q was due by %s and is not closed, %d days later; when it is done, write closed = %s (the day it was put right)`:                                         `整改事项 %q 应于 %s 前完成，现已超期 %d 天仍未办结；完成后请写 closed = %s（整改到位的日期）`,
	`decided_by %q names no date; write the meeting and its date, such as decided_by = "县委第16次常委会议 2026-11-20"`:                                                                  `decided_by %q 没有写日期；请写会议名称和日期，例如 decided_by = "县委第16次常委会议 2026-11-20"`,
	`decided_by %q holds %s, which is not a date on the calendar; write the meeting's date, such as 2026-11-20`:                                                                  `decided_by %q 中的 %s 不是日历上的日期；请写会议的日期，例如 2026-11-20`,
	`the decision of %s is after the item's date %s; an item outside the catalog is published after the collective decision: correct the date in decided_by, or the item's date`: `%s 的决定晚于信息的日期 %s；目录外事项须在集体研究决定后发布：请改正 decided_by 中的日期或信息的日期`,

	// internal/config
	`paper %q is not a paper size; write paper = "A1" (A0 to A4) or paper = "600x900mm"`:                   `paper %q 不是纸张规格；请写 paper = "A1"（A0 至 A4）或 paper = "600x900mm"`,
	`board number must be between 1 and 99; %s`:                                                            `公开栏编号须在 1 到 99 之间；%s`,
	`board %d has no name; write name = "干部调整任用"`:                                                          `第 %d 块公开栏没有名称；请写 name = "干部调整任用"`,
	`board %d has no paper size; write paper = "A1"`:                                                       `第 %d 块公开栏没有纸张规格；请写 paper = "A1"`,
	`orientation %q must be "portrait" or "landscape"`:                                                     `orientation %q 只能是 "portrait"（竖版）或 "landscape"（横版）`,
	`board %d carries nothing; write categories = ["cadre"], items = ["cadre/wang"] or lists = ["powers"]`: `第 %d 块公开栏没有任何内容；请写 categories = ["cadre"]、items = ["cadre/wang"] 或 lists = ["powers"]`,
	`columns must be 1 to 4; write columns = 2`:                                                            `columns 须为 1 到 4；请写 columns = 2`,
	`min_font is the smallest type size in pt, 8 to 72; write min_font = 14`:                               `min_font 是以磅（pt）为单位的最小字号，8 到 72；请写 min_font = 14`,
	`bleed is in mm, 0 to 20; write bleed = 3`:                                                             `bleed 以毫米为单位，0 到 20；请写 bleed = 3`,
	`crop marks are drawn in the bleed; add bleed = 3 to this board`:                                       `裁切线画在出血区内；请给这块公开栏加上 bleed = 3`,
	`write number = %d, a number no other board uses`:                                                      `请写 number = %d，这个编号没有其他公开栏使用`,
	`every number is taken: remove a board first`:                                                          `所有编号都已用完：请先删去一块公开栏`,
	`%s; the lists a board can carry are "powers" (职权目录, the published powers by holder and type) and "risks" (廉政风险点, the risk points by level)`: `%s；公开栏可载的列表有 "powers"（职权目录，按主体和类型列出已公开的职权）和 "risks"（廉政风险点，按等级列出）`,
	`lists names %q twice; write it once`: `lists 中 %q 写了两次；请只写一次`,
	`kiosk name %q becomes a folder name: use lower-case letters, digits and dashes; write name = "lobby"`:                                                                             `触摸屏名称 %q 会用作文件夹名：请用小写字母、数字和连字符；请写 name = "lobby"`,
	`kiosk kind %q must be "display" or "touch"%s: write kind = "display" for a screen that turns its slides by itself, or kind = "touch" for a touch screen`:                          `触摸屏类型 %q 只能是 "display" 或 "touch"%s：自动翻页的显示屏请写 kind = "display"，触摸屏请写 kind = "touch"`,
	`%s does nothing on a touch kiosk, whose readers turn the pages themselves; remove it, or write kind = "display" for a screen that turns its slides by itself`:                     `%s 对触摸屏不起作用，触摸屏由读者自己翻页；请删去它，或对自动翻页的显示屏写 kind = "display"`,
	`slide_seconds must be at least 3; write slide_seconds = 15`:                                                                                                                       `slide_seconds 至少为 3；请写 slide_seconds = 15`,
	`poll is seconds between checks for a new build, at least 5; write poll = 60`:                                                                                                      `poll 是检查新版本的间隔秒数，至少为 5；请写 poll = 60`,
	`idle is seconds before a touch screen goes back to its start screen, at least 10; write idle = 90`:                                                                                `idle 是触摸屏无人操作后回到首屏的秒数，至少为 10；请写 idle = 90`,
	`kiosk %q shows nothing; write categories = ["cadre", "decisions"]`:                                                                                                                `触摸屏 %q 没有任何内容；请写 categories = ["cadre", "decisions"]`,
	`kiosk %q needs its screen size in pixels; write width = 1920 and height = 1080`:                                                                                                   `触摸屏 %q 需要以像素为单位的屏幕尺寸；请写 width = 1920 和 height = 1080`,
	`kiosk %q is %d × %d pixels, but a screen's width and height are each 320 to 8000 CSS pixels; write the size the screen's browser reports, such as width = 1920 and height = 1080`: `触摸屏 %q 为 %d × %d 像素，但屏幕的宽和高都须在 320 到 8000 个 CSS 像素之间；请写屏幕浏览器报告的尺寸，例如 width = 1920 和 height = 1080`,
	`catalog entry has no name; write name = "任前公示"`:                                                                                                                                   `公开目录事项没有名称；请写 name = "任前公示"`,
	`catalog entry %q names nothing that fulfils it; write category = "cadre" or items = ["cadre/wang"]`:                                                                               `公开目录事项 %q 没有写明由什么来落实；请写 category = "cadre" 或 items = ["cadre/wang"]`,
	`[index_no] org is used only by a pattern; write pattern = "{org}-{year}-{category}-{seq:4}"`:                                                                                      `[index_no] 的 org 只在 pattern 中使用；请写 pattern = "{org}-{year}-{category}-{seq:4}"`,
	`{seq:%s} pads the number to %s digits; write {seq:4} (1 to 8 digits)`:                                                                                                             `{seq:%s} 把序号补足为 %s 位；请写 {seq:4}（1 到 8 位）`,
	`the pattern uses {org}, but [index_no] has no org; write org = "11360100MB1234567X" (the office's code)`:                                                                          `pattern 中用了 {org}，但 [index_no] 没有 org；请写 org = "11360100MB1234567X"（本机关的代码）`,
	`unknown placeholder {%s} in the pattern; use {org}, {year}, {category}, {issuer} and {seq:4}`:                                                                                     `pattern 中有未知的占位符 {%s}；可用 {org}、{year}、{category}、{issuer} 和 {seq:4}`,
	`the pattern has no {seq}, so items of one category and year would share a 索引号; write pattern = %q`:                                                                                `pattern 中没有 {seq}，同一类别同一年的信息会共用一个索引号；请写 pattern = %q`,
	"no site.toml in the site folder; run `gongkai new site DIR` to start a site, or pass the site folder with -s DIR":                                                                 "站点文件夹中没有 site.toml；请运行 `gongkai new site DIR` 新建站点，或用 -s DIR 指定站点文件夹",
	`site.toml cannot be read (permission denied); make it readable (chmod 644 site.toml)`:                                                                                             `无法读取 site.toml（没有权限）；请让它可读（chmod 644 site.toml）`,
	`site.toml is a folder; the site's settings must be a file named site.toml`:                                                                                                        `site.toml 是一个文件夹；站点设置必须是名为 site.toml 的文件`,
	`site.toml cannot be read (%v); check the file and the disk`:                                                                                                                       `无法读取 site.toml（%v）；请检查该文件和磁盘`,
	`site.toml has no title; write title = "某某县委县政府权力公开透明运行"`:                                                                                                                          `site.toml 没有 title；请写 title = "某某县委县政府权力公开透明运行"`,
	`unknown timezone %q; write timezone = "Asia/Shanghai"`:                                                                                                                            `未知的时区 %q；请写 timezone = "Asia/Shanghai"`,
	`site.toml has no base_url; write the address of the published site, such as base_url = "https://gk.example.gov.cn/"`:                                                              `site.toml 没有 base_url；请写站点发布后的网址，例如 base_url = "https://gk.example.gov.cn/"`,
	`base_url %q is not a web address; write base_url = "https://gk.example.gov.cn/"`:                                                                                                  `base_url %q 不是网址；请写 base_url = "https://gk.example.gov.cn/"`,
	`paginate must be at least 1; write paginate = 20`:                                                                                                                                 `paginate 至少为 1；请写 paginate = 20`,
	`every page must say how to send feedback; add [feedback] with phone, email or address`:                                                                                            `每个页面都须说明如何反映意见；请加上 [feedback]，写明 phone、email 或 address`,
	`reply_days is a number of working days; write reply_days = 15`:                                                                                                                    `reply_days 是工作日天数；请写 reply_days = 15`,
	`min_window is a number of working days; write min_window = 5`:                                                                                                                     `min_window 是工作日天数；请写 min_window = 5`,
	`unlist_after counts from the end of a publicity window, which only immediate items have; remove it, or write term = "immediate"`:                                                  `unlist_after 从公示期结束时算起，只有即时公开的信息才有公示期；请删去它，或写 term = "immediate"`,
	`site.toml declares no categories; add [[categories]] with key = "cadre" and label = "干部选任和管理"`:                                                                                    `site.toml 没有声明任何公开类别；请加上 [[categories]]，写 key = "cadre" 和 label = "干部选任和管理"`,
	`this %s has no key; write key = %q (lower-case letters, digits and dashes)`:                                                                                                       `这个 %s 没有 key；请写 key = %q（小写字母、数字和连字符）`,
	`%s key %q must be lower-case letters, digits and dashes; write key = %q`:                                                                                                          `%s 的 key %q 只能用小写字母、数字和连字符；请写 key = %q`,
	`%s %q has no label; write label = "…" with its Chinese name`:                                                                                                                      `%s %q 没有 label；请写 label = "…"，即它的中文名称`,
	`%s %s %q is used twice (first on line %d); each must be unique: %s`:                                                                                                               `%s 的 %s %q 用了两次（第一次在第 %d 行）；每个都须不同：%s`,
	`give this one another %s`: `请给这个另取一个 %s`,
	`risk level`:               `风险等级`,
	`risk type`:                `风险类型`,
	`measure kind`:             `防控措施类型`,
	`[publish] command must name the built folder as {dir}, such as command = "rsync -a --delete {dir}/ www@host:/srv/www/gongkai/"`: `[publish] 的 command 须用 {dir} 表示生成的文件夹，例如 command = "rsync -a --delete {dir}/ www@host:/srv/www/gongkai/"`,
	`[review] from has no effect while review is not required; write required = true, or remove from`:                                `不要求审核时，[review] 的 from 不起作用；请写 required = true，或删去 from`,
	`[review] from is a day; write from = %04d-%02d-%02d`:                                                                            `[review] 的 from 是一个日期；请写 from = %04d-%02d-%02d`,
	`expected a length of time in double quotes: "30d" (days), "6m" (months), "1y" (years), or "never"`:                              `这里应是用双引号括起的时长："30d"（天）、"6m"（月）、"1y"（年）或 "never"`,
	`%q is not a length of time: a number and d (days), m (months) or y (years), or "never"`:                                         `%q 不是时长：应为数字加 d（天）、m（月）或 y（年），或 "never"`,
	`%q is longer than a hundred years`:                                                                `%q 超过一百年`,
	`%q would leave no time at all; give at least "1d", or "never" to keep the item listed`:            `%q 等于没有时间；至少写 "1d"，或写 "never" 让信息一直留在列表中`,
	`%s (did you mean "%s"?)`:                                                                          `%s（是否要写 "%s"？）`,
	`%s: site.toml declares no %s; declare it there under %s with key and label, or remove this value`: `%s：site.toml 没有声明%s；请在 site.toml 的 %s 下用 key 和 label 声明它，或删去这个值`,
	`%s (write one of: %s)`:                                                                            `%s（请写以下之一：%s）`,

	// internal/content
	`alias %q is this item's own address; remove it from aliases`:                    `别名 %q 就是这条信息自己的地址；请把它从 aliases 中删去`,
	`alias %q is listed twice; remove one`:                                           `别名 %q 写了两次；请删去一个`,
	`write the old address as a path from the site root, such as "/cadre/old-name/"`: `请把旧地址写成从站点根目录开始的路径，例如 "/cadre/old-name/"`,
	`is not an address on this site (base_url); %s`:                                  `不是本站的地址（base_url）；%s`,
	`does not start with "/"; %s`:                                                    `不是以 "/" 开头；%s`,
	`has a query or fragment (? or #), which a page cannot answer by itself; %s`:     `带有查询或片段（? 或 #），页面本身无法响应；%s`,
	`holds spaces or control characters; %s`:                                         `含有空格或控制字符；%s`,
	`is the home page; %s`:                                                           `是首页；%s`,
	`names a %s file, and a redirect is an HTML page: a moved attachment cannot redirect; keep the file at its old place (linked from an item) or retire the address in urls.txt`: `指向一个 %s 文件，而跳转页是 HTML 页面：移动过的附件无法跳转；请把文件留在原处（由某条信息链接），或在 urls.txt 中停用这个地址`,
	`is inside %s, which gongkai writes itself; an alias cannot take its place`:                                                                                                   `位于 gongkai 自己生成的 %s 中；别名不能占用它`,
	`alias %q is the address of %s, which is published there; remove the alias, or rename that file`:                                                                              `别名 %q 是 %s 的地址，该文件就发布在那里；请删去别名，或给那个文件改名`,
	`alias %q is the address of the file %s; remove the alias, or rename that file`:                                                                                               `别名 %q 是文件 %s 的地址；请删去别名，或给那个文件改名`,
	`alias %q is also an alias of %s: an old address can lead to one page only; remove it from one of the two`:                                                                    `别名 %q 也是 %s 的别名：一个旧地址只能跳转到一个页面；请从其中一个删去`,
	`a stage needs its name; write stage = "征求意见" (one of %s)`:                                                                                                                    `环节需要名称；请写 stage = "征求意见"（可选：%s）`,
	`stage %s has no start; write start = 2026-11-10 (the day it began)`:                                                                                                          `环节 %s 没有开始日期；请写 start = 2026-11-10（开始的那一天）`,
	`stage %s ends %s, before it starts %s`:                                                                                                                                       `环节 %s 的结束日期 %s 早于开始日期 %s`,
	`%s belongs to the %s stage, not %s; move it there`:                                                                                                                           `%s 属于“%s”环节，而不是“%s”；请移到那里`,
	`a vote counts the members present; write vote = {for = 9, against = 0, abstain = 1}`:                                                                                         `表决结果按出席人数计；请写 vote = {for = 9, against = 0, abstain = 1}`,
	`an evaluation needs its date; write date = 2026-10-20`:                                                                                                                       `评估需要日期；请写 date = 2026-10-20`,
	`evaluation dated %s is before the follow-up began on %s`:                                                                                                                     `评估日期 %s 早于跟踪开始的 %s`,
	`an evaluation needs its findings; write text = "…"`:                                                                                                                          `评估需要写明结论；请写 text = "…"`,
	`the consultation stage needs the last day comments are taken; write end = %s (at least 30 days after start)`:                                                                 `征求意见环节需要写明收集意见的最后一天；请写 end = %s（至少在开始后 30 天）`,
	`the hearing on %s is before the consultation starts on %s`:                                                                                                                   `听证会日期 %s 早于征求意见开始的 %s`,
	`a hearing needs its place; write hearing_place = "县政府三楼会议室"`:                                                                                                                 `听证会需要地点；请写 hearing_place = "县政府三楼会议室"`,
	`stage %s is listed twice; describe each stage once`:                                                                                                                          `环节 %s 写了两次；每个环节只写一次`,
	`stage %s is listed after %s; list stages in the order %s`:                                                                                                                    `环节 %s 写在 %s 之后；请按 %s 的顺序写各环节`,
	`stage %s starts %s, before %s started on %s; stage dates must follow the stages' order`:                                                                                      `环节 %s 开始于 %s，早于 %s 开始的 %s；各环节日期须符合环节顺序`,
	`until %s takes the notice down before the consultation ends on %s; write until = %s`:                                                                                         `until %s 会在征求意见结束（%s）之前撤下公告；请写 until = %s`,
	`the file is empty; start it with front matter: a line "+++", title = "…", date = 2026-11-20, category = "…", then "+++"`:                                                     `文件是空的；请以前置信息开头：一行 "+++"，title = "…"，date = 2026-11-20，category = "…"，再一行 "+++"`,
	`the file must start with front matter: a line "+++", then keys such as title = "…", then a line "+++"`:                                                                       `文件必须以前置信息开头：一行 "+++"，然后是 title = "…" 等各项，再一行 "+++"`,
	`the front matter opened by "+++" on line 1 is never closed; add a line "+++" after its last key`:                                                                             `第 1 行 "+++" 开始的前置信息没有结束；请在最后一项之后加一行 "+++"`,
	`gongkai failed on this file (internal error: %v); please report it together with the file`:                                                                                   `gongkai 处理这个文件时出错（内部错误：%v）；请连同这个文件一起报告`,
	`this item would be written to /%s, the same address as %s; rename one of the files or give one a different slug`:                                                             `这条信息会写到 /%s，与 %s 的地址相同；请给其中一个文件改名，或给其中一个另写 slug`,
	`the home page`: `首页`,
	`the page for addresses that are not found`: `“找不到页面”页`,
	`the list of items`:                         `信息列表`,
	`the feed`:                                  `订阅源`,
	`the sitemap`:                               `站点地图`,
	`the page of %s`:                            `%s的页面`,
	`this file would be published at /%s, where gongkai writes %s; rename the file`: `这个文件会发布在 /%s，而 gongkai 在那里生成%s；请给文件改名`,
	`the item's permanent address`:              `信息的固定地址`,
	`the permanent address of every item in it`: `其中每条信息的固定地址`,
	`%s name %q becomes part of %s (its URL, and the QR code on printed sheets), so it may hold only lower-case letters a-z, digits, '-' and '_'`: `%s名称 %q 会成为%s的一部分（网址，以及印刷版面上的二维码），只能用小写字母 a-z、数字、'-' 和 '_'`,
	`; rename the %s to %q`: `；请把%s改名为 %q`,
	`; rename the %s, writing Chinese words in pinyin (such as %q)`: `；请给%s改名，中文请写成拼音（例如 %q）`,
	`file name %q cannot be written in a link as it is: an attachment's name may hold letters (Chinese too), digits and - _ . ( ), but no spaces or other punctuation; rename it to %q`:  `文件名 %q 不能原样写在链接中：附件名可以用字母（包括汉字）、数字和 - _ . ( )，不能有空格或其他标点；请改名为 %q`,
	`; but %s is there already with that address, so choose another name, or remove one of the two`:                                                                                      `；但 %s 已经使用这个地址，请另取一个名称，或删去两者之一`,
	`folder name %q becomes part of the address of the files in it, and may hold letters (Chinese too), digits and - _ . ( ), but no spaces or other punctuation; rename it to %q`:       `文件夹名 %q 会成为其中文件地址的一部分，可以用字母（包括汉字）、数字和 - _ . ( )，不能有空格或其他标点；请改名为 %q`,
	`this is a folder named like a Markdown file, so nothing in it is read; rename the folder (to %q, if it holds an item's index.md and attachments), or make the item a file named %q`: `这是一个名字像 Markdown 文件的文件夹，其中的内容都不会被读取；请给文件夹改名（如果其中是一条信息的 index.md 和附件，改为 %q），或把这条信息写成名为 %q 的文件`,
	`only files whose names end in ".md" are read as items, so this one is not; rename it to %q`:                                                                                         `只有文件名以 ".md" 结尾的文件才作为信息读取，这个文件不会被读取；请改名为 %q`,
	`expected a step id or a list, found %T`:                                                                                                                              `这里应是步骤 id 或列表，实际是 %T`,
	`every entry must be a step id in double quotes or a table {to = …, label = …}`:                                                                                       `每一项都须是用双引号括起的步骤 id，或表 {to = …, label = …}`,
	`unknown key %q in a branch; a branch has to (the next step's id) and label`:                                                                                          `分支中有未知的键 %q；分支只有 to（下一步的 id）和 label`,
	`%s must be text in double quotes`:                                                                                                                                    `%s 须是用双引号括起的文字`,
	`a branch needs the id of the step it leads to`:                                                                                                                       `分支需要写明它通向的步骤的 id`,
	`"3", or with branch labels [{to = "3", label = "同意"}, {to = "9", label = "不同意"}]`:                                                                                    `"3"，或带分支说明 [{to = "3", label = "同意"}, {to = "9", label = "不同意"}]`,
	`slug %q becomes part of the address: use lower-case letters, digits and dashes; write slug = "wang-gongshi"`:                                                         `slug %q 会成为地址的一部分：请用小写字母、数字和连字符；请写 slug = "wang-gongshi"`,
	`content/%s/ is reserved for pages gongkai generates; move the file to another folder`:                                                                                `content/%s/ 留给 gongkai 生成的页面；请把文件移到其他文件夹`,
	`this item would be published at /%s, the address of the generated %s; rename the file or give it a slug`:                                                             `这条信息会发布在 /%s，即生成的%s的地址；请给文件改名，或写 slug`,
	`missing title; write title = "关于……的公示"`:                                                                                                                              `缺少标题；请写 title = "关于……的公示"`,
	`missing date; write date = 2026-11-20 (the day it is published)`:                                                                                                     `缺少日期；请写 date = 2026-11-20（发布的那一天）`,
	`missing category; write category = "%s" (one of the categories in site.toml)`:                                                                                        `缺少公开类别；请写 category = "%s"（site.toml 中的类别之一）`,
	`missing term; write term = "long-term", "periodic" or "immediate" (长期公开, 定期公开, 即时公开)`:                                                                                `缺少公开方式；请写 term = "long-term"、"periodic" 或 "immediate"（长期公开、定期公开、即时公开）`,
	`an immediate item needs the last day of its publicity window; write until = %s`:                                                                                      `即时公开的信息需要公示期的最后一天；请写 until = %s`,
	`until %s is before date %s; the publicity window must end on or after the day it starts`:                                                                             `until %s 早于 date %s；公示期的结束不能早于开始`,
	`a periodic item needs its update period; write period = "monthly", "quarterly", "half-yearly" or "yearly"`:                                                           `定期公开的信息需要更新周期；请写 period = "monthly"、"quarterly"、"half-yearly" 或 "yearly"`,
	`until is the end of a publicity window, used only by immediate items; remove it or write term = "immediate"`:                                                         `until 是公示期的结束日期，只用于即时公开的信息；请删去它，或写 term = "immediate"`,
	`period is used only by periodic items; remove it or write term = "periodic"`:                                                                                         `period 只用于定期公开的信息；请删去它，或写 term = "periodic"`,
	`withdrawn %s is before date %s`:                                                                                                                                      `withdrawn %s 早于 date %s`,
	`updated %s is before date %s; updated is the day of the latest revision`:                                                                                             `updated %s 早于 date %s；updated 是最近一次修订的日期`,
	`reviewed %s is after date %s; an item is reviewed before it is published: correct reviewed, or write date = %s`:                                                      `reviewed %s 晚于 date %s；信息应先审核后发布：请改正 reviewed，或写 date = %s`,
	`formed %s is after date %s; formed is the day the information came into being, before it is published`:                                                               `formed %s 晚于 date %s；formed 是信息形成（成文）的日期，应在发布之前`,
	`a power needs its type; write power_type = "审批" (one of %s)`:                                                                                                         `职权事项需要类型；请写 power_type = "审批"（可选：%s）`,
	`a power needs its legal basis; write basis = "《党政领导干部选拔任用工作条例》第十条"`:                                                                                                  `职权事项需要法定依据；请写 basis = "《党政领导干部选拔任用工作条例》第十条"`,
	`a power needs its holder; write issuer = "%s" (the issuer that holds it)`:                                                                                            `职权事项需要行使主体；请写 issuer = "%s"（行使该职权的发布机构）`,
	`a power needs its holder, and site.toml declares no issuers; declare the holder in site.toml under [[issuers]] with key and label, then write issuer = its key here`: `职权事项需要行使主体，而 site.toml 没有声明发布机构；请在 site.toml 的 [[issuers]] 下用 key 和 label 声明行使主体，再在这里写 issuer = 它的 key`,
	`a power is drawn as a flowchart of its steps; add a [[steps]] table for each step, with id, name, actor, conditions, target, time_limit and requirements`:            `职权事项以各步骤的流程图表示；请为每一步加一个 [[steps]] 表，写明 id、name、actor、conditions、target、time_limit 和 requirements`,
	`step id %q is already used by step %d; give each step its own id, such as id = "%d"`:                                                                                 `步骤 id %q 已被第 %d 步使用；每一步的 id 须各不相同，例如 id = "%d"`,
	`step %d has no name; write name = "受理"`:                                                                                                                              `第 %d 步没有名称；请写 name = "受理"`,
	`step %d %s has no %s (%s); every step states its 主体, 条件, 目标, 时限 and 要求: write %s = "%s"`:                                                                             `第 %d 步 %s 没有 %s（%s）；每一步都须写明主体、条件、目标、时限和要求：请写 %s = "%s"`,
	`step %d has both next and end = true; a step that ends the flow leads nowhere: remove one of them`:                                                                   `第 %d 步同时有 next 和 end = true；结束流程的一步不通向别处：请删去其中一个`,
	`next = %q names no step of this power%s; the steps are %s`:                                                                                                           `next = %q 不是本职权事项的步骤%s；现有步骤为 %s`,
	`steps %s form a cycle; a flowchart runs one way: send step %s on to a later step, or write end = true`:                                                               `步骤 %s 构成循环；流程图只能单向进行：请让步骤 %s 通向后面的步骤，或写 end = true`,
	`step %d %s is never reached from the first step; add next = "%s" to the step that leads to it, or remove it`:                                                         `从第一步出发永远到不了第 %d 步 %s；请在通向它的那一步加上 next = "%s"，或删去这一步`,
	`type = "操作风险" (one of %s)`:                                                                                                                                           `type = "操作风险"（可选：%s）`,
	`risk %s has no description; write description = "…" saying what could go wrong`:                                                                                      `风险点 %s 没有描述；请写 description = "…"，说明可能出现什么问题`,
	`risk %s has no responsible post; write post = "干部科"`:                                                                                                                 `风险点 %s 没有责任岗位；请写 post = "干部科"`,
	`risk %d has no id; write id = "ZZB-01" (ids are unique across the site, so steps can name them)`:                                                                     `第 %d 个风险点没有 id；请写 id = "ZZB-01"（id 在全站唯一，步骤才能引用）`,
	`risk id %q may not contain spaces or slashes; write id = "ZZB-01"`:                                                                                                   `风险点 id %q 不能含空格或斜杠；请写 id = "ZZB-01"`,
	`risk id %q is used twice in this file; give each risk point its own id`:                                                                                              `风险点 id %q 在这个文件中用了两次；每个风险点的 id 须各不相同`,
	`%s has no %s; write %s`: `%s 没有 %s；请写 %s`,
	`risk %s has no prevention measures; write measures = [{kind = "程序防控", text = "…"}] (kinds: %s)`: `风险点 %s 没有防控措施；请写 measures = [{kind = "程序防控", text = "…"}]（类型：%s）`,
	`kind = "程序防控" (one of %s)`:                                                                                                          `kind = "程序防控"（可选：%s）`,
	`measure %d of risk %s has no text; write text = "…" saying what is done`:                                                            `风险点 %[2]s 的第 %[1]d 项措施没有内容；请写 text = "…"，说明做什么`,
	`step = %q needs the power it is a step of; write power = "flowcharts/…" (the power item's path under content/ without .md)`:         `step = %q 需要写明它所属的职权事项；请写 power = "flowcharts/…"（职权事项在 content/ 下的路径，不带 .md）`,
	`step = %q names no step of this power; the steps are %s`:                                                                            `step = %q 不是这个职权事项的步骤；现有步骤为 %s`,
	`unlist_after counts from the end of the publicity window (until), which only immediate items have; remove it: %s items stay listed`: `unlist_after 从公示期结束（until）时算起，只有即时公开的信息才有公示期；请删去它：%s信息会一直留在列表中`,

	// internal/deploy
	`the command %s was stopped: %w`:       `命令 %s 被中止：%w`,
	`the command %s exited with status %d`: `命令 %s 以状态 %d 退出`,
	`the command %s could not run: %w`:     `命令 %s 无法运行：%w`,
	`no destination: give --to FOLDER or --command '… {dir} …', or set them in site.toml under [publish]`: `没有发布目的地：请用 --to 文件夹 或 --command '… {dir} …' 指定，或写在 site.toml 的 [publish] 下`,
	`%s could not be rewritten: %w`: `无法重写 %s：%w`,
	`the command %q does not name the built folder as {dir}; write it as in rsync -a --delete {dir}/ www@host:/srv/www/gongkai/`:                                                   `命令 %q 没有用 {dir} 表示生成的文件夹；请照 rsync -a --delete {dir}/ www@host:/srv/www/gongkai/ 这样写`,
	`refusing to publish to %s: it is the site folder %s, or inside it, or holds it; publish to a folder outside the site, such as /srv/www/gongkai`:                               `不能发布到 %s：它就是站点文件夹 %s，或在其中，或包含它；请发布到站点之外的文件夹，例如 /srv/www/gongkai`,
	`refusing to publish the %s edition to %s: it holds the %s edition (its %s says scope = %s); choose another --to for each edition`:                                             `不能把%s版发布到 %s：其中是%s版（其 %s 写着 scope = %s）；请为每个版本另选 --to`,
	`refusing to publish to %s: it has files gongkai did not write, and publishing replaces the folder whole; give --to a new or empty folder, or one gongkai published to before`: `不能发布到 %s：其中有不是 gongkai 写的文件，而发布会整个替换该文件夹；请给 --to 一个新的或空的文件夹，或 gongkai 以前发布过的文件夹`,
	`copying to %s: %w`: `复制到 %s 时出错：%w`,

	// internal/diag
	` (did you mean "%s"?)`: `（是否要写 "%s"？）`,

	// internal/flowchart
	`the chart has no steps`:                           `流程图没有步骤`,
	`two steps have the id %q`:                         `有两个步骤的 id 都是 %q`,
	`step %q leads to %q, which is not a step`:         `步骤 %q 通向 %q，但那不是一个步骤`,
	`step %q cannot be reached from the first step %q`: `从第一步 %[2]q 出发到不了步骤 %[1]q`,

	// internal/kiosk
	`the kiosks' screens`:        `触摸屏页面`,
	`kiosk %q shows no item: %s`: `触摸屏 %q 没有可显示的信息：%s`,
	`no item has one of its categories (%s); write categories that have items`:                                                                                                                                               `没有信息属于它的类别（%s）；请写有信息的类别`,
	`no item%s has one of its terms (%s); remove terms, or write the terms of the items it should show`:                                                                                                                      `没有信息%s属于它的公开方式（%s）；请删去 terms，或写它要显示的信息的公开方式`,
	`the items it selects are not published on kiosks; add "kiosk" to the channel of their categories in site.toml, such as channel = ["web", "kiosk"], or to the channel of the items`:                                      `它选出的信息不在触摸屏发布；请在 site.toml 中给这些信息的类别的 channel 加上 "kiosk"，例如 channel = ["web", "kiosk"]，或加在信息的 channel 中`,
	`partials/kiosk-inline.html: a link must write its .Text once, between the tags a kiosk shows a link's text in; it wrote %q`:                                                                                             `partials/kiosk-inline.html：链接的 .Text 须写一次，写在触摸屏显示链接文字的标签之间；实际写的是 %q`,
	`kiosk %q lists %s, but that item is internal (党内公开) and the kiosk is public, so no edition shows it there; write scope = "internal" in this kiosk if the screen stands inside the Party, or take the item out of items`: `触摸屏 %q 列出了 %s，但这条信息是党内公开的，而这台触摸屏是公开的，所以哪个版本都不会在这里显示它；如果这台屏幕设在党内，请在其中写 scope = "internal"，否则请把这条信息从 items 中去掉`,
	`kiosk %q lists %s, but its channel (%s) leaves out kiosks, so it is not shown; add "kiosk" to channel in %s`:                                                                                                            `触摸屏 %q 列出了 %s，但它的 channel（%s）不含触摸屏，所以不显示；请在 %s 的 channel 中加上 "kiosk"`,

	// internal/layout
	`%s; a layout can call the theme's functions (%s) and Go's template functions`:                                                                  `%s；版式可以调用主题的函数（%s）和 Go 模板的函数`,
	`: an {{if}}, {{range}}, {{with}}, {{block}} or {{define}} is not closed; write {{end}} where it ends`:                                          `：{{if}}、{{range}}、{{with}}、{{block}} 或 {{define}} 没有结束；请在结束处写 {{end}}`,
	` (the layout %s defines "main", so base.html frames it; a layout that is a whole document, as board and kiosk layouts are, defines no "main")`: `（版式 %s 定义了 "main"，因此由 base.html 套在外面；完整文档式的版式，如公开栏和触摸屏的版式，不定义 "main"）`,
	` (called from the layout %s)`:                                             `（由版式 %s 调用）`,
	`%s must be a folder; move this file into a folder named %s, or rename it`: `%s 必须是文件夹；请把这个文件移到名为 %s 的文件夹中，或改名`,
	`the theme has no %s.html layout`:                                          `主题没有 %s.html 版式`,
	`the theme has no partials/%s`:                                             `主题没有 partials/%s`,
	` (called from the partial %s)`:                                            `（由部件 %s 调用）`,
	`no base.html in layouts/ or in the theme %q, and every page is placed in it; add layouts/base.html (a new site, made with gongkai new site DIR, has one to copy), or write theme = "default" in site.toml`: `layouts/ 和主题 %q 中都没有 base.html，而每个页面都要放进它；请添加 layouts/base.html（用 gongkai new site DIR 新建的站点中有一份可复制），或在 site.toml 中写 theme = "default"`,
	`; the %s page has %s`: `；%s页面有 %s`,
	`no page uses this file: a site's layout replaces the theme's file of the same name, and the theme has no %s%s; rename it, or move it under layouts/partials/ if other layouts call it`: `没有页面使用这个文件：站点的版式会替换主题中的同名文件，而主题没有 %s%s；请改名，如果其他版式调用它，请移到 layouts/partials/ 下`,

	// internal/ledger
	`/%s was published before, and this build no longer has it`:                                                                                       `/%s 以前发布过，这次生成却没有它`,
	`%s; it seems to have moved to /%s (%s, %s), but a file cannot redirect: put a copy back at content/%s and link it from a published item; or, %s`: `%s；它似乎移到了 /%s（%s，%s），但文件不能跳转：请把副本放回 content/%s，并由一条已发布的信息链接它；或者，%s`,
	`%s; it seems to have moved to /%s (%s, %s): add aliases = ["/%s"] to %s (the address keeps working, as a redirect); or, %s`:                      `%s；它似乎移到了 /%s（%s，%s）：请在 %[6]s 中加上 aliases = ["/%[5]s"]（原地址继续有效，跳转到新地址）；或者，%[7]s`,
	`%s; a file under content/ is published while a published item links to it: put content/%s back and link it; or, %s`:                              `%s；content/ 下的文件只有被已发布的信息链接时才发布：请把 content/%s 放回并链接它；或者，%s`,
	`%s; its key in site.toml is its address: put back the %s with that key; or, %s`:                                                                  `%s；它在 site.toml 中的 key 就是它的地址：请恢复使用这个 key 的%s；或者，%s`,
	`%s; if its item was renamed or moved, add aliases = ["/%s"] to the item's front matter; %s`:                                                      `%s；如果它的信息改了名或移了位置，请在这条信息的前置信息中加上 aliases = ["/%s"]；%s`,
	`same title`: `标题相同`,
	`same name`:  `名称相同`,
	`%s is listed twice, here and on line %d; remove one of the two lines`: `%s 写了两次，这里和第 %d 行；请删去其中一行`,
	`write an address from the site root, such as "/cadre/wang/", optionally followed by the day it was listed and a note, or "retired" and the reason; a line starting with "#" is a comment`: `请写从站点根目录开始的地址，例如 "/cadre/wang/"，后面可写列入的日期和说明，或写 "retired" 和停用原因；以 "#" 开头的行是注释`,
	`%q is not an address: %s`:                                             `%q 不是地址：%s`,
	`%q is not a day; write the day it was listed as 2026-11-27`:           `%q 不是日期；请把列入的日期写成 2026-11-27 的形式`,
	`%q is not a day; write the day the address was retired as 2026-12-01`: `%q 不是日期；请把地址停用的日期写成 2026-12-01 的形式`,

	// internal/markdown
	`the attribute %s runs a script and is not published, even with raw_html = true; remove it`:          `属性 %s 会运行脚本，不予发布，即使 raw_html = true；请删去它`,
	`the attribute srcdoc holds a page of its own and is not published; link to a page with src instead`: `属性 srcdoc 包含一个独立的页面，不予发布；请改用 src 链接到页面`,
	`the attribute %s=%q sets a script as an address and is not published; remove it`:                    `属性 %s=%q 把脚本当作地址，不予发布；请删去它`,
	`a style with %s runs a script and is not published, even with raw_html = true; remove it`:           `含有 %s 的样式会运行脚本，不予发布，即使 raw_html = true；请删去它`,
	`%s and is not published, even with raw_html = true; remove it`:                                      `%s，不予发布，即使 raw_html = true；请删去它`,
	`raw HTML: %s`: `原始 HTML：%s`,

	// internal/model
	`gongkai failed rendering this text (internal error: %v); please report it together with the file`: `gongkai 生成这段文字时出错（内部错误：%v）；请连同这个文件一起报告`,
	`; write an item's path under content/ without .md`:                                                `；请写信息在 content/ 下的路径，不带 .md`,
	`%s names item %q, but there is no content/%s.md%s`:                                                `%s 指定了信息 %q，但没有 content/%s.md%s`,
	`notice ends`:             `公示结束`,
	`notices end`:             `公示结束`,
	`periodic item falls due`: `定期公开的信息到期应更新`,
	`periodic items fall due`: `定期公开的信息到期应更新`,
	`consultation opens`:      `开始征求意见`,
	`consultations open`:      `开始征求意见`,
	`consultation closes`:     `征求意见结束`,
	`consultations close`:     `征求意见结束`,
	`item is published`:       `信息发布`,
	`items are published`:     `信息发布`,
	`item is updated`:         `信息更新`,
	`items are updated`:       `信息更新`,
	`item is withdrawn`:       `信息撤回`,
	`items are withdrawn`:     `信息撤回`,
	`item is superseded`:      `信息被替代`,
	`items are superseded`:    `信息被替代`,
	`notice is unlisted`:      `公示撤下列表`,
	`notices are unlisted`:    `公示撤下列表`,
	`link to %q: %s`:          `链接 %q：%s`,
	`%s: links are not published, only http:, https:, mailto:, tel: and links within the site; %s`:                                                  `%s：这种链接不予发布，只发布 http:、https:、mailto:、tel: 和站内链接；%s`,
	`remove the link, or link to a page instead, such as https://www.example.gov.cn/ or ../cadre/wang.md`:                                           `请删去链接，或改为链接到网页，例如 https://www.example.gov.cn/ 或 ../cadre/wang.md`,
	`put the file beside the item in content/ and link to it by its name, such as [附件](附件.pdf)`:                                                     `请把文件放在 content/ 中这条信息旁边，按文件名链接它，例如 [附件](附件.pdf)`,
	`this is a file on a computer, which readers cannot open; copy it beside the item in content/ and link to it by its name, such as [附件](附件.pdf)`: `这是电脑上的一个文件，读者打不开；请把它复制到 content/ 中这条信息旁边，按文件名链接它，例如 [附件](附件.pdf)`,
	`write its https:// address, or put the file beside the item in content/ and link to it by its name`:                                            `请写它的 https:// 网址，或把文件放在 content/ 中这条信息旁边，按文件名链接它`,
	` (did you mean %s?)`:                                               `（是否要写 %s？）`,
	`link to %q points to no item: there is no %s%s`:                    `链接 %q 没有指向任何信息：没有 %s%s`,
	`there is no file %s; put the file beside the item or fix the name`: `没有 %s 这个文件；请把文件放在这条信息旁边，或改正文件名`,
	`; for a web address, write https://%s`:                             `；如果是网址，请写 https://%s`,
	` (did you mean /%s?)`:                                              `（是否要写 /%s？）`,
	`there is no page /%s on this site%s; link to the item by its file, such as [标题](../%s.md)`: `本站没有 /%s 这个页面%s；请按文件链接到信息，例如 [标题](../%s.md)`,
	`%s belongs to %s, which`: `%s 属于 %s，该信息`,
	`link to %q: %s %s`:       `链接 %q：%s%s`,
	`is internal (党内公开) and this item is public; a public item must not point to it — remove the link or make this item internal`: `是党内公开的，而这条信息是公开的；公开的信息不能指向它——请删去链接，或把这条信息改为党内公开`,
	`is a draft, so its files are not published yet; publish it first (draft = false) or remove the link`:                         `是草稿，它的文件尚未发布；请先发布它（draft = false），或删去链接`,
	`is a draft, so the link would be dead; publish it first (draft = false) or remove the link`:                                  `是草稿，链接会失效；请先发布它（draft = false），或删去链接`,
	`is dated %s, after today, so its files are not published until then`:                                                         `的日期是 %s，晚于今天，在那之前它的文件不会发布`,
	`is dated %s, after today, so the link would be dead until then`:                                                              `的日期是 %s，晚于今天，在那之前链接会失效`,
	`replaces %q, but there is no item with that id; write the old item's path under content/ without .md, such as %q`:            `replaces %q，但没有这个 id 的信息；请写旧信息在 content/ 下的路径，不带 .md，例如 %q`,
	`an item cannot replace itself; write the id of the older item it supersedes, or remove %q from replaces`:                     `信息不能替代它自己；请写被它替代的旧信息的 id，或从 replaces 中删去 %q`,
	`the flowchart cannot be drawn: %v`: `无法绘制流程图：%v`,
	`awaits review (待审核); once reviewed, write reviewed_by = "县委办公室 李明" and reviewed = %s`:                                                                         `待审核；审核后请写 reviewed_by = "县委办公室 李明" 和 reviewed = %s`,
	`awaits review (待审核): reviewed is written but not who reviewed it; write reviewed_by = "县委办公室 李明"`:                                                             `待审核：写了 reviewed，但没写审核人；请写 reviewed_by = "县委办公室 李明"`,
	`awaits review (待审核): reviewed_by is written but not the day; write reviewed = %s`:                                                                             `待审核：写了 reviewed_by，但没写审核日期；请写 reviewed = %s`,
	`awaits review (待审核) until %s, the day written as reviewed`:                                                                                                    `待审核，直到 reviewed 所写的 %s`,
	`is outside the catalog (目录外事项) and needs a collective decision before it is published; write decided_by = "县委第15次常委会议 2026-11-20"`:                            `这是目录外事项，发布前须经集体研究决定；请写 decided_by = "县委第15次常委会议 2026-11-20"`,
	`risk id %q is also declared at %s:%d; risk ids are unique across the site, give this one another id`:                                                          `风险点 id %q 在 %s:%d 也声明过；风险点 id 在全站唯一，请给这个另取一个 id`,
	`risk %s belongs to no power and no step names it; write power = "flowcharts/…" (a power item) and step = "…", or matter = "预算分配" (the power matter in words)`: `风险点 %s 不属于任何职权事项，也没有步骤引用它；请写 power = "flowcharts/…"（一条职权事项）和 step = "…"，或写 matter = "预算分配"（用文字写职权事项）`,
	`power = %q names no item%s; write the power item's path under content/ without .md, such as %q`:                                                               `power = %q 没有对应的信息%s；请写职权事项在 content/ 下的路径，不带 .md，例如 %q`,
	`power = %q is an item without [[steps]], not a power; name a power item or write matter = "…" instead`:                                                        `power = %q 是一条没有 [[steps]] 的信息，不是职权事项；请写一条职权事项，或改写 matter = "…"`,
	`step = %q is not a step of %s%s; its steps are %s`:                                                                                                            `step = %q 不是 %s 的步骤%s；它的步骤为 %s`,
	`risk %q is also named by step %q; a risk point belongs to one step: declare one risk point per step`:                                                          `风险点 %q 也被步骤 %q 引用；一个风险点只属于一个步骤：请每个步骤各声明自己的风险点`,
	`risk %q is not declared in any item%s; declare it in a [[risks]] table with id = %q, level, type, description, measures and post`:                             `风险点 %q 没有在任何信息中声明%s；请在 [[risks]] 表中声明它，写明 id = %q、level、type、description、measures 和 post`,
	`risk %q belongs to step %q of %s (%s:%d), not to step %q of this power; name it where it belongs or change its power and step`:                                `风险点 %[1]q 属于 %[3]s（%[4]s:%[5]d）的步骤 %[2]q，而不是这个职权事项的步骤 %[6]q；请在它所属的地方引用它，或修改它的 power 和 step`,

	// internal/output
	`%s: gongkai failed (internal error: %v); please report it with this message`: `%s：gongkai 出错（内部错误：%v）；请连同这条消息一起报告`,

	// internal/plaintext
	`the file is saved as UTF-16 (“Unicode”); save it as UTF-8 text (记事本: 另存为 → 编码 UTF-8)`:                                  `文件保存为 UTF-16（“Unicode”）编码；请另存为 UTF-8 文本（记事本：另存为 → 编码 UTF-8）`,
	`the file holds a NUL byte, so it is not a text file; save it as UTF-8 text, or if it is not text give it another name`: `文件中有 NUL 字节，不是文本文件；请另存为 UTF-8 文本，如果它不是文本，请给它改一个名字`,
	`the file is not UTF-8 text (is it saved as GBK?); save it as UTF-8 (记事本: 另存为 → 编码 UTF-8)`:                              `文件不是 UTF-8 文本（是否保存成了 GBK？）；请另存为 UTF-8（记事本：另存为 → 编码 UTF-8）`,

	// internal/publish
	`refusing to write the %s edition into %s: it holds the %s edition (its %s says scope = %s)`:                   `不能把%s版写入 %s：其中是%s版（其 %s 写着 scope = %s）`,
	`refusing to replace %s: it has files gongkai did not write; empty it or choose another output folder with -d`: `不能替换 %s：其中有不是 gongkai 写的文件；请清空它，或用 -d 另选输出文件夹`,
	`output folder %s: %w`: `输出文件夹 %s：%w`,
	`output folder %s is a file, not a folder; choose a folder with -d`: `输出文件夹 %s 是一个文件，不是文件夹；请用 -d 选择一个文件夹`,
	`output folder %s: cannot lock %s: %w`:                              `输出文件夹 %s：无法锁定 %s：%w`,
	`%s has no %s: gongkai did not write it, and changes nothing in it`: `%s 中没有 %s：它不是 gongkai 写的，gongkai 不会改动其中任何内容`,
	`writing %s: the folder is gone`:                                    `写入 %s 时出错：文件夹已不存在`,
	`moving the previous output %s aside: %w`:                           `把原先的输出 %s 移开时出错：%w`,
	`putting the new output in place at %s: %w`:                         `把新输出放到 %s 时出错：%w`,
	`output folder %s: cannot make %s: %w`:                              `输出文件夹 %s：无法创建 %s：%w`,
	`output folder %s: cannot write a temporary folder beside it in %s (%w); make %s writable or choose another output folder with -d`: `输出文件夹 %s：无法在旁边的 %s 中写临时文件夹（%w）；请让 %s 可写，或用 -d 另选输出文件夹`,
	`no free temporary name beside %s`:                           `%s 旁边没有可用的临时名称`,
	`invalid output path %q`:                                     `无效的输出路径 %q`,
	`%s and %s both write %s`:                                    `%s 和 %s 都要写 %s`,
	`%s writes the file %s, but %s writes a folder of that name`: `%s 要写文件 %s，但 %s 要写同名的文件夹`,
	`%s writes %s, but %s writes a file named %s`:                `%s 要写 %s，但 %s 要写名为 %s 的文件`,
	`the build was stopped`:                                      `生成已停止`,

	// internal/qr
	`QR code for %q: %w`: `%q 的二维码：%w`,

	// internal/records
	`the message has no received date; write received = 2026-11-20`:                                                                   `留言没有收到日期；请写 received = 2026-11-20`,
	`the message has no topic; write topic = "…" (what it is about, in a few words)`:                                                  `留言没有主题；请写 topic = "…"（用几个字说明内容）`,
	`the reply has no date; write reply_date = 2026-11-20 (the day it was sent)`:                                                      `答复没有日期；请写 reply_date = 2026-11-20（发出的那一天）`,
	`reply_date without a reply; write reply = "…" (what was answered)`:                                                               `有 reply_date 却没有答复；请写 reply = "…"（答复的内容）`,
	`publish = true, but there is no reply to publish; write reply = "…" and reply_date, or remove publish`:                           `写了 publish = true，却没有可公开的答复；请写 reply = "…" 和 reply_date，或删去 publish`,
	`%s %s is before %s %s; write the day it happened, %s or later`:                                                                   `%s %s 早于 %s %s；请写实际发生的日期，即 %s 或更晚`,
	`gongkai does not know this register%s; the registers are %s`:                                                                     `gongkai 不认识这个台账%s；台账有 %s`,
	`the request has no received date; write received = 2026-11-20 (the day the office received it)`:                                  `申请没有收到日期；请写 received = 2026-11-20（办公室收到申请的那一天）`,
	`the request has no applicant kind; write applicant = "自然人", or for an organisation "商业企业", "科研机构", "社会公益组织", "法律服务机构" or "其他组织"`: `申请没有申请人类型；请写 applicant = "自然人"，法人或其他组织请写 "商业企业"、"科研机构"、"社会公益组织"、"法律服务机构" 或 "其他组织"`,
	`the request has no subject; write subject = "…" (the information asked for)`:                                                     `申请没有申请内容；请写 subject = "…"（所申请的信息）`,
	`the extension has no date; write date = 2026-11-20 under [extension] (the day it was decided)`:                                   `延期没有日期；请在 [extension] 下写 date = 2026-11-20（作出延期决定的那一天）`,
	`the extension's date`: `延期日期`,
	`days = %d: an extension adds 1 to %d working days (条例 Art. 33); write days = %d or fewer`:  `days = %d：延期为 1 到 %d 个工作日（条例第三十三条）；请写 days = %d 或更少`,
	`the reply has no date; write date = 2026-11-20 under [reply] (the day the reply was sent)`: `答复没有日期；请在 [reply] 下写 date = 2026-11-20（发出答复的那一天）`,
	`the reply's date`: `答复日期`,
	`the reply has no outcome; write outcome = "予以公开", "部分公开", "不予公开", "无法提供", "不予处理" or "其他处理" under [reply]`: `答复没有处理结果；请在 [reply] 下写 outcome = "予以公开"、"部分公开"、"不予公开"、"无法提供"、"不予处理" 或 "其他处理"`,
	`%s takes no reason in the national table; remove reason`:                                `全国统一表格中，%s 不填理由；请删去 reason`,
	`%s needs its reason; write reason = %q (or another of: %s) under [reply]`:               `%s 需要写明理由；请在 [reply] 下写 reason = %q（或以下之一：%s）`,
	`the follow-up has no kind; write kind = "行政复议" or "行政诉讼"`:                               `后续程序没有类型；请写 kind = "行政复议" 或 "行政诉讼"`,
	`the follow-up has no result; write result = "维持", "纠正", "其他" or "尚未审结"`:                 `后续程序没有结果；请写 result = "维持"、"纠正"、"其他" 或 "尚未审结"`,
	`the supervisor has no name; write name = "…"`:                                           `监督员没有姓名；请写 name = "…"`,
	`the evaluation has no date; write date = 2026-11-20`:                                    `评议没有日期；请写 date = 2026-11-20`,
	`the evaluation has no subject; write subject = "…" (what was evaluated)`:                `评议没有对象；请写 subject = "…"（评议的内容）`,
	`public = true, but there is no result to publish; write result = "…", or remove public`: `写了 public = true，却没有可公开的结果；请写 result = "…"，或删去 public`,
	`the rectification has no what; write what = "…" (what must be put right)`:               `整改事项没有 what；请写 what = "…"（需要整改的问题）`,
	`the rectification has no who; write who = "…" (the office responsible)`:                 `整改事项没有 who；请写 who = "…"（负责整改的单位）`,
	`the rectification has no deadline; write deadline = 2026-12-31`:                         `整改事项没有 deadline；请写 deadline = 2026-12-31`,
	`the task has no text; write task = "…"`:                                                 `任务没有内容；请写 task = "…"`,
	`follow-up kind`:  `后续程序类型`,
	`reason for 不予公开`: `不予公开的理由`,
	`reason for 无法提供`: `无法提供的理由`,
	`reason for 不予处理`: `不予处理的理由`,
	`reason for 其他处理`: `其他处理的理由`,

	// internal/redirect
	`rendering the redirect page /%s: %w`: `生成跳转页 /%s 时出错：%w`,

	// internal/report
	`text before the first part; begin the file with a heading: %s`:            `第一部分之前有文字；请以标题开头：%s`,
	`## %s is no part of the annual report written in words; write one of: %s`: `## %s 不属于年度报告的文字部分；请写以下之一：%s`,
	`## %s is written twice; keep one`:                                         `## %s 写了两次；请保留一个`,

	// internal/scaffold
	`the built-in theme's archetypes/%s.md`:                         `内置主题的 archetypes/%s.md`,
	`the built-in archetype`:                                        `内置模板`,
	`%s; the categories of this site are: %s`:                       `%s；本站的公开类别有：%s`,
	`%s does not give a valid item, so nothing was written: %v`:     `%s 不能生成有效的信息，因此没有写入任何文件：%v`,
	`%q %s; write a path under content/ such as cadre/wang-gongshi`: `%q %s；请写 content/ 下的路径，例如 cadre/wang-gongshi`,
	`leads out of content/`:                                         `跑到了 content/ 之外`,
	`names no file`:                                                 `没有指明文件`,
	`has a part the build skips (names starting with . _ or #)`:     `有一部分会被生成时跳过（以 . _ 或 # 开头的名称）`,
	`the new site.toml is invalid (a bug in gongkai): %v`:           `新的 site.toml 无效（gongkai 的缺陷）：%v`,
	`%s is not empty, and a new site goes into a new or empty folder; choose another name, such as gongkai new site %s`: `%s 不是空的，新站点只能建在新的或空的文件夹中；请另取一个名字，例如 gongkai new site %s`,
	`%s already exists; gongkai new never overwrites a file: choose another name`:                                       `%s 已经存在；gongkai new 从不覆盖文件：请另取一个名字`,

	// internal/schedule
	`00:05 in %s: CRON_TZ is read by cronie (Red Hat, Fedora, openEuler); Debian's cron ignores it, so there set the computer's time zone to %s`: `%s 时间 00:05：CRON_TZ 由 cronie（Red Hat、Fedora、openEuler）读取；Debian 的 cron 会忽略它，在那里请把电脑的时区设为 %s`,
	`00:05 in %s is %02d:%02d in this computer's time zone (%s)`:                                                                                 `%s 时间 00:05 即本机时区（%[4]s）的 %02[2]d:%02[3]d`,
	`unknown platform %q: write systemd, cron or windows`:                                                                                        `未知的平台 %q：请写 systemd、cron 或 windows`,

	// internal/serve
	`the site has not been built yet: see the errors in the terminal`:                                    `网站尚未生成：请查看终端中的错误`,
	`cannot listen on %s port %d: %w; is another gongkai serve running? choose another port with --port`: `无法在 %s 的端口 %d 上监听：%w；是否已有另一个 gongkai serve 在运行？请用 --port 另选端口`,
	`no item awaits review (待审核) any more`:                                                               `已没有待审核的信息`,
	`1 item awaits review (待审核) and is not shown; gongkai serve --drafts shows it, marked`:               `有 1 条信息待审核，未显示；gongkai serve --drafts 会显示它，并标明待审核`,
	`%d items await review (待审核) and are not shown; gongkai serve --drafts shows them, marked
`: `有 %d 条信息待审核，未显示；gongkai serve --drafts 会显示它们，并标明待审核
`,
	`gongkai: internal error while building: %v
%s`: `gongkai: 生成时发生内部错误：%v
%s`,
	`gongkai 内部错误（internal error）: %v — the last good site is still served; please report this with the terminal output`: `gongkai 内部错误：%v — 仍显示上一次成功生成的网站；请连同终端中的输出一起报告`,
	`gongkai 内部错误（internal error）: %v — please report this with the terminal output`:                                     `gongkai 内部错误：%v — 请连同终端中的输出一起报告`,
	`every page reloads (%d of %d files rendered)`:                                                                       `所有页面重新载入（生成了 %d 个文件，共 %d 个）`,
	`built %d files in %d ms
`: `已生成 %d 个文件，用时 %d 毫秒
`,
	`boards and kiosks rebuilt in %d ms: %s%s
`: `公开栏和触摸屏已重新生成，用时 %d 毫秒：%s%s
`,
	`rebuilt in %d ms: %s%s
`: `已重新生成，用时 %d 毫秒：%s%s
`,
	`; the errors are fixed`: `；错误已改正`,
	`build failed: %s; the browser shows them, and the last good site is still served
`: `生成失败：%s；浏览器中显示了这些错误，仍显示上一次成功生成的网站
`,
	`build failed: %s; the browser shows them, and the site appears as soon as they are fixed
`: `生成失败：%s；浏览器中显示了这些错误，改正后网站即会出现
`,

	// internal/sitefs
	`%s is a symbolic link to %s, outside the site folder; gongkai does not read files from outside the site: copy the file into the site instead of linking to it`: `%s 是指向站点文件夹之外 %s 的符号链接；gongkai 不读取站点之外的文件：请把文件复制到站点中，不要用链接`,
	`this is a symbolic link to %s, which does not exist; remove the link, or copy the file here`:                                                                   `这是指向 %s 的符号链接，而它并不存在；请删去链接，或把文件复制到这里`,
	`this symbolic link cannot be followed (%v); copy the file here instead of linking to it`:                                                                       `无法跟随这个符号链接（%v）；请把文件复制到这里，不要用链接`,
	`this is a symbolic link to a folder, and gongkai does not follow links to folders; move or copy the folder here instead`:                                       `这是指向文件夹的符号链接，gongkai 不跟随指向文件夹的链接；请把文件夹移到或复制到这里`,
	`outside the site folder`: `在站点文件夹之外`,
	`this is a symbolic link to %s, outside the site folder; gongkai publishes only what is inside the site: copy the %s here instead of linking to it`: `这是指向站点文件夹之外 %s 的符号链接；gongkai 只发布站点之内的内容：请把%s复制到这里，不要用链接`,
	`this %s is reached through %s, a symbolic link to %s, outside the site folder; copy the %s into the site instead of linking to it`:                 `这个%s要经过 %s 才能到达，那是指向站点文件夹之外 %s 的符号链接；请把%s复制到站点中，不要用链接`,
	`this %s cannot be read (permission denied); make it readable (chmod %s %s) or move it out of the site`:                                             `这个%s无法读取（没有权限）；请让它可读（chmod %s %s），或移出站点`,
	`this %s cannot be read (%v); check the %s and the disk`:                                                                                            `这个%s无法读取（%v）；请检查该%s和磁盘`,

	// internal/tomlx
	`a time of day alone is not a date`:                   `只有时刻而没有日期`,
	`%q is not a date`:                                    `%q 不是日期`,
	`%q is not a date on the calendar`:                    `%q 不是日历上的日期`,
	`%s is not a date`:                                    `%s 不是日期`,
	`TOML syntax error: %s`:                               `TOML 语法错误：%s`,
	` (text values need double quotes: title = "…")`:      `（文字值须用双引号括起：title = "…"）`,
	` (each key may appear only once)`:                    `（每个键只能出现一次）`,
	`unknown key %q%s%s`:                                  `未知的键 %q%s%s`,
	`text in double quotes`:                               `用双引号括起的文字`,
	`a whole number`:                                      `整数`,
	`true or false`:                                       `true 或 false`,
	`a list of tables`:                                    `表的列表`,
	`every entry must be text in double quotes, found %s`: `每一项都须是用双引号括起的文字，实际是 %s`,
	`expected text or a list of texts, found %s`:          `这里应是文字或文字列表，实际是 %s`,

	// internal/watch
	`cannot watch %s: %v; changes there will not be picked up until serve is restarted`: `无法监视 %s：%v；重新启动 serve 之前，那里的改动不会生效`,
	`watching files: %v; reading the whole site again`:                                  `监视文件时出错：%v；重新读取整个站点`,

	// internal/web
	`the lists by category`:      `各类别的列表`,
	`the lists by term`:          `各公开方式的列表`,
	`the lists by issuer`:        `各发布机构的列表`,
	`the catalog`:                `公开目录`,
	`the archive`:                `归档`,
	`the pages of the home list`: `首页列表的各页`,
	`the search page`:            `搜索页`,
	`职权目录 (power list)`:          `职权目录`,
	`register of %s risks`:       `风险等级为“%s”的廉政风险点登记表`,
	`the website`:                `网站`,

	// cmd/gongkai
	`1 error`:      `1 个错误`,
	`%d errors`:    `%d 个错误`,
	`1 warning`:    `1 个警告`,
	`%d warnings`:  `%d 个警告`,
	`1 address`:    `1 个地址`,
	`%d addresses`: `%d 个地址`,
	`built %s: %d items, %d pages (%s), %s in %d ms; %s`: `已生成 %s：%d 条信息，%d 个页面（%s），%s，用时 %d 毫秒；%s`,

	// internal/model
	`%d notice ends`:             `%d 项公示结束`,
	`%d notices end`:             `%d 项公示结束`,
	`%d periodic item falls due`: `%d 条定期公开的信息到期应更新`,
	`%d periodic items fall due`: `%d 条定期公开的信息到期应更新`,
	`%d consultation opens`:      `%d 项开始征求意见`,
	`%d consultations open`:      `%d 项开始征求意见`,
	`%d consultation closes`:     `%d 项征求意见结束`,
	`%d consultations close`:     `%d 项征求意见结束`,
	`%d item is published`:       `%d 条信息发布`,
	`%d items are published`:     `%d 条信息发布`,
	`%d item is updated`:         `%d 条信息更新`,
	`%d items are updated`:       `%d 条信息更新`,
	`%d item is withdrawn`:       `%d 条信息撤回`,
	`%d items are withdrawn`:     `%d 条信息撤回`,
	`%d item is superseded`:      `%d 条信息被替代`,
	`%d items are superseded`:    `%d 条信息被替代`,
	`%d notice is unlisted`:      `%d 项公示撤下列表`,
	`%d notices are unlisted`:    `%d 项公示撤下列表`,
	`alias %q %s`:                `别名 %q %s`,

	// internal/config: Vocab.Unknown
	`unknown %s %q`:             `未知的%s %q`,
	`unknown category %q`:       `未知的公开类别 %q`,
	`unknown issuer %q`:         `未知的发布机构 %q`,
	`unknown term %q`:           `未知的公开方式 %q`,
	`unknown channel %q`:        `未知的发布渠道 %q`,
	`unknown scope %q`:          `未知的公开范围 %q`,
	`unknown period %q`:         `未知的更新周期 %q`,
	`unknown list %q`:           `未知的列表 %q`,
	`unknown power_type %q`:     `未知的职权类型 %q`,
	`unknown risk level %q`:     `未知的风险等级 %q`,
	`unknown risk type %q`:      `未知的风险类型 %q`,
	`unknown measure kind %q`:   `未知的防控措施类型 %q`,
	`unknown stage %q`:          `未知的决策环节 %q`,
	`unknown follow-up kind %q`: `未知的后续程序类型 %q`,
	`category`:                  `公开类别`,
	`issuer`:                    `发布机构`,
	`term`:                      `公开方式`,

	// internal/tomlx: unknown keys
	`unknown key %q in %s (did you mean "%s"?)`: `%[2]s 中有未知的键 %[1]q（是否要写 "%[3]s"？）`,
	`unknown key %q in %s`:                      `%[2]s 中有未知的键 %[1]q`,
	`unknown key %q (did you mean "%s"?)`:       `未知的键 %q（是否要写 "%s"？）`,
	`unknown key %q`:                            `未知的键 %q`,
	`%s (text)`:                                 `%s（文字）`,
	`%s (a number)`:                             `%s（数字）`,
	`%s (a date)`:                               `%s（日期）`,
	`a list`:                                    `列表`,
	`a table`:                                   `表`,

	// internal/board, internal/kiosk: names
	`board %d`:     `第 %d 块公开栏`,
	`kiosk %q`:     `触摸屏 %q`,
	`only %.0f mm`: `只有 %.0f 毫米`,

	// internal/build: editions
	`internal (党内公开) edition`: `党内公开版`,

	// internal/ledger
	`if the address is meant to go, mark this line retired: "/%s  %s %s <reason>"`: `如果这个地址确实要停用，请把这一行标为停用："/%s  %s %s <原因>"`,
	`same 文号`: `文号相同`,

	// internal/model: links to items the reader cannot see
	`link to %q: %s is internal (党内公开) and this item is public; a public item must not point to it — remove the link or make this item internal`: `链接 %q：%s 是党内公开的，而这条信息是公开的；公开的信息不能指向它——请删去链接，或把这条信息改为党内公开`,
	`link to %q: %s is a draft, so its files are not published yet; publish it first (draft = false) or remove the link`:                         `链接 %q：%s 是草稿，它的文件尚未发布；请先发布它（draft = false），或删去链接`,
	`link to %q: %s is a draft, so the link would be dead; publish it first (draft = false) or remove the link`:                                  `链接 %q：%s 是草稿，链接会失效；请先发布它（draft = false），或删去链接`,
	`link to %q: %s is dated %s, after today, so its files are not published until then`:                                                         `链接 %q：%s 的日期是 %s，晚于今天，在那之前它的文件不会发布`,
	`link to %q: %s is dated %s, after today, so the link would be dead until then`:                                                              `链接 %q：%s 的日期是 %s，晚于今天，在那之前链接会失效`,

	// internal/web: reserved pages
	`廉政风险点 register`: `廉政风险点登记表`,
	`the 依申请公开 page`: `依申请公开页面`,
	`the 留言回应 page`:  `留言回应页面`,
	`the 监督评议 page`:  `监督评议页面`,

	// internal/sitefs
	`this is a symbolic link to %s, outside the site folder; gongkai publishes only what is inside the site: copy the file here instead of linking to it`:   `这是指向站点文件夹之外 %s 的符号链接；gongkai 只发布站点之内的内容：请把文件复制到这里，不要用链接`,
	`this is a symbolic link to %s, outside the site folder; gongkai publishes only what is inside the site: copy the folder here instead of linking to it`: `这是指向站点文件夹之外 %s 的符号链接；gongkai 只发布站点之内的内容：请把文件夹复制到这里，不要用链接`,
	`this file is reached through %s, a symbolic link to %s, outside the site folder; copy the file into the site instead of linking to it`:                 `这个文件要经过 %s 才能到达，那是指向站点文件夹之外 %s 的符号链接；请把文件复制到站点中，不要用链接`,
	`this folder is reached through %s, a symbolic link to %s, outside the site folder; copy the folder into the site instead of linking to it`:             `这个文件夹要经过 %s 才能到达，那是指向站点文件夹之外 %s 的符号链接；请把文件夹复制到站点中，不要用链接`,
	`this file cannot be read (permission denied); make it readable (chmod %s %s) or move it out of the site`:                                               `这个文件无法读取（没有权限）；请让它可读（chmod %s %s），或移出站点`,
	`this folder cannot be read (permission denied); make it readable (chmod %s %s) or move it out of the site`:                                             `这个文件夹无法读取（没有权限）；请让它可读（chmod %s %s），或移出站点`,
	`this file cannot be read (%v); check the file and the disk`:                                                                                            `这个文件无法读取（%v）；请检查该文件和磁盘`,
	`this folder cannot be read (%v); check the folder and the disk`:                                                                                        `这个文件夹无法读取（%v）；请检查该文件夹和磁盘`,

	// found by verbs between words
	`created %s (%s) from %s
`: `已根据%[3]s新建 %[1]s（%[2]s）
`,
	`the %s of %s (lists = [%q])`:              `%[2]s的%[1]s（lists = [%[3]q]）`,
	`steps %s form a cycle`:                    `步骤 %s 构成循环`,
	`has a backslash`:                          `含有反斜杠`,
	`%s changed (%d of %d rendered)`:           `%s有改动（生成了 %d 个，共 %d 个）`,
	`1 file`:                                   `1 个文件`,
	`%d files`:                                 `%d 个文件`,
	`%s: expected %s, found %s; write %s = %s`: `%s：这里应是%s，实际是 %s；请写 %s = %s`,

	// cmd/gongkai: --help and Go's flag package
	`Options:`:                            `选项：`,
	` (default %s)`:                       `（默认：%s）`,
	`flag provided but not defined: %s`:   `没有这个选项：%s`,
	`flag needs an argument: %s`:          `选项需要一个值：%s`,
	`invalid value %q for flag %s: %v`:    `选项 %[2]s 的值 %[1]q 无效：%[3]v`,
	`invalid boolean value %q for %s: %v`: `选项 %[2]s 的值 %[1]q 无效：%[3]v`,
	`bad flag syntax: %s`:                 `选项写法有误：%s`,
	`parse error`:                         `无法解析`,

	// site information ([site_info], issue 15)
	`mark %q is not in the static/ folder; put the 党政机关网站 mark's image at static/%s, or correct the path`:                                 `mark %q 不在 static/ 文件夹中；请把党政机关网站标识的图片放在 static/%s，或改正路径`,
	`site_code %q is not a 网站标识码 (ten letters and digits, as the registry gave it); write site_code = "3607210001"`:                       `site_code %q 不是网站标识码（按登记时给出的十位字母和数字填写）；请写 site_code = "3607210001"`,
	`icp %q is not an ICP number; write it as the registry gave it: icp = "赣ICP备12345678号-1"`:                                             `icp %q 不是 ICP 备案号；请按备案时给出的写法填写：icp = "赣ICP备12345678号-1"`,
	`police %q is not a public-security record number; write it as the record gives it: police = "赣公网安备36072102000123号"`:                  `police %q 不是公安机关备案号；请按备案时给出的写法填写：police = "赣公网安备36072102000123号"`,
	`%s %q is not a web address; write the whole address, such as %s = "https://…"`:                                                       `%s %q 不是网址；请写完整地址，例如 %s = "https://…"`,
	`mark %q must be a path inside the site's static/ folder, written from it; for static/images/mark.png write mark = "images/mark.png"`: `mark %q 应是站点 static/ 文件夹内的路径，从 static/ 写起；如图片在 static/images/mark.png，请写 mark = "images/mark.png"`,
	`the site map (网站地图)`: `网站地图`,

	// content: bodies read again when rendered (issue 13)
	`this file could not be read again while the site was built (%v); build again`: `生成站点期间无法再次读取此文件（%v）；请重新生成`,
	`this file changed while the site was built; build again`:                      `生成站点期间此文件有改动；请重新生成`,

	// h16-legible: boards legible from where people stand (issue 16)
	`needs %d sheets on board %s at its smallest type (%gpt, legible from %s), more than %d; add a summary (shown on boards and kiosks with a QR code to the full text), or split the item, or give the board larger paper`:        `在第 %[2]s 号公开栏上以最小字号（%[3]gpt，%[4]s 外可读）需要 %[1]d 张，超过 %[5]d 张；请添加 summary（内容摘要，公开栏和触摸屏显示摘要并附二维码链接全文），或拆分此条，或给公开栏换更大的纸张`,
	`board %s: sheet %d of %d is only %d%% filled; give the board larger paper or more columns so that its items need a sheet fewer, or more categories to fill it`:                                                                `第 %[1]s 号公开栏：第 %[2]d 张（共 %[3]d 张）只排满 %[4]d%%；请换大一号的纸张或增加栏数，少印一张，或增加栏目类别把它排满`,
	`board %s: with columns = %d a line holds about %.0f characters of its %gpt type, and 25 to 40 read best; remove columns to have %d`:                                                                                           `第 %[1]s 号公开栏：columns = %[2]d 时每行约 %.0[3]f 个 %[4]gpt 的字，每行 25 至 40 字最便于阅读；删去 columns 即按默认分 %[5]d 栏`,
	`board %d: min_font = %g is smaller than the %gpt legible from its viewing distance of %s (characters 1/%d of the distance high), so its sheets use %gpt; remove min_font, or write distance = %q if readers stand that close`: `第 %[1]d 号公开栏：min_font = %[2]g 小于在观看距离 %[4]s 处可读的 %[3]gpt（字高为距离的 1/%[5]d），打印稿实际使用 %[6]gpt；请删去 min_font，或在读者确实站得更近时写 distance = %[7]q`,
	`distance %q is not a viewing distance from 0.3 m to 20 m; write distance = "1.5m" (or "150cm")`:                                                                                                                               `distance %q 不是 0.3 米至 20 米之间的观看距离；请写 distance = "1.5m"（或 "150cm"）`,
	// h16-reprint: the print room's ledger (boards.printed) and gongkai boards printed (issue 16)
	"the `DATE` (2026-11-27) the sheets were printed, and the day whose sheets they are (default: today in the site's timezone)": "打印日期 `DATE`（2026-11-27），也是所打印的公开栏内容的日期（默认：站点时区的今天）",
	`mark every board's sheets printed`: `把所有公开栏的各张都记为已打印`,
	`gongkai boards: want "printed" and the boards' numbers, such as:
  gongkai boards printed 05 08
  gongkai boards printed --all
`: `gongkai boards：应写 printed 和公开栏编号，例如：
  gongkai boards printed 05 08
  gongkai boards printed --all
`,
	`gongkai boards printed: give the numbers of the boards printed (gongkai boards printed 05 08) or --all, not both nor neither
`: `gongkai boards printed：请写出已打印的公开栏编号（gongkai boards printed 05 08）或 --all，二者只能写一个
`,
	`gongkai boards printed: %q is not a board's number; write its number as in site.toml, such as 05
`: `gongkai boards printed：%q 不是公开栏编号；请按 site.toml 中的编号写，例如 05
`,
	`gongkai boards printed: the site has %s; nothing was recorded
`: `gongkai boards printed：站点有%s；未作记录
`,
	`gongkai boards printed: there is no board %02d in this edition; the boards are those of site.toml's [[boards]] (an internal board needs --scope internal)
`: `gongkai boards printed：这一版本中没有第 %02d 号公开栏；公开栏即 site.toml 中的 [[boards]]（党内公开栏须加 --scope internal）
`,
	`%s: %s of %s recorded as printed on %s
`: `%s：已记为 %[4]s 打印：%[3]s，共 %[2]s
`,
	`gongkai build: warning: %v
`: `gongkai build：警告：%v
`,
	`%s:%d: %q is not a sheet printed; write the board, the sheet, its fingerprint and the day, as 05 1 3f9a0c12 2026-11-27, or run gongkai boards printed`: `%s:%d: %q 不是一条打印记录；请依次写公开栏编号、第几张、内容码和打印日期，如 05 1 3f9a0c12 2026-11-27，或运行 gongkai boards printed`,
	`board %s never printed`: `%s号公开栏从未打印`,
	`board %s sheet %s`:      `%s号公开栏第 %s 张`,
	`board %s sheets %s`:     `%s号公开栏第 %s 张`,
	`reprint: %s`:            `需重新打印：%s`,
	`%d sheet`:               `%d 张`,
	`%d sheets`:              `%d 张`,
	`%d board`:               `%d 块公开栏`,
	`%d boards`:              `%d 块公开栏`,
	// h17-rounds: kiosk rounds, slide caps, kiosk warnings (issue 17)
	`max_slides is the most slides one item takes in a round, at least 1; write max_slides = 4, or leave it out to share the round among the items`:                                                                                          `max_slides 是一个事项在一轮中最多占用的屏数，至少为 1；请写 max_slides = 4，或删去它，由各事项分享一轮的时长`,
	`round %q is not a length of time; write round = "5m" (minutes) or round = "300s" (seconds)`:                                                                                                                                             `round %q 不是时长；请写 round = "5m"（分钟）或 round = "300s"（秒）`,
	`round %q is how long the screen takes to show every item once, from 1 minute to 1 hour; write round = "5m"`:                                                                                                                             `round %q 是屏幕把全部事项各播放一遍所用的时长，应在 1 分钟到 1 小时之间；请写 round = "5m"`,
	`round %q is shorter than two slides of %d seconds; write round = "5m", or lower slide_seconds`:                                                                                                                                          `round %q 比两屏（每屏 %d 秒）还短；请写 round = "5m"，或减小 slide_seconds`,
	`idle does nothing on a display kiosk, which has no start screen to go back to; remove it, or write kind = "touch" for a touch screen`:                                                                                                   `idle 对显示屏不起作用，显示屏没有可返回的起始画面；请删去它，或对触摸屏写 kind = "touch"`,
	`kiosk %q carries no item on %s: none of the items it selects is in force that day, so the screen shows only its contact page; add categories or items that have items in force, or take the screen out of [[kiosks]] until it has some`: `屏幕 %q 在 %s 没有可播放的事项：它选取的事项当天都不在公开期内，屏幕只会显示联系页；请增加有现行事项的 categories 或 items，或在有事项之前把这块屏幕从 [[kiosks]] 中删去`,
	`kiosk %q carries %d items on %s: at one slide each with the contact slide, %d slides of %d seconds take %s, longer than its round of %s; write round = %q, lower slide_seconds, or move some categories to another kiosk`:               `屏幕 %[1]q 在 %[3]s 有 %[2]d 个事项：即使每个事项只占一屏，加上联系页共 %[4]d 屏，每屏 %[5]d 秒，需要 %[6]s，超过一轮的时长 %[7]s；请写 round = %[8]q，或减小 slide_seconds，或把部分类别移到另一块屏幕`,
	`kiosk %q would show %q twice at its top, as the county and as its title, since site.toml sets no county; write county = "中共某某县委 某某县人民政府" at the top of site.toml, or give the kiosk its own title`:                                      `屏幕 %q 的顶部会把 %q 显示两次（既作县名又作标题），因为 site.toml 没有设置 county；请在 site.toml 开头写 county = "中共某某县委 某某县人民政府"，或为这块屏幕另写标题`,
	// h17-sched: schedules, hours and urgent items (internal/config/kioskschedule.go, internal/content/urgent.go, internal/kiosk/schedule_check.go)
	`off %q must be "black" (a black screen outside hours) or "clock" (a minimal clock); write off = "clock"`:                                                                                                    `off %q 只能是 "black"（开屏时间以外黑屏）或 "clock"（只显示时钟）；请写 off = "clock"`,
	`off says what the screen shows outside its hours, but kiosk %q has none; write hours = "07:30-18:30", or remove off`:                                                                                        `off 是开屏时间以外显示的内容，但电子屏 %q 没有设开屏时间；请写 hours = "07:30-18:30"，或删去 off`,
	`a schedule chooses what a display screen shows in turn, but kiosk %q is a touch screen, whose readers choose; remove its [[kiosks.schedule]] entries, or write kind = "display"`:                            `播放计划决定显示屏轮播的内容，但电子屏 %q 是触摸屏，由群众自己查询；请删去它的 [[kiosks.schedule]]，或写 kind = "display"`,
	`hours %q is not a span of the day; write hours = "07:30-18:30" (from and to as HH:MM, from before to)`:                                                                                                      `hours %q 不是一天中的时段；请写 hours = "07:30-18:30"（起止时间写作 时:分，开始早于结束）`,
	`from %q is not a time of day; write from = "07:30" (HH:MM in the site's timezone)`:                                                                                                                          `from %q 不是时刻；请写 from = "07:30"（站点时区的 时:分）`,
	`to %q is not a time of day; write to = "09:30" (HH:MM in the site's timezone, 24:00 for midnight)`:                                                                                                          `to %q 不是时刻；请写 to = "09:30"（站点时区的 时:分，午夜写 24:00）`,
	`to %s is not after from %s; a schedule entry ends on the day it begins: write two entries, one to "24:00" and one from "00:00" on the next days`:                                                            `to %s 不晚于 from %s；一条播放计划须在当天结束：请分成两条，一条到 "24:00"，另一条在次日从 "00:00" 开始`,
	`schedule entry %d of kiosk %q shows nothing; write categories = ["decisions"], items = ["cadre/wang"] or lists = ["powers"]`:                                                                                `电子屏 %[2]q 的第 %[1]d 条播放计划没有指定播放内容；请写 categories = ["decisions"]、items = ["cadre/wang"] 或 lists = ["powers"]`,
	`schedule entry %d of kiosk %q overlaps entry %d (%s), which is written first and so is shown when both hold; change days, from or to so that they do not overlap`:                                           `电子屏 %[2]q 的第 %[1]d 条播放计划与第 %[3]d 条（%[4]s）时间重叠，重叠时段只播放写在前面的那条；请调整 days、from 或 to，使两者不重叠`,
	`days %q is not a day of the week; write days = ["一-五"] (一 to 日, or mon to sun, and ranges such as "一-五" or "sat-sun")`:                                                                                      `days %q 不是星期几；请写 days = ["一-五"]（一 至 日，或 mon 至 sun，可写范围如 "一-五"、"sat-sun"）`,
	`urgent_until is the last day an urgent item takes over the screens; add urgent = true, or remove urgent_until`:                                                                                              `urgent_until 是紧急通知在电子屏上置顶的最后一天；请加上 urgent = true，或删去 urgent_until`,
	`an urgent item needs the last day it takes over the screens; write urgent_until = %s`:                                                                                                                       `紧急通知须写明置顶到哪一天；请写 urgent_until = %s`,
	`urgent_until %s is before date %s; an urgent item takes over the screens from its date through urgent_until, so write a day on or after %s`:                                                                 `urgent_until %s 早于 date %s；紧急通知从发布之日起置顶到 urgent_until，请写 %s 或以后的日期`,
	`urgent_until %s is after until %s, the end of the publicity window; an item is not urgent once it ends, so write urgent_until = %s or less`:                                                                 `urgent_until %s 晚于公示期结束日 until %s；公示结束后不再作为紧急通知，请写 urgent_until = %s 或更早的日期`,
	`schedule entry %d of kiosk %q selects no item published on kiosks, so in its hours the screen shows only its contact slide; write categories, items or lists that have items with "kiosk" in their channel`: `电子屏 %[2]q 的第 %[1]d 条播放计划选不到任何在电子屏发布的信息，该时段只会显示联系方式页；请写有信息且其 channel 含 "kiosk" 的 categories、items 或 lists`,
	// h17-live: kiosk liveness (stale_after, gongkai screens)
	`stale_after %q is not an age of at least an hour; write stale_after = "2d" for two days or "36h" for 36 hours`: `stale_after %q 不是至少一小时的时长；请写 stale_after = "2d"（两天）或 "36h"（36 小时）`,
	`--log FILE [-s DIR] [--now TIME] [--lang zh|en]

Reads the web server's access logs (common or combined log format, as nginx and
Apache write them, or IIS W3C extended) for the kiosk screens' polls and prints
each kiosk's screens: last poll, page code version, ok, stale or silent.`: `--log FILE [-s DIR] [--now TIME] [--lang zh|en]

读取网站服务器的访问日志（nginx、Apache 的 common 或 combined 格式，或 IIS 的
W3C 扩展格式）中电子屏的轮询记录，列出每块电子屏的每台屏幕：最后一次轮询、
页面程序版本，以及正常、失联或无联络。`,
	"an access log `FILE` of the web server that serves the kiosks (repeat for rotated logs)":                    "为电子屏提供页面的网站服务器的访问日志`文件`（轮转的日志可重复给出）",
	"report as of `TIME` (2026-11-27T10:30:00+08:00, or 2026-11-27 10:30 in the site's timezone) (default: now)": "按 `TIME` 时刻报告（如 2026-11-27T10:30:00+08:00，或站点时区的 2026-11-27 10:30）（默认：现在）",
	`gongkai screens: name the web server's access log, such as --log /var/log/nginx/access.log
`: `gongkai screens: 请指定网站服务器的访问日志，例如 --log /var/log/nginx/access.log
`,
	`--now %q is not a time; write --now 2026-11-27T10:30:00+08:00, or --now "2026-11-27 10:30" in the site's timezone`:        `--now %q 不是时间；请写 --now 2026-11-27T10:30:00+08:00，或按站点时区写 --now "2026-11-27 10:30"`,
	`%s: no line is an access log line (common or combined log format, or IIS W3C extended); give the web server's access log`: `%s：没有一行是访问日志（common、combined 格式或 IIS W3C 扩展格式）；请指定网站服务器的访问日志`,
	`kiosk %s, screen %s: ok, last poll %s (%s ago), page code %s
`: `电子屏 %s，屏幕 %s：正常，最后一次轮询 %s（%s前），页面程序 %s
`,
	`kiosk %s, screen %s: stale, last poll %s (%s ago, more than %d polls of %d s), page code %s
`: `电子屏 %s，屏幕 %s：失联，最后一次轮询 %s（%s前，超过 %d 个 %d 秒的轮询间隔），页面程序 %s
`,
	`kiosk %s: silent, no screen polled it in %s
`: `电子屏 %s：无联络，%s 中没有任何屏幕轮询它
`,
	`kiosk %s: not in site.toml, yet polled by screens (%d of them, the last at %s); point them at a kiosk of site.toml
`: `电子屏 %s：site.toml 中没有，却有屏幕在轮询它（%d 台，最后一次在 %s）；请把这些屏幕指向 site.toml 中的电子屏
`,
	`as of %s: screens ok %d, stale %d; kiosks silent %d
`: `截至 %s：正常的屏幕 %d 台，失联 %d 台；无联络的电子屏 %d 块
`,
	`%s (current)`: `%s（当前版本）`,
	`%s (old: the screen loads the new one at the start of its next round)`:          `%s（旧版本：屏幕会在下一轮开始时载入新版本）`,
	`unknown (a page older than gongkai screens: restart the screen's browser once)`: `未知（页面早于 gongkai screens，请重启一次屏幕的浏览器）`,
	`%d s`:        `%d 秒`,
	`%d min`:      `%d 分钟`,
	`%d h %d min`: `%d 小时 %d 分钟`,
	`%d d %d h`:   `%d 天 %d 小时`,
	// h16-pdf: tiles of a board's sheets on office paper (issue 16)
	`tile is the office paper the sheets are also cut into; write tile = "A3" or tile = "A4"`:                                  `tile 是把公开栏分拼打印所用的办公纸张；请写 tile = "A3" 或 tile = "A4"`,
	"as --pdf, and also cut each sheet larger than `PAPER` (A3 or A4) into pages of it, to boards/NN/board-NN-tiles-PAPER.pdf": "同 --pdf，并把大于该`纸张`（A3 或 A4）的版面分拼成该纸张的多页，写入 boards/NN/board-NN-tiles-PAPER.pdf",
	"gongkai build: --tile %s: write --tile A3 or --tile A4\n":                                                                 "gongkai build：--tile %s 无效；请写 --tile A3 或 --tile A4\n",
	`cutting boards/%s/index.html into %s tiles: %w`:                                                                           `把 boards/%s/index.html 分拼为 %s 纸张时出错：%w`,
	`board %s tiles PDF`:                  `第 %s 号公开栏分拼 PDF`,
	`reading the PDF: %w`:                 `读取 PDF 时出错：%w`,
	`writing the PDF: %w`:                 `写入 PDF 时出错：%w`,
	`page contents of type %T`:            `页面内容的类型 %T 无法处理`,
	`the page made %d tiles, not %d`:      `页面生成了 %d 张分拼页，应为 %d 张`,
	`reading the tiles' PDF: %w`:          `读取分拼 PDF 时出错：%w`,
	`the tiles' PDF has %d pages, not %d`: `分拼 PDF 有 %d 页，应为 %d 页`,
	`writing the tiles' PDF: %w`:          `写入分拼 PDF 时出错：%w`,
	`board %d's paper %s fits on one %s page and needs no tiles; remove tile`: `第%d号公开栏的纸张 %s 一张 %s 就能打印，无需分拼；请删去 tile`,
	// h16-mem: search tokens let go once indexed (issue 13)
	`internal error: the search tokens of %s were asked for twice in one build; they are let go once indexed (IndexBody)`: `内部错误：%s 的检索词在一次生成中被取用了两次；它们编入检索索引后即已释放（IndexBody）`,

	// generic
	`%s:%d: %s`: `%s:%d: %s`,
}
