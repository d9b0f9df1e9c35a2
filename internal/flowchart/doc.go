// Package flowchart lays out and draws power-operation flowcharts
// (权力运行流程图) as inline SVG at build time, so the website, the board
// sheets and the kiosks show the same chart without JavaScript.
//
// A Chart is a list of steps joined by edges; it must be acyclic and every
// step must be reachable from the first. Layout places it top-down:
//
//   - layers: each step sits on the layer of its longest path from the start,
//     so every edge points down; an edge that spans several layers is routed
//     through empty slots ("lanes") in the layers it crosses, never through a
//     box;
//   - order: within a layer, steps follow a depth-first walk (the first
//     `next` of a step is its main outcome), then barycentre sweeps reduce
//     crossings; the chain of first outcomes from the start, the spine, is
//     drawn as one straight column and branches stand beside it;
//   - position: each layer is spread by weighted isotonic regression (see
//     spread), so boxes never overlap and the spine stays straight;
//   - routes: edges leave a box at the bottom and enter the next at the top,
//     with horizontal jogs on tracks between the layers, ordered to avoid
//     crossings; a branch label sits just right of its edge under its box.
//
// Every step box lists the step's name and its fields (主体, 条件, 目标,
// 时限, 要求), wrapped by character width (package textfit) to the box's
// text column; a step carrying a risk point shows a triangle and the level
// word, never colour alone. Layout is pure geometry, so tests can check its
// properties; SVG draws it. Both are deterministic.
package flowchart
