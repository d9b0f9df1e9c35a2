package scaffold

import (
	_ "embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"text/template"
	"time"

	"github.com/gongkai/gongkai/internal/calendar"
	"github.com/gongkai/gongkai/internal/config"
)

//go:embed site.toml.tmpl
var siteTemplate string

// siteData is what site.toml.tmpl is executed with.
type siteData struct {
	Title, County string
	Categories    []category
	Issuers       []issuer
	Boards        []board
	Kiosks        []kiosk
}

var siteFuncs = template.FuncMap{
	"quoted": func(list []string) string {
		q := make([]string, len(list))
		for i, s := range list {
			q[i] = fmt.Sprintf("%q", s)
		}
		return strings.Join(q, ", ")
	},
	"timeLimit": timeLimit,
}

func timeLimit(c category) string {
	switch {
	case c.Consultation:
		return "决策前公开征求意见，期限不少于30日"
	case c.MinWindow > 0:
		return fmt.Sprintf("公示期不少于%d个工作日", c.MinWindow)
	case c.Term == string(config.Immediate):
		return "形成或变更后20个工作日内公开"
	case c.Term == string(config.Periodic):
		return "按更新周期定期公开，到期前更新"
	}
	return "制定或修订后20个工作日内公开，废止时标注"
}

// Created lists what Site wrote, relative to the site folder.
type Created []string

// Site writes a new site into dir, which must be empty or not exist yet.
// Its sample items are current on today (zero: today in the site's timezone).
func Site(dir string, today calendar.Day) (Created, error) {
	if err := checkEmpty(dir); err != nil {
		return nil, err
	}
	text, err := siteTOML()
	if err != nil {
		return nil, err
	}
	cfg, diags := config.Parse(text)
	if len(diags) > 0 {
		return nil, fmt.Errorf("the new site.toml is invalid (a bug in gongkai): %v", diags[0])
	}
	if today.IsZero() {
		today = calendar.Of(time.Now(), cfg.Location)
	}
	files := []file{{"site.toml", text}, {"layouts/README.md", []byte(layoutsReadme)}, {"archetypes/README.md", []byte(archetypesReadme)}}
	for i := range cfg.Categories {
		c := &cfg.Categories[i]
		d := itemData(cfg, c, today)
		d.Title, d.Draft, d.Sample = "示例："+c.Label+"公开事项", false, true
		body, err := execute(builtinArchetype, "the built-in archetype", d)
		if err != nil {
			return nil, err
		}
		files = append(files, file{"content/" + c.Key + "/shili.md", body})
	}
	recs, err := recordFiles(today)
	if err != nil {
		return nil, err
	}
	files = append(files, recs...)
	return writeAll(dir, files, "static")
}

func siteTOML() ([]byte, error) {
	t, err := template.New("site.toml").Funcs(siteFuncs).Parse(siteTemplate)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	err = t.Execute(&b, siteData{Title: "某某县委县政府权力公开透明运行", County: "中共某某县委 某某县人民政府",
		Categories: categories, Issuers: issuers, Boards: boards, Kiosks: kiosks})
	return []byte(b.String()), err
}

// checkEmpty refuses a folder that has anything in it, so no one's files are
// ever overwritten or mixed into a new site.
func checkEmpty(dir string) error {
	entries, err := os.ReadDir(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil
	case err != nil:
		return err
	case len(entries) > 0:
		return fmt.Errorf("%s is not empty, and a new site goes into a new or empty folder; choose another name, such as gongkai new site %s", dir, filepath.Clean(dir)+"-2")
	}
	return nil
}

type file struct {
	name string // slash-separated, relative to the site folder
	data []byte
}

// writeAll writes files under dir and makes the empty folders dirs.
func writeAll(dir string, files []file, dirs ...string) (Created, error) {
	var out Created
	for _, d := range dirs {
		if err := os.MkdirAll(filepath.Join(dir, d), 0o755); err != nil {
			return out, err
		}
		out = append(out, d+"/")
	}
	for _, f := range files {
		if err := writeNew(filepath.Join(dir, filepath.FromSlash(f.name)), f.data); err != nil {
			return out, err
		}
		out = append(out, f.name)
	}
	return out, nil
}

// writeNew writes a file that must not exist yet.
func writeNew(name string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s already exists; gongkai new never overwrites a file: choose another name", name)
		}
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

const layoutsReadme = `# 自定义页面模板

本站使用 gongkai 内置的 default 主题，不需要复制主题文件。

要改某一个页面，只需把同名的模板文件放进本文件夹：gongkai 先找 layouts/ 里的文件，
找不到再用主题里的。比如要改每页底部的反馈信息，就新建 layouts/partials/footer.html。
内置主题的全部模板可以在 gongkai 源代码的 themes/default/layouts/ 中找到，复制一份再改即可。

只复制要改的文件：没有复制的文件会随着 gongkai 的升级一起更新。
`

const archetypesReadme = `# 新事项模板（archetype）

gongkai new 类别 路径 新建事项时，按下面的顺序找模板：

1. 本文件夹中的 <类别key>.md，如 archetypes/cadre.md
2. themes/<主题>/archetypes/<类别key>.md
3. gongkai 内置的模板（按公开时限自动写好日期、公示期或更新周期，并附中文说明）

模板是 Go 的 text/template，可以用：{{.Title}} 标题，{{.Date}} 今天，{{.Until}} 最短公示期的最后一天，
{{.Period}} 更新周期，{{.Category}} 类别 key，{{.CategoryLabel}} 类别名称，{{.Term}} 公开时限，
{{.MinWindow}} 最少工作日，{{.Issuer}} 示例发布机构。
`
