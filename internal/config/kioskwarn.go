package config

// kioskKindKeys warns about keys that do nothing for the kiosk's kind:
// the readers of a touch screen turn its pages, and a display has no
// start screen to go back to.
func (v *validator) kioskKindKeys(p string, k *Kiosk) {
	const touch = `%s does nothing on a touch kiosk, whose readers turn the pages themselves; remove it, or write kind = "display" for a screen that turns its slides by itself`
	switch k.Kind {
	case "touch":
		for _, key := range []string{"slide_seconds", "round", "max_slides"} {
			if v.meta.Has(p + "." + key) {
				v.warnf(p+"."+key, touch, key)
			}
		}
	case "display":
		if v.meta.Has(p + ".idle") {
			v.warnf(p+".idle", `idle does nothing on a display kiosk, which has no start screen to go back to; remove it, or write kind = "touch" for a touch screen`)
		}
	}
}

// kioskTitle warns about a kiosk whose top would say the same thing twice:
// with no county in site.toml the county is the site's title, which is
// also the kiosk's title when it sets none. The theme then leaves the
// county out, and the screen has no line naming the county's Party
// committee and government.
func (v *validator) kioskTitle(p string, k *Kiosk) {
	if v.meta.Has("county") || k.Title != v.site.Title {
		return
	}
	at := p
	if v.meta.Has(p + ".title") {
		at = p + ".title"
	}
	v.warnf(at, `kiosk %q would show %q twice at its top, as the county and as its title, since site.toml sets no county; write county = "中共某某县委 某某县人民政府" at the top of site.toml, or give the kiosk its own title`, k.Name, k.Title)
}
