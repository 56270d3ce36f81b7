// Draws one whole frame: each pane in its rectangle under a title bar, the
// dividers, the status bar, and the help box or the too-small message on top.
import Interpreter

/// The panes and their view state (scroll offsets, cursors, expanded rows).
final class PaneSet {
    let source = SourcePane()
    let stack = StackPane()
    let scopes = ScopesPane()
    let cells = CellsPane()
    let output = OutputPane()
    /// The heap pane, shown in the output pane's place while `showsHeap`.
    let heap = HeapPane()
    var showsHeap = false

    /// After a stop: the source and stack show the selected frame, output its end.
    func follow(_ snapshot: DebugSnapshot) {
        source.follow(snapshot)
        stack.follow(snapshot)
        output.follow()
        heap.follow()
    }
}

struct ScreenRenderer {
    var theme: Theme
    var keyMap: KeyMap

    struct Frame {
        var focus: PaneID
        var maximized: PaneID?
        var running: Bool
        var editor: LineEditor?
        var help: HelpOverlay?
        var message: String?
        /// The `:` prompt being typed, drawn on the status bar's second row.
        var prompt: LineEditor?
        var breakpointList: BreakpointList?
        /// The teacher view's layout.
        var teacher = false
        /// The prompt's label when it is not the `:` prompt (a quiz prediction).
        var promptLabel: String?
    }

    /// Draws on `canvas`; returns where the text cursor belongs (typing input).
    func render(_ snapshot: DebugSnapshot, panes: PaneSet, frame: Frame, on canvas: Canvas) -> (row: Int, column: Int)? {
        canvas.clear()
        let full = Region(canvas: canvas, rect: Rect(x: 0, y: 0, width: canvas.width, height: canvas.height), glyphs: theme.glyphs)
        switch Layout.compute(width: canvas.width, height: canvas.height, maximized: frame.maximized, teacher: frame.teacher) {
        case .tooSmall(let width, let height):
            drawTooSmall(in: full, width: width, height: height)
            return nil
        case .screen(let layout):
            var cursor: (row: Int, column: Int)?
            for pane in PaneID.allCases {
                guard let rect = layout.panes[pane] else { continue }
                let focused = pane == frame.focus
                drawTitle(of: pane, snapshot: snapshot, panes: panes, frame: frame,
                          in: full.subregion(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1)), focused: focused)
                var contentRect = rect.droppingTop(1)
                if pane != .source {
                    // A column of air between a divider and the text.
                    contentRect.x += 1
                    contentRect.width = max(0, contentRect.width - 1)
                }
                let content = full.subregion(contentRect)
                let context = DrawContext(theme: theme, focused: focused)
                switch pane {
                case .source: panes.source.draw(in: content, snapshot: snapshot, context: context)
                case .stack: panes.stack.draw(in: content, snapshot: snapshot, context: context)
                case .scopes: panes.scopes.draw(in: content, snapshot: snapshot, context: context)
                case .cells: panes.cells.draw(in: content, snapshot: snapshot, context: context)
                case .output where panes.showsHeap:
                    panes.heap.draw(in: content, snapshot: snapshot, context: context)
                case .output:
                    panes.output.draw(in: content, snapshot: snapshot, context: context, editor: frame.editor)
                    if let inputCursor = panes.output.inputCursor {
                        cursor = (content.rect.y + inputCursor.row, content.rect.x + inputCursor.column)
                    }
                }
            }
            for divider in layout.dividers {
                let region = full.subregion(divider)
                for row in 0..<region.height {
                    region.write(theme.glyphs.verticalLine, row: row, column: 0, style: Style(.separator))
                }
            }
            StatusBar(keyMap: keyMap).draw(in: full.subregion(layout.status), snapshot: snapshot,
                                           running: frame.running, message: frame.message, glyphs: theme.glyphs)
            if let prompt = frame.prompt, layout.status.height > 1 {
                cursor = drawPrompt(prompt, label: frame.promptLabel, in: full.subregion(layout.status), row: 1)
            }
            if let list = frame.breakpointList {
                list.draw(in: full, snapshot: snapshot)
                return nil
            }
            if let help = frame.help {
                help.draw(in: full, keyMap: keyMap)
                return nil
            }
            return cursor
        }
    }

    private func drawTitle(of pane: PaneID, snapshot: DebugSnapshot, panes: PaneSet, frame: Frame,
                           in region: Region, focused: Bool) {
        let style = Style(focused ? .focusedPaneTitle : .paneTitle)
        region.fill(row: 0, style: style)
        var title: String
        switch pane {
        case .source: title = panes.source.title(for: snapshot)
        case .stack: title = panes.stack.title(for: snapshot)
        case .scopes: title = panes.scopes.title(for: snapshot)
        case .cells: title = panes.cells.title(for: snapshot)
        case .output where panes.showsHeap: title = panes.heap.title(for: snapshot)
        case .output: title = panes.output.title(typing: frame.editor != nil)
        }
        if frame.maximized == pane { title += "  (z restores the layout, Tab shows the next pane)" }
        region.write(" " + title, row: 0, column: 0, style: style, elide: true)
    }

    /// ": " and the line being typed; returns the screen position of the cursor.
    private func drawPrompt(_ editor: LineEditor, label quizLabel: String?, in region: Region, row: Int) -> (row: Int, column: Int) {
        region.fill(row: row, style: Style(.plain))
        let label = quizLabel ?? ": "
        let x = region.write(label, row: row, column: 0, style: Style(.message))
        if editor.text.isEmpty {
            let hint = quizLabel == nil ? PromptCommand.hint : "a Python value; Enter submits (empty skips), Esc cancels"
            region.write(hint, row: row, column: x + 1, style: Style(.dim), elide: true)
        }
        let window = editor.visibleWindow(columns: max(1, region.width - x - 1))
        region.write(window.text, row: row, column: x, style: Style(.input))
        return (region.rect.y + row, region.rect.x + x + window.cursorColumn)
    }

    private func drawTooSmall(in region: Region, width: Int, height: Int) {
        let times = theme.glyphs.isASCII ? "x" : "×"
        let text = "terminal too small: need \(Layout.minimumWidth)\(times)\(Layout.minimumHeight) "
            + "(this one is \(width)\(times)\(height)). Enlarge it, or press q to quit."
        let rows = TextWrap.wrapWords(text, width: region.width)
        let top = max(0, (region.height - rows.count) / 2)
        for (index, row) in rows.enumerated() {
            let column = max(0, (region.width - TextWidth.columns(of: row)) / 2)
            region.write(row, row: top + index, column: column, style: Style(.message))
        }
    }
}
