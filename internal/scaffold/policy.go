package scaffold

// The policy's vocabulary, as the example site declares it (TestPolicyMirrorsExample
// keeps the two the same): every new site starts with all of it.

type category struct {
	Key, Label, Group, Description string
	Channel                        []string
	Term                           string
	MinWindow                      int
	Consultation                   bool
	UnlistAfter                    string // notices naming people leave the lists after their window
}

var categories = []category{
	{Key: "resolutions", Label: "决议决定及执行", Group: "党务公开", Term: "immediate", MinWindow: 0, Consultation: false, Channel: []string{"web", "board"},
		Description: "党组织决议、决定及执行情况，重大改革、重大项目、重大投资等决策部署及落实情况。"},
	{Key: "ideology", Label: "思想建设", Group: "党务公开", Term: "periodic", MinWindow: 0, Consultation: false, Channel: []string{"web"},
		Description: "思想政治工作、理论学习计划及落实、党员干部教育培训计划及落实情况。"},
	{Key: "organization", Label: "组织管理", Group: "党务公开", Term: "periodic", MinWindow: 0, Consultation: false, Channel: []string{"web", "board"},
		Description: "党组织设置、职责、机构调整、换届选举，党员发展、民主评议、创先争优，党费收缴管理使用等情况。"},
	{Key: "leadership", Label: "领导班子建设", Group: "党务公开", Term: "long-term", MinWindow: 0, Consultation: false, Channel: []string{"web"},
		Description: "领导班子职责分工、议事规则和决策程序，民主集中制执行、民主生活会、年度考核评价等情况。"},
	{Key: "cadre", Label: "干部选任和管理", Group: "党务公开", Term: "immediate", MinWindow: 5, Consultation: false, UnlistAfter: "30d", Channel: []string{"web", "board", "kiosk"},
		Description: "县管干部的选拔任用、轮岗交流、考核奖惩，干部监督制度及执行等情况。"},
	{Key: "masses", Label: "联系服务党员群众", Group: "党务公开", Term: "periodic", MinWindow: 0, Consultation: false, Channel: []string{"web", "kiosk"},
		Description: "听取采纳党员群众意见建议，解决实际困难，接待来信来访、排查化解矛盾纠纷等情况。"},
	{Key: "integrity", Label: "党风廉政建设", Group: "党务公开", Term: "periodic", MinWindow: 0, Consultation: false, Channel: []string{"web", "board"},
		Description: "执行廉洁自律规定、落实党内监督制度、惩治和预防腐败体系建设、党风廉政建设责任制等情况。"},
	{Key: "other", Label: "其他", Group: "党务公开", Term: "immediate", MinWindow: 0, Consultation: false, Channel: []string{"web"},
		Description: "其他应当公开的事项。"},
	{Key: "powers", Label: "职权目录", Group: "权力运行", Term: "long-term", MinWindow: 0, Consultation: false, Channel: []string{"web", "board", "kiosk"},
		Description: "县委、县政府及其工作部门的职权目录。"},
	{Key: "flowcharts", Label: "权力运行流程图", Group: "权力运行", Term: "long-term", MinWindow: 0, Consultation: false, Channel: []string{"web", "board", "kiosk"},
		Description: "逐项职权的运行流程图，明确每个环节的主体、条件、目标、时限和要求。"},
	{Key: "risks", Label: "廉政风险点", Group: "权力运行", Term: "long-term", MinWindow: 0, Consultation: false, Channel: []string{"web", "board"},
		Description: "权力运行中的廉政风险点、风险等级及防控措施。"},
	{Key: "decisions", Label: "重大决策", Group: "权力运行", Term: "immediate", MinWindow: 0, Consultation: true, Channel: []string{"web", "board", "kiosk"},
		Description: "重大决策的调查研究、征求意见、风险评估、集体决策和跟踪反馈。"},
	{Key: "duties", Label: "领导分工", Group: "政务公开", Term: "periodic", MinWindow: 0, Consultation: false, Channel: []string{"web", "board", "kiosk"},
		Description: "县委县政府领导班子成员的职权分工。"},
	{Key: "contacts", Label: "联系方式", Group: "政务公开", Term: "periodic", MinWindow: 0, Consultation: false, Channel: []string{"web", "board", "kiosk"},
		Description: "领导班子成员及各部门的联系方式。"},
	{Key: "goals", Label: "年度工作目标", Group: "政务公开", Term: "periodic", MinWindow: 0, Consultation: false, Channel: []string{"web", "board", "kiosk"},
		Description: "县委县政府年度工作目标及完成情况。"},
	{Key: "projects", Label: "重点项目建设", Group: "政务公开", Term: "periodic", MinWindow: 0, Consultation: false, Channel: []string{"web", "board", "kiosk"},
		Description: "重点项目的立项、招投标、建设进度和资金使用情况。"},
	{Key: "appointments", Label: "干部调整任用", Group: "政务公开", Term: "immediate", MinWindow: 5, Consultation: false, UnlistAfter: "30d", Channel: []string{"web", "board", "kiosk"},
		Description: "干部考察预告、任前公示和任职决定。"},
}

