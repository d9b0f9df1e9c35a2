package markdown

import (
	"os"
	"testing"

	"github.com/gongkai/gongkai/internal/browser/browsertest"
)

// TestMain stops the browser the tests shared.
func TestMain(m *testing.M) { os.Exit(browsertest.Main(m)) }
