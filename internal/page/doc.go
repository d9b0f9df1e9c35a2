// Package page is what every channel's layouts build on: the template
// functions (Funcs), the page data common to every kind (Page, Crumb,
// Pager) and the helpers layouts call on it. Channels (web, board, kiosk)
// import page; page imports no channel.
package page
