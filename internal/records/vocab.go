package records

import "github.com/gongkai/gongkai/internal/config"

// Applicant is the kind of applicant, as the national table counts them
// (自然人; 法人或其他组织: 商业企业, 科研机构, 社会公益组织, 法律服务机构, 其他).
type Applicant string

const (
	Person    Applicant = "person"
	Business  Applicant = "business"
	Research  Applicant = "research"
	Nonprofit Applicant = "nonprofit"
	Legal     Applicant = "legal"
	OtherOrg  Applicant = "other-org"
)

// Organisation reports whether the applicant is a 法人或其他组织.
func (a Applicant) Organisation() bool { return a != Person }

// Outcome is how a request was answered (本年度办理结果).
type Outcome string

const (
	Disclosed   Outcome = "disclosed"   // 予以公开
	Partial     Outcome = "partial"     // 部分公开
	Withheld    Outcome = "withheld"    // 不予公开, with a reason
	Unavailable Outcome = "unavailable" // 无法提供 (本机关不掌握), with a reason
	NotHandled  Outcome = "not-handled" // 不予处理, with a reason
	OtherResult Outcome = "other"       // 其他处理, with a reason
)

// NeedsReason reports whether the outcome is given with a reason from its
// list (Reasons).
func (o Outcome) NeedsReason() bool { return Reasons[o] != nil }

// FollowUpKind is 行政复议 or 行政诉讼.
type FollowUpKind string

const (
	Review  FollowUpKind = "review"  // 行政复议
	Lawsuit FollowUpKind = "lawsuit" // 行政诉讼
)

// Result is a follow-up's result, as the national table counts them.
type Result string

const (
	Upheld    Result = "upheld"    // 结果维持
	Corrected Result = "corrected" // 结果纠正
	OtherEnd  Result = "other"     // 其他结果
	Pending   Result = "pending"   // 尚未审结
)

// TaskStatus is where a task of the task table stands.
type TaskStatus string

const (
	NotStarted TaskStatus = "not-started"
	InProgress TaskStatus = "in-progress"
	Done       TaskStatus = "done"
	Behind     TaskStatus = "behind"
)

// The vocabularies of the registers: a value is written by key or by its
// Chinese term (Label), or an alias.
var (
	Channels = &config.Vocab{Name: "channel", Entries: []config.Entry{
		{Key: "in-person", Label: "当面", Aliases: []string{"当面提交", "现场", "来访"}},
		{Key: "mail", Label: "信函", Aliases: []string{"邮寄", "来信"}},
		{Key: "online", Label: "网上", Aliases: []string{"网上申请", "网上留言", "网站", "在线"}},
		{Key: "email", Label: "电子邮件", Aliases: []string{"邮件", "邮箱"}},
		{Key: "fax", Label: "传真"},
		{Key: "phone", Label: "电话", Aliases: []string{"热线", "来电", "12345热线"}},
		{Key: "wechat", Label: "微信", Aliases: []string{"微信公众号"}},
		{Key: "box", Label: "意见箱"},
	}}
	Applicants = &config.Vocab{Name: "applicant", Entries: []config.Entry{
		{Key: string(Person), Label: "自然人", Aliases: []string{"公民", "个人"}},
		{Key: string(Business), Label: "商业企业", Aliases: []string{"企业"}},
		{Key: string(Research), Label: "科研机构"},
		{Key: string(Nonprofit), Label: "社会公益组织"},
		{Key: string(Legal), Label: "法律服务机构"},
		{Key: string(OtherOrg), Label: "其他组织", Aliases: []string{"其他"}},
	}}
	Outcomes = &config.Vocab{Name: "outcome", Entries: []config.Entry{
		{Key: string(Disclosed), Label: "予以公开"},
		{Key: string(Partial), Label: "部分公开"},
		{Key: string(Withheld), Label: "不予公开"},
		{Key: string(Unavailable), Label: "无法提供", Aliases: []string{"本机关不掌握"}},
		{Key: string(NotHandled), Label: "不予处理"},
		{Key: string(OtherResult), Label: "其他处理"},
	}}
	FollowUpKinds = &config.Vocab{Name: "follow-up kind", Entries: []config.Entry{
		{Key: string(Review), Label: "行政复议", Aliases: []string{"复议"}},
		{Key: string(Lawsuit), Label: "行政诉讼", Aliases: []string{"诉讼"}},
	}}
	Results = &config.Vocab{Name: "result", Entries: []config.Entry{
		{Key: string(Upheld), Label: "维持", Aliases: []string{"结果维持"}},
		{Key: string(Corrected), Label: "纠正", Aliases: []string{"结果纠正"}},
		{Key: string(OtherEnd), Label: "其他", Aliases: []string{"其他结果"}},
		{Key: string(Pending), Label: "尚未审结", Aliases: []string{"未审结"}},
	}}
	TaskStatuses = &config.Vocab{Name: "status", Entries: []config.Entry{
		{Key: string(NotStarted), Label: "未启动", Aliases: []string{"未开始"}},
		{Key: string(InProgress), Label: "推进中", Aliases: []string{"进行中"}},
		{Key: string(Done), Label: "已完成", Aliases: []string{"完成"}},
		{Key: string(Behind), Label: "滞后", Aliases: []string{"进度滞后"}},
	}}
)

// Reasons are, for each outcome that needs one, the reasons of the
// national table, in its order.
var Reasons = map[Outcome]*config.Vocab{
	Withheld: {Name: "reason for 不予公开", Entries: []config.Entry{
		{Key: "state-secret", Label: "属于国家秘密"},
		{Key: "prohibited", Label: "其他法律行政法规禁止公开"},
		{Key: "security", Label: "危及“三安全一稳定”", Aliases: []string{`危及"三安全一稳定"`, "危及三安全一稳定"}},
		{Key: "third-party", Label: "保护第三方合法权益"},
		{Key: "internal-affairs", Label: "属于三类内部事务信息"},
		{Key: "process", Label: "属于四类过程性信息"},
		{Key: "enforcement-file", Label: "属于行政执法案卷"},
		{Key: "query", Label: "属于行政查询事项"},
	}},
	Unavailable: {Name: "reason for 无法提供", Entries: []config.Entry{
		{Key: "not-held", Label: "本机关不掌握相关政府信息"},
		{Key: "not-existing", Label: "没有现成信息需要另行制作"},
		{Key: "unclear", Label: "补正后申请内容仍不明确"},
	}},
	NotHandled: {Name: "reason for 不予处理", Entries: []config.Entry{
		{Key: "petition", Label: "信访举报投诉类申请"},
		{Key: "repeat", Label: "重复申请"},
		{Key: "publication", Label: "要求提供公开出版物"},
		{Key: "mass-repeat", Label: "无正当理由大量反复申请"},
		{Key: "confirm", Label: "要求行政机关确认或重新出具已获取信息"},
	}},
	OtherResult: {Name: "reason for 其他处理", Entries: []config.Entry{
		{Key: "no-correction", Label: "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", Aliases: []string{"申请人无正当理由逾期不补正"}},
		{Key: "no-fee", Label: "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", Aliases: []string{"申请人逾期未按收费通知要求缴纳费用"}},
		{Key: "other", Label: "其他"},
	}},
}
