// Package publish writes a build's output: every file is minified by its type
// (HTML, CSS, JS, JSON, SVG, XML) and written into a temporary folder beside
// the destination, which replaces the destination only when the whole build
// has succeeded. A failed build leaves the previous output exactly as it was.
//
// What a publisher can rely on:
//
//   - The destination is always a complete output, the previous one or the
//     new one, even if gongkai is killed at any moment: the new folder is
//     swapped in with one rename(2) that exchanges the two folders
//     (renameat2 RENAME_EXCHANGE on Linux, RENAME_SWAP on macOS). Where the
//     file system cannot exchange, the previous folder is moved aside and the
//     new one moved in; a build killed between those two renames leaves the
//     previous output beside the destination (".public.tmp-N.old"), and the
//     next build puts it back before anything else.
//   - The destination stays a real folder (never a symlink); folders are
//     0755 and files 0644, whatever the umask, so a web server running as
//     another user can read them.
//   - Every output folder holds a marker, ".gongkai", that records the scope
//     (public or internal) it was built with. A folder without it is never
//     replaced; a folder of one scope is never replaced by the other.
//   - Folders left by a killed build (".public.tmp-N", ".public.tmp-N.old":
//     the name pattern and a marker inside) are removed when the next build
//     starts. A build holds an flock on its temporary folder's marker, and
//     the cleaner removes only folders whose lock it can take, so two builds
//     may run at once: each leaves the other's folder alone, and the swaps
//     (and the cleaning) take turns under an flock on the destination's
//     parent folder. Where flock is missing (not Unix), only leftovers older
//     than an hour are removed.
package publish
