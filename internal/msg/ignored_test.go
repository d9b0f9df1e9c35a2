package msg

// ignored are English texts of the code that no editor reads, or that
// are translated as part of a larger message, each with the reason.
var ignored = map[string]string{
	`  gongkai build  [-s DIR] [-d DIR] [--now DATE] [--scope public|internal] [--drafts] [--pdf [--chrome PATH] [--tile A3|A4]] [-q] [--lang zh|en]
  gongkai serve  [-s DIR] [--bind 127.0.0.1] [--port 1313] [--now DATE] [--drafts] [--lang zh|en]
  gongkai check  [-s DIR] [--now DATE] [--strict] [--next] [--lang zh|en]
  gongkai publish [-s DIR] [--to DIR] [--command LINE] [--now DATE] [--scope public|internal] [--pdf [--chrome PATH]] [-q] [--watch] [--schedule systemd|cron|windows] [--lang zh|en]
  gongkai report [-s DIR] [--month YYYY-MM] [--period YYYY|YYYY-H1] [--summary] [--format md|html|csv] [--scope public|internal] [--now DATE] [--lang zh|en]
  gongkai new    site DIR | [-s DIR] CATEGORY PATH [--now DATE] [--lang zh|en]
  gongkai boards printed [-s DIR] [--now DATE] [--scope public|internal] [--all] [--lang zh|en] [NN ...]
  gongkai screens --log FILE [-s DIR] [--now TIME] [--lang zh|en]
  gongkai version
`: "the command lines of the usage: command and option names", // cmd/gongkai/main.go
	`gongkai screens: %v
`: "a program name before a message: the message is translated", // cmd/gongkai/screens.go (h17-live)
	`# 公开栏打印记录（由 gongkai boards printed 写入）：每行一张，依次为公开栏编号、第几张、内容码、打印日期
`: "the ledger's header, written in Chinese already", // internal/printed/ledger.go
	`printed [-s DIR] [--now DATE] [--scope public|internal] [--all] [--lang zh|en] [NN ...]`: "the synopsis of a command: option names", // cmd/gongkai/boards.go
	`gongkai boards printed: %v
`: "a program name before a message: the message is translated", // cmd/gongkai/boards.go
	`[-s DIR] [-d DIR] [--now DATE] [--scope public|internal] [--drafts] [--pdf [--chrome PATH] [--tile A3|A4]] [-q] [--lang zh|en]`: "the synopsis of a command: option names", // cmd/gongkai/build.go:30
	`gongkai build: %v
`: "a program name before a message: the message is translated", // cmd/gongkai/build.go:67
	`site DIR | [-s DIR] CATEGORY PATH [--now DATE] [--lang zh|en]`: "the synopsis of a command: option names", // cmd/gongkai/new.go:13
	`gongkai new site: %v
`: "a program name before a message: the message is translated", // cmd/gongkai/new.go:58
	`gongkai new: %v
`: "a program name before a message: the message is translated", // cmd/gongkai/new.go:75
	`[-s DIR] [--to DIR] [--command LINE] [--now DATE] [--scope public|internal] [--pdf [--chrome PATH]] [-q] [--watch] [--schedule systemd|cron|windows] [--lang zh|en]`: "the synopsis of a command: option names", // cmd/gongkai/publish.go:19
	`gongkai publish: %s
`: "a program name before a message: the message is translated", // cmd/gongkai/publish.go:68
	`gongkai publish: %v
`: "a program name before a message: the message is translated", // cmd/gongkai/publish.go:90
	`[-s DIR] [--month YYYY-MM] [--period YYYY|YYYY-H1] [--summary] [--format md|html|csv] [--scope public|internal] [--now DATE] [--lang zh|en]`: "the synopsis of a command: option names", // cmd/gongkai/report.go:17
	`gongkai report: %v
`: "a program name before a message: the message is translated", // cmd/gongkai/report.go:62
	`gongkai report: %s
`: "a program name before a message: the message is translated", // cmd/gongkai/report.go:72
	`[-s DIR] [--bind 127.0.0.1] [--port 1313] [--now DATE] [--drafts] [--lang zh|en]`: "the synopsis of a command: option names", // cmd/gongkai/serve.go:16
	`gongkai serve: %v
`: "a program name before a message: the message is translated", // cmd/gongkai/serve.go:40
	`gongkai publish: %s `:                       "the publish log line (deploy.Report.Line) stays English: offices grep their logs for it, and the README documents its FAILED form", // internal/deploy/report.go:59
	`, without PDFs (--pdf failed)`:              "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:63
	`to %s and ran the command`:                  "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:73
	`with the command`:                           "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:77
	`cannot copy to %s`:                          "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:88
	`the command failed`:                         "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:90
	`cannot publish`:                             "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:92
	`the site built %s may be partly sent`:       "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:99
	`nothing was published`:                      "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:101
	`nothing was sent (the command was not run)`: "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:103
	`the published site is unchanged (built %s)`: "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:105
	`the published site is unchanged`:            "the publish log line (deploy.Report.Line) stays English",                                                                           // internal/deploy/report.go:107
	`"PingFang SC","Hiragino Sans GB","Microsoft YaHei","Noto Sans CJK SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif`: "a CSS font list", // internal/flowchart/svg.go:18
	` of its categories`:                     "a fragment of the message \"no item%s has one of its terms\", translated whole there", // internal/kiosk/empty.go:49
	`^function "([^"]+)" not defined$`:       "a regular expression matching Go's template error",                                    // internal/layout/errors.go:60
	`unexpected EOF`:                         "Go's template error, matched to add advice",                                           // internal/layout/errors.go:67
	`built-in theme `:                        "a fragment naming the built-in theme in a file path",                                  // internal/layout/layers.go:44
	`can't evaluate field \w+ in type (\S+)`: "a regular expression matching Go's template error",                                    // internal/layout/partial.go:53
	`escaping only`:                          "an internal error of a writer that is never printed",                                  // internal/layout/shared.go:139
	`can't evaluate field`:                   "Go's template error, matched to add advice",                                           // internal/layout/templates.go:158
	`in type %s`:                             "Go's template error, matched to add advice",                                           // internal/layout/templates.go:167
	`# gongkai build 每次检查：这里的每个网址，新的构建都必须仍有页面、附件或跳转页（aliases），`:     "a comment line of urls.txt that gongkai writes, already Chinese", // internal/ledger/file.go:28
	`the body's blocks were asked for after its source was dropped`: "an internal error (a bug), never caused by the site's files",     // internal/markdown/blocks.go:58
	`built by gongkai; this folder is replaced on every build
`: "the marker file .gongkai, read by gongkai itself", // internal/publish/marker.go:22
	`exchange not supported`:                                  "an internal error, handled by renaming instead",                    // internal/publish/swap.go:12
	`streaming unsupported`:                                   "an HTTP error for a browser that cannot stream, never an editor's", // internal/serve/events.go:91
	`text/event-stream; charset=utf-8`:                        "an HTTP header",                                                    // internal/serve/events.go:94
	`GET, HEAD`:                                               "an HTTP header",                                                    // internal/serve/files.go:31
	`method not allowed`:                                      "an HTTP status text",                                               // internal/serve/files.go:32
	`application/javascript; charset=utf-8`:                   "an HTTP header",                                                    // internal/serve/files.go:40
	`bad path: serve only serves the files of the built site`: "an HTTP error for a request outside the site, not an editor's",     // internal/serve/files.go:47
	`text/html; charset=utf-8`:                                "an HTTP header",                                                    // internal/serve/files.go:125
	`此预览不回应“%s”这个地址。请打开 %s%s。
为防止其他网站借用域名读取预览（包括草稿），gongkai serve 只回应 localhost、IP 地址和 --bind 指定的名称。`: "already Chinese", // internal/serve/host.go:60
	`expected value but found`:         "a text of the TOML library's error, matched to add advice", // internal/tomlx/decode.go:104
	`already been defined`:             "a text of the TOML library's error, matched to add advice", // internal/tomlx/decode.go:106
	`already defined`:                  "a text of the TOML library's error, matched to add advice", // internal/tomlx/decode.go:106
	`tomlx: unsupported field type %s`: "a bug in gongkai's types, never an editor's",               // internal/tomlx/decode.go:272
	`# 自定义页面模板

本站使用 gongkai 内置的 default 主题，不需要复制主题文件。

要改某一个页面，只需把同名的模板文件放进本文件夹：gongkai 先找 layouts/ 里的文件，
找不到再用主题里的。比如要改每页底部的反馈信息，就新建 layouts/partials/footer.html。
内置主题的全部模板可以在 gongkai 源代码的 themes/default/layouts/ 中找到，复制一份再改即可。

只复制要改的文件：没有复制的文件会随着 gongkai 的升级一起更新。
`: "a README a new site gets, already Chinese", // internal/scaffold/site.go
	`event: %s
data: %s

`: "the Server-Sent Events protocol", // internal/serve/events.go
}
