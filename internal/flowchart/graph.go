package flowchart

import (
	"fmt"
	"strings"
)

// graph is a chart as numbered nodes and edges, with the lanes (dummy nodes)
// that carry long edges through the layers between their ends.
type graph struct {
	steps  int     // nodes 0..steps-1 are steps; the rest are lanes
	layer  []int   // per node
	edges  []edge  // real edges, in chart order
	chain  [][]int // per edge: its nodes from source to target, lanes between
	succ   [][]int // per node: next nodes along chains
	pred   [][]int // per node: previous nodes along chains
	spine  []bool  // per node: on the chain of first outcomes from the start
	weight []float64
	layers int
	inset  []float64 // per step: how far from its sides edges may meet it
}

type edge struct {
	from, to int
	label    string
}

// CycleError reports steps that lead back to themselves.
type CycleError struct{ Path []string }

func (e *CycleError) Error() string {
	return "steps " + strings.Join(e.Path, " → ") + " form a cycle"
}

// newGraph checks the chart and builds its layered graph.
func newGraph(c *Chart) (*graph, error) {
	if len(c.Steps) == 0 {
		return nil, fmt.Errorf("the chart has no steps")
	}
	index := map[string]int{}
	for i, s := range c.Steps {
		if _, dup := index[s.ID]; dup {
			return nil, fmt.Errorf("two steps have the id %q", s.ID)
		}
		index[s.ID] = i
	}
	g := &graph{steps: len(c.Steps)}
	for i, s := range c.Steps {
		for _, e := range s.Next {
			j, ok := index[e.To]
			if !ok {
				return nil, fmt.Errorf("step %q leads to %q, which is not a step", s.ID, e.To)
			}
			g.edges = append(g.edges, edge{from: i, to: j, label: e.Label})
		}
	}
	if cyc := findCycle(c, g); cyc != nil {
		return nil, cyc
	}
	if err := g.assignLayers(c); err != nil {
		return nil, err
	}
	g.addLanes()
	g.markSpine()
	return g, nil
}

func (g *graph) out(v int) []int {
	var es []int
	for i, e := range g.edges {
		if e.from == v {
			es = append(es, i)
		}
	}
	return es
}

// findCycle returns the first cycle met by a depth-first walk, or nil.
func findCycle(c *Chart, g *graph) *CycleError {
	state := make([]int, g.steps) // 0 new, 1 on the stack, 2 done
	var stack []int
	var visit func(v int) *CycleError
	visit = func(v int) *CycleError {
		state[v] = 1
		stack = append(stack, v)
		for _, ei := range g.out(v) {
			w := g.edges[ei].to
			switch state[w] {
			case 1:
				return cycleFrom(c, stack, w)
			case 0:
				if err := visit(w); err != nil {
					return err
				}
			}
		}
		stack = stack[:len(stack)-1]
		state[v] = 2
		return nil
	}
	for v := range g.steps {
		if state[v] == 0 {
			if err := visit(v); err != nil {
				return err
			}
		}
	}
	return nil
}

func cycleFrom(c *Chart, stack []int, w int) *CycleError {
	var path []string
	for i := len(stack) - 1; i >= 0; i-- {
		if stack[i] == w {
			for _, v := range stack[i:] {
				path = append(path, c.Steps[v].ID)
			}
			break
		}
	}
	return &CycleError{Path: append(path, c.Steps[w].ID)}
}

// assignLayers puts each step on the layer of its longest path from the
// start, and fails when a step cannot be reached from it (or from a
// connector that begins a part of a split chart).
func (g *graph) assignLayers(c *Chart) error {
	indeg := make([]int, g.steps)
	for _, e := range g.edges {
		indeg[e.to]++
	}
	g.layer = make([]int, g.steps)
	reached := make([]bool, g.steps)
	reached[0] = true
	for v, st := range c.Steps {
		reached[v] = reached[v] || (st.Connector != "" && indeg[v] == 0)
	}
	queue := []int{}
	for v := range g.steps {
		if indeg[v] == 0 {
			queue = append(queue, v)
		}
	}
	for len(queue) > 0 {
		v := queue[0]
		queue = queue[1:]
		for _, ei := range g.out(v) {
			w := g.edges[ei].to
			if reached[v] {
				reached[w] = true
				g.layer[w] = max(g.layer[w], g.layer[v]+1)
			}
			if indeg[w]--; indeg[w] == 0 {
				queue = append(queue, w)
			}
		}
	}
	for v, ok := range reached {
		if !ok {
			return fmt.Errorf("step %q cannot be reached from the first step %q", c.Steps[v].ID, c.Steps[0].ID)
		}
	}
	for _, l := range g.layer {
		g.layers = max(g.layers, l+1)
	}
	return nil
}

// addLanes gives every edge its chain of nodes, adding one lane node per
// layer the edge crosses.
func (g *graph) addLanes() {
	n := g.steps
	g.chain = make([][]int, len(g.edges))
	for i, e := range g.edges {
		ch := []int{e.from}
		for l := g.layer[e.from] + 1; l < g.layer[e.to]; l++ {
			g.layer = append(g.layer, l)
			ch = append(ch, n)
			n++
		}
		g.chain[i] = append(ch, e.to)
	}
	g.succ = make([][]int, n)
	g.pred = make([][]int, n)
	for _, ch := range g.chain {
		for k := 1; k < len(ch); k++ {
			g.succ[ch[k-1]] = append(g.succ[ch[k-1]], ch[k])
			g.pred[ch[k]] = append(g.pred[ch[k]], ch[k-1])
		}
	}
}

// degree is the larger of a step's in- and out-degree: the edges that meet
// one side of its box.
func (g *graph) degree(v int) int {
	in, out := 0, 0
	for _, e := range g.edges {
		if e.to == v {
			in++
		}
		if e.from == v {
			out++
		}
	}
	return max(in, out)
}

func (g *graph) nodes() int        { return len(g.layer) }
func (g *graph) isLane(v int) bool { return v >= g.steps }

// markSpine follows first outcomes from the start and weights the nodes:
// the spine is nearly immovable, lanes prefer to run straight.
func (g *graph) markSpine() {
	g.spine = make([]bool, g.nodes())
	g.weight = make([]float64, g.nodes())
	for v := range g.weight {
		g.weight[v] = 1
		if g.isLane(v) {
			g.weight[v] = 4
		}
	}
	for v := 0; ; {
		g.spine[v] = true
		es := g.out(v)
		if len(es) == 0 {
			break
		}
		for _, u := range g.chain[es[0]][1:] {
			g.spine[u] = true
		}
		v = g.edges[es[0]].to
	}
	for v, s := range g.spine {
		if s {
			g.weight[v] = 1e6
		}
	}
}
