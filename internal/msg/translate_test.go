package msg

import "testing"

// TestTranslate: a message made from a catalogue format is translated with
// the texts of its arguments, those that are messages themselves
// translated too; English stays as it is.
func TestTranslate(t *testing.T) {
	for _, c := range []struct{ en, zh string }{
		{`unknown category "cadres" (did you mean "cadre"?)`, `未知的公开类别 "cadres"（是否要写 "cadre"？）`},
		{"content/x.md:4: " + `unknown key "titel" in [review] (did you mean "title"?)`,
			"content/x.md:4: " + `[review] 中有未知的键 "titel"（是否要写 "title"？）`},
		// the order of the arguments changes in Chinese (%[2]s)
		{"answered 2026-10-30, 10 working days after the reply was due on 2026-10-16 (20 working days after it was received on 2026-09-17); the reports count it as answered late",
			"答复于 2026-10-30，比答复期限 2026-10-16 晚了 10 个工作日（自 2026-09-17 收到申请起 20 个工作日）；报告中按逾期答复统计"},
		// a prefix before ": " is kept, what follows translated
		{"gongkai build: the build was stopped\n", "gongkai build: 生成已停止\n"},
		// a list of counts
		{"next change 2026-11-28: 2 notices end, 1 periodic item falls due", "下次变化 2026-11-28：2 项公示结束、1 条定期公开的信息到期应更新"},
		// two verbs one after the other: split where both halves translate
		{"rebuilt in 339 ms: 0 files changed (0 of 89 rendered); the errors are fixed",
			"已重新生成，用时 339 毫秒：0 个文件有改动（生成了 0 个，共 89 个）；错误已改正"},
		{"rebuilt in 15 ms: 2 files changed (11 of 85 rendered)", "已重新生成，用时 15 毫秒：2 个文件有改动（生成了 11 个，共 85 个）"},
		// nothing to translate
		{"something the catalogue does not know", "something the catalogue does not know"},
	} {
		if got := Translate(Zh, c.en); got != c.zh {
			t.Errorf("Translate(Zh, %q)\n got %q\nwant %q", c.en, got, c.zh)
		}
		if got := Translate(En, c.en); got != c.en {
			t.Errorf("Translate(En, %q) = %q, want it unchanged", c.en, got)
		}
	}
}

// TestChoose: --lang, then an English or Chinese LANG, then the site's
// language; C and POSIX say nothing, and a site whose site.toml cannot be
// read is Chinese.
func TestChoose(t *testing.T) {
	env := func(kv ...string) func(string) string {
		return func(k string) string {
			for i := 0; i+1 < len(kv); i += 2 {
				if kv[i] == k {
					return kv[i+1]
				}
			}
			return ""
		}
	}
	for _, c := range []struct {
		flag string
		env  func(string) string
		site string
		want Lang
	}{
		{"", env(), "zh-CN", Zh},
		{"", env(), "", Zh},
		{"", env(), "en", En},
		{"en", env(), "zh-CN", En},
		{"zh", env("LANG", "en_US.UTF-8"), "zh-CN", Zh},
		{"", env("LANG", "en_US.UTF-8"), "zh-CN", En},
		{"", env("LANG", "C.UTF-8"), "zh-CN", Zh},
		{"", env("LANG", "POSIX"), "en-US", En},
		{"", env("LANG", "zh_CN.UTF-8"), "en", Zh},
		{"", env("LC_ALL", "C", "LANG", "en_US.UTF-8"), "zh-CN", Zh}, // LC_ALL, set, says nothing
		{"", env("LC_MESSAGES", "en_GB.UTF-8", "LANG", "zh_CN.UTF-8"), "zh-CN", En},
	} {
		if got := Choose(c.flag, c.env, c.site); got != c.want {
			t.Errorf("Choose(%q, LANG=%q, site %q) = %s, want %s", c.flag, c.env("LANG"), c.site, got, c.want)
		}
	}
}

// TestVerbs: indexed verbs count as the arguments they take.
func TestVerbs(t *testing.T) {
	a := Verbs("%s %q is already the %s of %s:%d; %s")
	b := Verbs("%[1]s %[2]q 已是 %[4]s:%[5]d 的 %[3]s；%[6]s")
	if len(a) != 6 || len(b) != 6 {
		t.Fatalf("%v %v", a, b)
	}
	for i := range a {
		if a[i] != b[i] {
			t.Errorf("argument %d: %q and %q", i+1, a[i], b[i])
		}
	}
}
