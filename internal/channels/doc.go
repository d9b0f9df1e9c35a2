// Package channels is the one list of gongkai's output channels (Default),
// in the order they are rendered. A build takes the list it is given
// (build.Options.Channels); nothing else names the channels.
package channels
