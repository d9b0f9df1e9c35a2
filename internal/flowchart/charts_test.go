package flowchart

import (
	"fmt"
	"math/rand/v2"
)

// fields5 gives a step the five fields every step of a power must state.
func fields5(actor, cond, target, limit, req string) []Field {
	return []Field{{"主体", actor}, {"条件", cond}, {"目标", target}, {"时限", limit}, {"要求", req}}
}

// linearChart is a straight run of four steps.
func linearChart() *Chart {
	return &Chart{Title: "党费收缴管理流程", Steps: []Step{
		{ID: "1", Name: "按月收缴", Fields: fields5("党支部", "党员按规定标准交纳党费", "党费足额收缴", "每月25日前", "开具党费收据，登记党费收缴台账"), Next: []Edge{{To: "2"}}},
		{ID: "2", Name: "逐级上缴", Fields: fields5("基层党委", "党支部收缴完毕", "上缴县委组织部党费专户", "每季度首月10日前", "通过银行转账，不得以现金上缴"), Next: []Edge{{To: "3"}}, Risk: &Mark{"medium", "中风险"}},
		{ID: "3", Name: "专户管理", Fields: fields5("县委组织部组织科", "党费到账", "专户存储、专款专用", "随时", "党费不得挪作他用，利息收入并入党费")},
	}}
}

// branchChart has a decision with two labelled outcomes that join again,
// a branch that ends early, and an edge that skips a layer.
func branchChart() *Chart {
	return &Chart{Title: "行政许可办理流程", Steps: []Step{
		{ID: "apply", Name: "申请", Fields: fields5("申请人", "符合法定条件", "提交申请材料", "随时", "通过政务服务网或窗口提交"), Next: []Edge{{To: "accept"}}},
		{ID: "accept", Name: "受理", Fields: fields5("县行政审批局窗口", "收到申请材料", "作出受理决定", "当场或5个工作日内", "材料不全的一次性告知补正内容"),
			Next: []Edge{{To: "review", Label: "受理"}, {To: "reject", Label: "不予受理"}}, Risk: &Mark{"low", "低风险"}},
		{ID: "reject", Name: "不予受理告知", Fields: fields5("县行政审批局窗口", "不属于受理范围", "出具不予受理通知书", "5个工作日内", "说明理由，告知申请人依法申请行政复议或提起行政诉讼的权利")},
		{ID: "review", Name: "审查", Fields: fields5("审查股室", "已受理", "审查申请材料实质内容", "10个工作日", "需要现场核查的，两名以上工作人员参加"),
			Next: []Edge{{To: "decide", Label: "符合条件"}, {To: "deny", Label: "不符合"}}, Risk: &Mark{"high", "高风险"}},
		{ID: "deny", Name: "不予许可", Fields: fields5("县行政审批局", "审查不符合条件", "作出不予许可决定", "3个工作日", "书面说明理由"), Next: []Edge{{To: "publish"}}},
		{ID: "decide", Name: "许可决定", Fields: fields5("县行政审批局负责人", "审查符合条件", "作出准予许可决定", "3个工作日", "集体研究，颁发许可证件"), Next: []Edge{{To: "publish"}}},
		{ID: "publish", Name: "公开", Fields: fields5("县行政审批局", "作出决定", "公开许可结果", "7个工作日内", "在政务服务网公开，接受社会监督")},
	}}
}

// randomChart is a reachable, acyclic chart of n steps with branches,
// joins, long edges and random text lengths, from a fixed seed.
func randomChart(seed uint64, n int) *Chart {
	r := rand.New(rand.NewPCG(seed, 7))
	words := []string{"县委组织部", "申请材料齐全、符合法定形式", "作出决定", "5个工作日", "集体研究决定，结果在县政府门户网站公开，接受社会监督",
		"ABC-2026-0001号文件", "单笔资金100万元以上的，提交县政府常务会议研究", "随时", "（一）依法依规", "审查"}
	c := &Chart{Title: fmt.Sprintf("random %d/%d", seed, n)}
	for i := range n {
		s := Step{ID: fmt.Sprintf("s%d", i), Name: words[r.IntN(len(words))]}
		for _, l := range []string{"主体", "条件", "目标", "时限", "要求"} {
			s.Fields = append(s.Fields, Field{l, words[r.IntN(len(words))]})
		}
		if r.IntN(4) == 0 {
			s.Risk = &Mark{[]string{"high", "medium", "low"}[r.IntN(3)], "高风险"}
		}
		c.Steps = append(c.Steps, s)
	}
	labels := []string{"", "同意", "不同意", "符合条件", "需补正材料"}
	for i := 0; i+1 < n; i++ {
		targets := map[int]bool{i + 1: true}
		for range r.IntN(3) {
			targets[i+1+r.IntN(min(n-1-i, 4))] = true
		}
		if r.IntN(6) == 0 && i > 0 {
			targets = map[int]bool{}
		}
		for j := i + 1; j < n; j++ {
			if targets[j] {
				c.Steps[i].Next = append(c.Steps[i].Next, Edge{To: fmt.Sprintf("s%d", j), Label: labels[r.IntN(len(labels))]})
			}
		}
	}
	// keep every step reachable: a step nobody leads to hangs off its predecessor
	for j := 1; j < n; j++ {
		reached := false
		for i := 0; i < j; i++ {
			for _, e := range c.Steps[i].Next {
				reached = reached || e.To == c.Steps[j].ID
			}
		}
		if !reached {
			c.Steps[j-1].Next = append(c.Steps[j-1].Next, Edge{To: c.Steps[j].ID})
		}
	}
	return c
}
