package config

// Keys of BoardLists.
const (
	ListPowers = "powers"
	ListRisks  = "risks"
)

// Vocabularies of powers, risk points and major decisions (实施细则 二 to 四).
// Editors may write the key, the label or an alias.
var (
	// BoardLists are the lists a board can carry besides items, made from
	// the published powers and risk points (二(四)1: the 职权目录 and the
	// risk points are published on the boards too).
	BoardLists = &Vocab{Name: "list", Entries: []Entry{
		{Key: ListPowers, Label: "职权目录", Aliases: []string{"权力清单", "职权清单"}},
		{Key: ListRisks, Label: "廉政风险点", Aliases: []string{"廉政风险点登记表", "风险点"}},
	}}

	// PowerTypes are the kinds of power a 职权目录 lists.
	PowerTypes = &Vocab{Name: "power_type", Entries: []Entry{
		{Key: "decision", Label: "决策", Aliases: []string{"决策权", "重大决策"}},
		{Key: "approval", Label: "审批", Aliases: []string{"审批权", "行政审批"}},
		{Key: "license", Label: "许可", Aliases: []string{"行政许可"}},
		{Key: "penalty", Label: "处罚", Aliases: []string{"行政处罚"}},
		{Key: "supervision", Label: "监督", Aliases: []string{"监督权", "监督检查", "行政检查"}},
		{Key: "confirmation", Label: "确认", Aliases: []string{"行政确认"}},
		{Key: "levy", Label: "征收", Aliases: []string{"行政征收", "收缴"}},
		{Key: "benefit", Label: "给付", Aliases: []string{"行政给付"}},
		{Key: "other", Label: "其他", Aliases: []string{"其他职权"}},
	}}
	// RiskLevels grade a risk point by the harm it could do (三(三)).
	RiskLevels = &Vocab{Name: "risk level", Entries: []Entry{
		{Key: "high", Label: "高", Aliases: []string{"高风险"}},
		{Key: "medium", Label: "中", Aliases: []string{"中风险"}},
		{Key: "low", Label: "低", Aliases: []string{"低风险"}},
	}}
	// RiskTypes are the five places risk points are looked for (三(二)).
	RiskTypes = &Vocab{Name: "risk type", Entries: []Entry{
		{Key: "setting", Label: "设权风险", Aliases: []string{"设权"}},
		{Key: "discipline", Label: "自律风险", Aliases: []string{"自律"}},
		{Key: "system", Label: "制度风险", Aliases: []string{"制度"}},
		{Key: "operation", Label: "操作风险", Aliases: []string{"操作"}},
		{Key: "performance", Label: "绩效风险", Aliases: []string{"绩效"}},
	}}
	// MeasureKinds are the four kinds of prevention measure (三(四)).
	MeasureKinds = &Vocab{Name: "measure kind", Entries: []Entry{
		{Key: "separation", Label: "分权防控", Aliases: []string{"分权"}},
		{Key: "procedure", Label: "程序防控", Aliases: []string{"程序"}},
		{Key: "technology", Label: "科技防控", Aliases: []string{"科技"}},
		{Key: "institution", Label: "制度防控", Aliases: []string{"制度"}},
	}}
	// Stages are the steps of a major decision, in the order the policy
	// requires them (四(二)).
	Stages = &Vocab{Name: "stage", Entries: []Entry{
		{Key: "research", Label: "调查研究"},
		{Key: "consultation", Label: "征求意见", Aliases: []string{"公开征求意见", "征求意见建议"}},
		{Key: "assessment", Label: "风险评估", Aliases: []string{"评估论证"}},
		{Key: "decision", Label: "集体决策", Aliases: []string{"集体讨论决定"}},
		{Key: "follow-up", Label: "跟踪反馈", Aliases: []string{"跟踪督查", "执行反馈"}},
	}}
)

// RiskLevelWord is how a level is written beside its colour: "高风险".
func RiskLevelWord(key string) string { return RiskLevels.Label(key) + "风险" }
