package config

import (
	"net/url"
	"path"
	"regexp"
	"strings"
)

// SiteInfo is [site_info] in site.toml: what every gov.cn site states in
// its footer (主办、承办单位, 网站标识码, ICP备案号, 公安机关备案号, the
// 党政机关网站 mark, 网站纠错) and in its pages' metadata. Every key is
// optional: an absent key prints nothing.
type SiteInfo struct {
	Sponsor     string `toml:"sponsor"`      // 主办单位
	Organiser   string `toml:"organiser"`    // 承办单位
	SiteCode    string `toml:"site_code"`    // 网站标识码, ten letters and digits
	ICP         string `toml:"icp"`          // ICP备案号: 赣ICP备12345678号-1
	ICPLink     string `toml:"icp_link"`     // default https://beian.miit.gov.cn/
	Police      string `toml:"police"`       // 公安机关备案号: 赣公网安备36072102000123号
	PoliceLink  string `toml:"police_link"`  // the record's page at beian.mps.gov.cn
	Mark        string `toml:"mark"`         // 党政机关网站 mark: an image under static/, "images/mark.png"
	MarkLink    string `toml:"mark_link"`    // where the mark leads (the registry's page for the site)
	ErrorReport string `toml:"error_report"` // 网站纠错: where readers report an error on the site
	Description string `toml:"description"`  // what the site is: the home page's Description
}

// DefaultICPLink is where an ICP number links when icp_link is not given:
// the registry (工业和信息化部政务服务平台) that answers for every number.
const DefaultICPLink = "https://beian.miit.gov.cn/"

var (
	siteCodePattern = regexp.MustCompile(`^[0-9A-Za-z]{10}$`)
	icpPattern      = regexp.MustCompile(`ICP备\d+号(-\d+)?$`)
	policePattern   = regexp.MustCompile(`公网安备\s*\d+号$`)
)

// Domain is the host of base_url (the guidelines' SiteDomain).
func (s *Site) Domain() string {
	u, err := url.Parse(s.LinkBase())
	if err != nil {
		return ""
	}
	return u.Host
}

func (v *validator) siteInfo() {
	si := &v.site.SiteInfo
	if si.ICP != "" && si.ICPLink == "" {
		si.ICPLink = DefaultICPLink
	}
	if c := si.SiteCode; c != "" && !siteCodePattern.MatchString(c) {
		v.errorf("site_info.site_code", `site_code %q is not a 网站标识码 (ten letters and digits, as the registry gave it); write site_code = "3607210001"`, c)
	}
	if c := si.ICP; c != "" && !icpPattern.MatchString(c) {
		v.errorf("site_info.icp", `icp %q is not an ICP number; write it as the registry gave it: icp = "赣ICP备12345678号-1"`, c)
	}
	if c := si.Police; c != "" && !policePattern.MatchString(c) {
		v.errorf("site_info.police", `police %q is not a public-security record number; write it as the record gives it: police = "赣公网安备36072102000123号"`, c)
	}
	for _, k := range []struct{ key, val string }{{"icp_link", si.ICPLink}, {"police_link", si.PoliceLink}, {"mark_link", si.MarkLink}, {"error_report", si.ErrorReport}} {
		if k.val != "" && !webAddress(k.val) {
			v.errorf("site_info."+k.key, `%s %q is not a web address; write the whole address, such as %s = "https://…"`, k.key, k.val, k.key)
		}
	}
	if m := si.Mark; m != "" && (path.IsAbs(m) || strings.Contains(m, "\\") || strings.HasPrefix(path.Clean(m), "..") || strings.HasPrefix(m, "static/")) {
		v.errorf("site_info.mark", `mark %q must be a path inside the site's static/ folder, written from it; for static/images/mark.png write mark = "images/mark.png"`, m)
	}
}

// webAddress reports whether s is an http or https address with a host.
func webAddress(s string) bool {
	u, err := url.Parse(s)
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}
