package report

// approval is the block every report ends with: the leaders who review it
// before it is handed in sign and date it by hand (分管领导审核, 主要领导审核).
func (p *printer) approval() {
	p.f("## 审核\n\n| 审核 | 签字 | 日期 |\n|---|---|---|\n")
	for _, who := range approvers {
		p.f("| %s | | 年　月　日 |\n", who)
	}
}

// approvers are the reviews a report passes, in order.
var approvers = []string{"分管领导审核", "主要领导审核"}

// approvalRows are the approval block as rows of a spreadsheet.
func approvalRows(cw sheet) {
	cw.Write(nil)
	for _, who := range approvers {
		cw.Write([]string{who, "签字：", "日期："})
	}
}
