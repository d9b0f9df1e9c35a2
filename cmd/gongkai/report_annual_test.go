package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/gongkai/gongkai/internal/records"
)

// annualCSV runs `gongkai report --period 2026 --format csv` on the example
// and reads its rows.
func annualCSV(t *testing.T) [][]string {
	t.Helper()
	var out, errOut bytes.Buffer
	if code := run([]string{"report", "-s", "../..", "--now", "2026-11-27", "--period", "2026", "--format", "csv"}, &out, &errOut); code != 0 {
		t.Fatalf("report --period 2026 exits %d: %s", code, errOut.String())
	}
	cr := csv.NewReader(&out)
	cr.FieldsPerRecord = -1
	rows, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// TestAnnualReportAddsUp: in the example's statutory annual report every
// row of the request table adds up to its 总计, the outcome rows add up to
// 三's 总计, and 三's 总计 plus 四 is 一 plus 二, in every column.
func TestAnnualReportAddsUp(t *testing.T) {
	rows := annualCSV(t)
	table := map[string][]int{}
	var outcomes []int
	in := false
	for _, row := range rows {
		if len(row) > 0 && strings.HasPrefix(row[0], "三、收到") {
			in = true
			continue
		}
		if !in || len(row) != 8 {
			if in && len(row) > 0 && strings.HasPrefix(row[0], "四、政府信息公开行政复议") {
				in = false
			}
			continue
		}
		n := make([]int, 7)
		for i, c := range row[1:] {
			v, err := strconv.Atoi(c)
			if err != nil {
				t.Fatalf("row %v: cell %q is not a number", row, c)
			}
			n[i] = v
		}
		if sum := n[0] + n[1] + n[2] + n[3] + n[4] + n[5]; sum != n[6] {
			t.Errorf("row %s: the columns add up to %d, its 总计 is %d", row[0], sum, n[6])
		}
		table[row[0]] = n
		if strings.HasPrefix(row[0], "（一）") || strings.HasPrefix(row[0], "（二）") || strings.Contains(row[0], "．") {
			if outcomes == nil {
				outcomes = make([]int, 7)
			}
			for i := range n {
				outcomes[i] += n[i]
			}
		}
	}
	first, second := table["一、本年新收政府信息公开申请数量"], table["二、上年结转政府信息公开申请数量"]
	total, carried := table["（七）总计"], table["四、结转下年度继续办理"]
	if first == nil || second == nil || total == nil || carried == nil || outcomes == nil {
		t.Fatalf("the request table lacks rows: %v", table)
	}
	for i := range total {
		if total[i] != outcomes[i] {
			t.Errorf("column %d: （七）总计 is %d, the outcome rows add up to %d", i, total[i], outcomes[i])
		}
		if total[i]+carried[i] != first[i]+second[i] {
			t.Errorf("column %d: 三 %d + 四 %d ≠ 一 %d + 二 %d", i, total[i], carried[i], first[i], second[i])
		}
	}
	// the example's register: 13 requests of 2026, one of 2025 answered in
	// January, two unanswered on 2026-11-27
	if first[6] != 13 || second[6] != 1 || carried[6] != 2 || total[6] != 12 {
		t.Errorf("一 %d, 二 %d, 三 %d, 四 %d; want 13, 1, 12, 2", first[6], second[6], total[6], carried[6])
	}
	want := map[string]string{"行政复议": "1,0,0,0,1", "行政诉讼（未经复议直接起诉）": "0,0,0,1,1", "行政诉讼（复议后起诉）": "0,0,0,0,0"}
	for _, row := range rows {
		if w, ok := want[row[0]]; ok {
			if got := strings.Join(row[1:], ","); got != w {
				t.Errorf("%s: %s, want %s", row[0], got, w)
			}
			delete(want, row[0])
		}
	}
	if len(want) > 0 {
		t.Errorf("part 四 lacks %v", want)
	}
	checkActive(t, rows)
}

// checkActive: part 二's categories add up to its 合计, which is not 0 on
// the example.
func checkActive(t *testing.T, rows [][]string) {
	t.Helper()
	sum, in := 0, false
	for _, row := range rows {
		switch {
		case len(row) > 0 && strings.HasPrefix(row[0], "二、"):
			in = true
		case in && row[0] == "合计":
			if n, _ := strconv.Atoi(row[1]); n != sum || n == 0 {
				t.Errorf("part 二: 合计 %s, the categories add up to %d", row[1], sum)
			}
			return
		case in:
			n, err := strconv.Atoi(row[1])
			if err != nil {
				t.Fatalf("part 二: row %v", row)
			}
			sum += n
		}
	}
	t.Error("part 二 has no 合计")
}

// TestReportsShowNoRecord: no public report of the example, in any
// format, names an applicant or shows a subject, note, message, reply or
// task of the registers: the reports publish aggregates only. Every report ends with
// the approval block.
func TestReportsShowNoRecord(t *testing.T) {
	set, diags := records.Load(os.DirFS("../.."), nil)
	if len(diags) > 0 || len(set.Requests) < 2 {
		t.Fatalf("the example's registers: %d requests, %v", len(set.Requests), diags)
	}
	var traces []string
	add := func(s ...string) {
		for _, v := range s {
			if len([]rune(v)) >= 4 {
				traces = append(traces, v)
			}
		}
	}
	for _, r := range set.Requests {
		add(r.Name, r.Subject, r.Note)
	}
	for _, f := range set.Feedback {
		add(f.Name, f.Message, f.Reply)
	}
	for _, r := range set.Rectifications {
		add(r.What)
	}
	for _, tk := range set.Tasks {
		add(tk.Task, tk.Progress) // the task table is listed only in the internal report
	}
	for _, period := range [][]string{{"--month", "2026-10"}, {"--month", "2026-11"}, {"--period", "2026"}, {"--period", "2026-H1"}, {"--period", "2026", "--summary"}} {
		for _, format := range []string{"md", "html", "csv"} {
			args := append([]string{"report", "-s", "../..", "--now", "2026-11-27", "--format", format}, period...)
			var out, errOut bytes.Buffer
			if code := run(args, &out, &errOut); code != 0 {
				t.Fatalf("%v exits %d: %s", args, code, errOut.String())
			}
			for _, tr := range traces {
				if strings.Contains(out.String(), tr) {
					t.Errorf("%v shows %q of the registers", args, tr)
				}
			}
			for _, who := range []string{"分管领导审核", "主要领导审核"} {
				if !strings.Contains(out.String(), who) {
					t.Errorf("%v has no %s", args, who)
				}
			}
		}
	}
}

// TestReportPeriods: --period names the statutory annual report (YYYY),
// the half-year summary (YYYY-H1) or, with --summary, the yearly work
// summary; anything else, or --period with --month, is refused with what
// to write.
func TestReportPeriods(t *testing.T) {
	for _, c := range []struct {
		args  []string
		code  int
		title string
	}{
		{[]string{"--period", "2026"}, 0, "2026年政府信息公开工作年度报告"},
		{[]string{"--period", "2026-H1"}, 0, "上半年工作总结（2026年1月至6月）"},
		{[]string{"--period", "2026", "--summary"}, 0, "年度工作总结（2026年）"},
		{[]string{"--period", "2026-H2"}, exitUsage, "write --period 2026 (the year) or --period 2026-H1"},
		{[]string{"--period", "2026-H1", "--summary"}, exitUsage, "write it with --period 2026"},
		{[]string{"--period", "2026", "--month", "2026-10"}, exitUsage, "write one of them"},
	} {
		var out, errOut bytes.Buffer
		code := run(append([]string{"report", "-s", "../..", "--now", "2026-11-27"}, c.args...), &out, &errOut)
		if code != c.code || !strings.Contains(out.String()+errOut.String(), c.title) {
			t.Errorf("report %v: exit %d, want %d with %q:\n%s%s", c.args, code, c.code, c.title, errOut.String(), firstLine(out.String()))
		}
	}
}

func firstLine(s string) string {
	l, _, _ := strings.Cut(s, "\n")
	return l
}

// TestAnnualReportText: the example's records/annual-2026.md gives the
// annual report its words for 一 and 五; 六 keeps its placeholder.
func TestAnnualReportText(t *testing.T) {
	var out, errOut bytes.Buffer
	if code := run([]string{"report", "-s", "../..", "--now", "2026-11-27", "--period", "2026"}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	for _, want := range []string{"## 一、总体情况\n\n2026年，我县认真贯彻", "## 五、存在的主要问题及改进情况\n\n一是部分乡镇公开栏", "## 六、其他需要报告的事项\n\n本年度收取信息处理费"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the annual report lacks %q:\n%s", want, out.String())
		}
	}
}
