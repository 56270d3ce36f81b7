// A TerminalDevice for tests: keys come from a script, frames are drawn on a
// GridCanvas and counted.
@testable import DebuggerTUI

final class FakeTerminal: TerminalDevice {
    let grid: GridCanvas
    var canvas: Canvas { grid }
    let glyphs: Glyphs
    private var keys: [Key]
    private(set) var presentedFrames = 0
    private(set) var lastCursor: (row: Int, column: Int)?
    /// Size the terminal takes at the next updateSize (a scripted resize).
    var pendingSize: (width: Int, height: Int)?
    /// Screens captured at each present, when asked for.
    var recordScreens = false
    private(set) var screens: [String] = []

    init(width: Int = 120, height: Int = 36, keys: [Key] = [], glyphs: Glyphs = .unicode) {
        grid = GridCanvas(width: width, height: height)
        self.keys = keys
        self.glyphs = glyphs
    }

    /// Scripted keys in order; nil when the script is used up, which ends
    /// the App's loop when it waits for a key.
    func readKey(timeoutMilliseconds: Int?) -> Key? {
        keys.isEmpty ? nil : keys.removeFirst()
    }

    func updateSize() {
        if let size = pendingSize {
            grid.resize(width: size.width, height: size.height)
            pendingSize = nil
        }
    }

    private(set) var invalidations = 0
    func invalidate() { invalidations += 1 }

    func present(cursor: (row: Int, column: Int)?) {
        presentedFrames += 1
        lastCursor = cursor
        if recordScreens { screens.append(grid.text) }
    }
}

/// Keys for a word typed at the keyboard.
func typed(_ text: String) -> [Key] { text.map { .character($0) } }
