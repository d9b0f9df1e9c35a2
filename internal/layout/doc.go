// Package layout finds, parses and runs the templates of a site's theme.
//
// The lookup rule, file by file: a template path F under layouts/ (such as
// "item.html" or "partials/footer.html") is read from the first of
//
//  1. <site>/layouts/F
//  2. <site>/themes/<theme>/layouts/F
//  3. the copy of the theme built into gongkai (theme "default")
//
// so a site overrides one file of its theme by putting a file of the same
// name in its own layouts/. Static files follow the same rule in reverse
// order of strength: the built-in theme's static/, then the site's theme's
// static/, then the site's own static/, each replacing files of the same path.
//
// A page of kind K (home, item, list, …) is rendered by K.html. When K.html
// defines a template named "main", the page is base.html with that "main"
// inside it; otherwise K.html is the whole document (board sheets and kiosk
// pages work this way). Every file under partials/ is available to every page.
package layout
