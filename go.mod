module github.com/gongkai/gongkai

go 1.26.8

require (
	github.com/BurntSushi/toml v1.6.0 // indirect
	github.com/tdewolff/minify/v2 v2.24.25 // indirect
	github.com/tdewolff/parse/v2 v2.8.20 // indirect
	github.com/yuin/goldmark v1.8.7 // indirect
	golang.org/x/tools v0.52.0 // indirect
)
