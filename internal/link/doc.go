// Package link decides what a link written by an editor becomes in the
// published output.
//
// Every form a link can take — a file name, a path from the site root, an
// address on base_url (with or without its base path, in any letter case,
// on another port or protocol-relative), with index.html, a query or a
// fragment, percent-encoded, with ./ and ../ segments, backslashes or spaces
// around it — is first resolved to one Target by Resolve. Rules about where
// a link may lead (model checks that a public item never points to an
// internal item, a draft or a future item) are applied to the Target, so
// they cannot be dodged by writing the same link another way.
//
// Only http, https, mailto and tel links and links within the site are
// published. Scheme reads a scheme the way a browser would, after undoing
// what could hide it (entities, percent-encoding, letter case, spaces and
// control characters inside it); Allowed is the last check the Markdown
// renderer makes before it writes an href or a src.
package link