type issuer struct{ Key, Label, Group string }

var issuers = []issuer{
	{"congress", "县党代会", "县委"},
	{"plenary", "县委全委会", "县委"},
	{"standing", "县委常委会", "县委"},
	{"discipline", "县纪委全委会及常委会", "县纪委"},
	{"party-office", "县委办公室", "县委工作部门"},
	{"organization", "县委组织部", "县委工作部门"},
	{"propaganda", "县委宣传部", "县委工作部门"},
	{"united-front", "县委统战部", "县委工作部门"},
	{"political-legal", "县委政法委", "县委工作部门"},
	{"petition", "县委群众信访工作部", "县委工作部门"},
	{"executive", "县政府常务会议", "县政府"},
	{"gov-office", "县政府办公室", "县政府工作部门"},
	{"development", "县发展和改革局", "县政府工作部门"},
	{"finance", "县财政局", "县政府工作部门"},
	{"housing", "县住房和城乡建设局", "县政府工作部门"},
	{"approval", "县行政审批局", "县政府工作部门"},
	{"qingshi", "青石镇党委、政府", "乡镇"},
}

type board struct {
	Number                int
	Name, Location, Paper string
	Orientation           string
	Categories            []string
	Columns               int      // 0: the default, lines of 25 to 40 characters
	Lists                 []string // generated lists: powers (职权目录), risks (廉政风险点)
	Scope                 string   // "internal" for a board inside the Party; public when empty
}

// boards are the ten fixed bulletin boards the policy asks for at least
// (实施细则五.1), and a board inside the Party committee's offices that only
// the internal edition lays out.
var boards = []board{
	{1, "领导班子成员职权分工", "县委大院正门西侧公开栏", "A1", "portrait", []string{"duties"}, 0, nil, ""},
	{2, "联系方式", "县委大院正门东侧公开栏", "A1", "portrait", []string{"contacts"}, 0, nil, ""},
	{3, "年度工作目标", "县政府办公楼一楼大厅", "A0", "portrait", []string{"goals"}, 0, nil, ""},
	{4, "重点项目建设", "县政务服务中心广场", "A0", "landscape", []string{"projects"}, 0, nil, ""},
	{5, "干部调整任用", "县委大院东侧公开栏", "A1", "portrait", []string{"cadre", "appointments"}, 0, nil, ""},
	{6, "职权目录", "县政务服务中心二楼走廊", "A1", "landscape", []string{"powers"}, 0, []string{"powers"}, ""},
	{7, "权力运行流程图", "县政务服务中心二楼走廊", "A1", "portrait", []string{"flowcharts"}, 0, nil, ""},
	{8, "廉政风险点", "县纪委监委办公楼一楼", "A2", "portrait", []string{"integrity"}, 0, []string{"risks"}, ""},
	{9, "重大决策", "县政府办公楼一楼大厅", "A1", "portrait", []string{"decisions", "resolutions"}, 0, nil, ""},
	{10, "党务公开", "县委党校门口公开栏", "A2", "portrait", []string{"organization"}, 0, nil, ""},
	{11, "党内公开栏", "县委机关办公楼一楼党员活动室", "A2", "portrait", []string{"organization", "integrity"}, 0, nil, "internal"},
}

type kiosk struct {
	Name, Title, Kind string
	Width, Height     int
	Categories        []string
}

// kiosks are an electronic display screen and a touch screen.
var kiosks = []kiosk{
	{"lobby", "青山县权力公开透明运行", "display", 1920, 1080, []string{"cadre", "appointments", "decisions", "goals", "projects"}},
	{"hall", "青山县党务政务公开查询", "touch", 1080, 1920, []string{"duties", "contacts", "goals", "projects", "cadre", "appointments", "powers", "flowcharts", "decisions", "masses"}},
}
