// Renders a whole screen or one pane into an in-memory canvas.
import Interpreter
@testable import DebuggerTUI

struct RenderedScreen {
    let canvas: GridCanvas
    var lines: [String] { canvas.lines }
    var text: String { canvas.text }

    /// The first row containing every fragment.
    func row(containing fragments: String...) -> Int? {
        lines.firstIndex { line in fragments.allSatisfy { line.contains($0) } }
    }
}

func renderScreen(_ snapshot: DebugSnapshot, width: Int, height: Int, glyphs: Glyphs = .unicode,
                  focus: PaneID = .source, maximized: PaneID? = nil, panes: PaneSet = PaneSet(),
                  editor: LineEditor? = nil) -> RenderedScreen {
    let canvas = GridCanvas(width: width, height: height)
    let renderer = ScreenRenderer(theme: Theme(glyphs: glyphs, usesColor: true), keyMap: .standard)
    panes.follow(snapshot)
    let frame = ScreenRenderer.Frame(focus: focus, maximized: maximized, running: false, editor: editor, help: nil, message: nil)
    _ = renderer.render(snapshot, panes: panes, frame: frame, on: canvas)
    return RenderedScreen(canvas: canvas)
}

/// Draws one pane alone in a `width` x `height` canvas.
func renderPane(width: Int, height: Int, glyphs: Glyphs = .unicode, focused: Bool = false,
                _ draw: (Region, DrawContext) -> Void) -> RenderedScreen {
    let canvas = GridCanvas(width: width, height: height)
    let region = Region(canvas: canvas, rect: Rect(x: 0, y: 0, width: width, height: height), glyphs: glyphs)
    draw(region, DrawContext(theme: Theme(glyphs: glyphs, usesColor: true), focused: focused))
    return RenderedScreen(canvas: canvas)
}
