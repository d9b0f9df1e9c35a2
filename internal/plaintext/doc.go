// Package plaintext checks that a file an editor wrote is text gongkai can
// read: UTF-8 without NUL bytes. A file saved as GBK (common in Chinese
// offices) or UTF-16, or a binary file given a .md or .toml name, is named
// with the line of its first bad byte and what to do about it; a UTF-8 byte
// order mark is accepted.
package plaintext
