// Package synth generates synthetic sites of any size with realistic
// Chinese bodies, for benchmarks of the build and of incremental rebuilds.
// The same n and seed always give the same site.
package synth

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// SiteTOML is the configuration of a synthetic site: the example county's
// vocabulary, with a board and a kiosk so every channel is exercised.
const SiteTOML = `title = "合成县委县政府权力公开透明运行"
base_url = "https://gk.synth.example/"
paginate = 20

[feedback]
phone = "0000-1234567"
email = "gk@synth.example"

[[categories]]
key = "cadre"
label = "干部选任和管理"
channel = ["web", "board", "kiosk"]
min_window = 5

[[categories]]
key = "organization"
label = "组织管理"
channel = ["web", "board"]

[[categories]]
key = "goals"
label = "年度工作目标"
channel = ["web", "board", "kiosk"]

[[categories]]
key = "projects"
label = "重点项目建设"
channel = ["web", "board", "kiosk"]

[[categories]]
key = "masses"
label = "联系服务党员群众"

[[issuers]]
key = "organization"
label = "县委组织部"

[[issuers]]
key = "standing"
label = "县委常委会"

[[issuers]]
key = "development"
label = "县发展和改革局"

# Boards and screens carry a handful of current items, as real ones do;
# the archive of thousands lives on the website.
[[boards]]
number = 1
name = "干部调整任用"
paper = "A1"
items = ["cadre/item-00000", "cadre/item-00010", "cadre/item-00015", "cadre/item-00025", "cadre/item-00030"]

[[boards]]
number = 2
name = "年度工作目标"
paper = "A0"
columns = 2
items = ["goals/item-00007", "goals/item-00012", "goals/item-00022", "goals/item-00027"]

[[kiosks]]
name = "lobby"
kind = "display"
width = 1920
height = 1080
items = ["cadre/item-00000", "cadre/item-00010", "goals/item-00007", "goals/item-00012", "projects/item-00003", "projects/item-00018"]
`

// sentences are drawn from the kind of text county notices are made of.
var sentences = []string{
	"根据《党政领导干部选拔任用工作条例》和干部任前公示制度的有关规定，经县委常委会研究，现将拟任职务人选予以公示。",
	"公示期间，个人或单位可以通过来电、来信、来访等方式，向县委组织部反映公示对象在政治品质、道德品行、作风表现等方面的情况和问题。",
	"围绕拟决策事项开展调查研究，进行综合分析，形成专题报告，拟定初步方案，分析、评估和预测每个方案的利弊得失。",
	"凡涉及经济社会发展或与人民群众利益密切相关的重大决策事项，通过社会公示、听证会、座谈会等多种方式广泛听取意见。",
	"建立完善部门论证、专家咨询、公众参与、专业机构检测相结合的风险评估工作机制。",
	"严格落实集体领导和个人分工相结合的制度，凡属重大决策事项，按照集体领导、民主集中、个别酝酿、会议决定的原则进行。",
	"对已定的决策事项进行跟踪督查，广泛收集利益相关方面和社会公众对决策实施的意见和建议。",
	"本级党组织开展思想政治工作、理论学习计划及落实、党员干部教育培训计划及落实等情况按季度公开。",
	"项目总投资12,600万元，截至本月底累计完成投资8,350万元，占总投资的66.3%，主体工程已完工。",
	"党费收缴、管理和使用情况每季度公开一次，接受全体党员监督。",
	"听取、反映和采纳党员群众意见和建议，帮助党员群众解决生产生活实际困难。",
	"执行廉洁自律规定、落实党内监督制度、推进惩治和预防腐败体系建设。",
}

var categories = []string{"cadre", "organization", "goals", "projects", "masses"}
var issuers = []string{"organization", "standing", "development"}

// MinItems is the smallest site whose boards and kiosks find their items.
const MinItems = 50

// Write writes a site of n items (at least MinItems) into dir (which must not exist or be empty).
func Write(dir string, n int, seed uint64) error {
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(dir, "site.toml"), []byte(SiteTOML), 0o644); err != nil {
		return err
	}
	for _, f := range Files(n, seed) {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		{
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return err
			}
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// File is one generated content file.
type File struct {
	Name string // "content/cadre/item-00042.md"
	Data []byte
}

// Files returns the content files of a site of n items.
func Files(n int, seed uint64) []File {
	r := rand.New(rand.NewPCG(seed, 7))
	out := make([]File, n)
	for i := range n {
		cat := categories[i%len(categories)]
		out[i] = File{Name: fmt.Sprintf("content/%s/item-%05d.md", cat, i), Data: item(r, i, cat)}
	}
	return out
}

func item(r *rand.Rand, i int, cat string) []byte {
	var b strings.Builder
	month := 1 + r.IntN(10)
	day := 1 + r.IntN(27)
	b.WriteString("+++\n")
	fmt.Fprintf(&b, "title = \"关于第%d号公开事项（%s）的公告\"\n", i, cat)
	fmt.Fprintf(&b, "date = 2026-%02d-%02d\n", month, day)
	fmt.Fprintf(&b, "category = %q\n", cat)
	fmt.Fprintf(&b, "issuer = %q\n", issuers[i%len(issuers)])
	fmt.Fprintf(&b, "number = \"合公〔2026〕%d号\"\n", i)
	switch i % 3 {
	case 0:
		b.WriteString("term = \"long-term\"\n")
	case 1:
		b.WriteString("term = \"periodic\"\nperiod = \"yearly\"\n")
	default:
		fmt.Fprintf(&b, "term = \"immediate\"\nuntil = 2026-%02d-%02d\n", month+1, day)
	}
	b.WriteString("+++\n")
	paras := 4 + r.IntN(8)
	for p := range paras {
		if p == 2 {
			b.WriteString("## 具体事项\n\n")
		}
		if p == 4 && i%4 == 0 {
			b.WriteString("| 项目 | 责任单位 | 进度 |\n|---|---|---|\n")
			for row := range 5 {
				fmt.Fprintf(&b, "| 第%d项 | %s | %d%% |\n", row+1, "县发展和改革局", r.IntN(100))
			}
			b.WriteString("\n")
			continue
		}
		for s := 0; s < 2+r.IntN(4); s++ {
			b.WriteString(sentences[r.IntN(len(sentences))])
			if s%2 == 1 {
				b.WriteString("\n")
			}
		}
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}
