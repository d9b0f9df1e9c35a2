// Package ledger keeps the site's URL ledger, urls.txt: every address the
// public build has published that readers may have bookmarked, linked or
// printed (an item's QR code on a board sheet), so that none of them
// silently turns into a "not found".
//
// The file is plain text in the site folder, committed with the site, one
// address per line, sorted, under a Chinese comment header that explains
// it. A line is an address from the site root, the day it was listed (the
// --now of the build that listed it), and for an item page its title and
// 文号, which are what a moved page is recognised by:
//
//	/cadre/wang/  2026-11-27  关于王某某同志任前公示  文号：青组公〔2026〕12号
//	/categories/cadre/  2026-11-27
//
// An editor retires an address on purpose by writing "retired" after it:
//
//	/cadre/old/  retired 2026-12-01 已撤销
//
// A public build checks the ledger (Check): every address listed on or
// before --now and not retired must be answered by the build — a page, a
// file, or a redirect page of an alias — or the build fails with an error
// at the line that says what to write. Then it adds the addresses it
// publishes that the ledger lacks (Addresses, Ledger.With); existing lines
// are kept as written. Paginated pages (…/page/2/), month archives, the
// risk register's level pages, static files, kiosk manifests and PDFs come
// and go with the content and are not listed.
package ledger
