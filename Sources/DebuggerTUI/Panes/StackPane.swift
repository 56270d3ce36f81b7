// The call stack, outermost frame first as in a Python traceback: function,
// line, and the file when it is not the main program (a frame in an imported
// helper.py). A long qualified name wraps onto further rows rather than being
// cut. The selected frame is highlighted; choosing a row selects that frame
// in the session (the App does that).
import Interpreter

final class StackPane {
    private var viewport = ListViewport()
    private(set) var visibleHeight = 0
    private var revealSelection = true
    /// The file of each frame, outermost first (empty when the core cannot say).
    var frameFiles: [String] = []
    /// The frame of each row drawn last.
    private var rowFrames: [Int] = []

    /// After a stop or a frame change: show the selected frame.
    func follow(_ snapshot: DebugSnapshot) {
        viewport.cursor = snapshot.selectedFrame
        revealSelection = true
    }

    func title(for snapshot: DebugSnapshot) -> String {
        snapshot.stack.isEmpty ? "Call stack" : "Call stack (\(snapshot.stack.count))"
    }

    /// The frame a motion selects, or nil to leave it.
    func frame(after motion: Motion, snapshot: DebugSnapshot) -> Int? {
        guard !snapshot.stack.isEmpty else { return nil }
        var moved = viewport
        moved.cursor = snapshot.selectedFrame
        guard moved.apply(motion, count: snapshot.stack.count, height: visibleHeight) else { return nil }
        if motion == .wheelUp || motion == .wheelDown {
            // The wheel scrolls the rows; it does not select.
            viewport.top = min(max(0, viewport.top + (motion == .wheelUp ? -3 : 3)), max(0, rowFrames.count - visibleHeight))
            return nil
        }
        return moved.cursor == snapshot.selectedFrame ? nil : moved.cursor
    }

    /// The frame drawn on `row` of the content region.
    func frame(atRow row: Int, snapshot: DebugSnapshot) -> Int? {
        let index = viewport.top + row
        return row >= 0 && index < rowFrames.count ? rowFrames[index] : nil
    }

    func draw(in region: Region, snapshot: DebugSnapshot, context: DrawContext) {
        visibleHeight = region.height
        let stack = snapshot.stack
        guard !stack.isEmpty else {
            region.write(emptyMessage(snapshot), row: 0, column: 1, style: Style(.dim), elide: true)
            return
        }
        let selectedFrame = min(max(0, snapshot.selectedFrame), stack.count - 1)
        let glyphs = context.glyphs
        var rows: [PaneRow] = []
        rowFrames = []
        for (index, frame) in stack.enumerated() {
            let selected = index == selectedFrame
            var segments = [
                Segment(selected ? glyphs.selectedRow + " " : "  ", .plain),
                Segment(frame.function, index == stack.count - 1 ? .name : .plain),
                Segment(" line \(frame.line)", .lineNumber),
            ]
            if let file = frameFiles.indices.contains(index) ? frameFiles[index] : nil, file != snapshot.filename {
                segments.append(Segment(" in " + Self.baseName(file), .dim))
            }
            let fill = selected ? Style(context.focused ? .currentLine : .selectedFrameLine) : nil
            for piece in PaneRow(segments, fill: fill).wrapped(width: region.width, continuationIndent: 4) {
                rows.append(piece)
                rowFrames.append(index)
            }
        }
        let firstSelectedRow = rowFrames.firstIndex(of: selectedFrame) ?? 0
        viewport.cursor = firstSelectedRow
        if revealSelection {
            viewport.reveal(firstSelectedRow, count: rows.count, height: region.height, margin: 1)
            // All of the selected frame's rows, its line number included.
            let lastSelectedRow = rowFrames.lastIndex(of: selectedFrame) ?? firstSelectedRow
            viewport.top = min(firstSelectedRow, max(viewport.top, lastSelectedRow - region.height + 1))
            revealSelection = false
        }
        // Not clamp(): the wheel may scroll the selected frame out of view.
        viewport.top = min(max(0, viewport.top), max(0, rows.count - region.height))
        region.drawList(count: rows.count, viewport: viewport, showCursor: false) { rows[$0] }
    }

    /// "helper.py" for "/home/kim/lesson/helper.py".
    static func baseName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    /// A qualified name that does not fit loses its leading parts first:
    /// "outer.<locals>.inner" becomes "…inner", the part that names the frame.
    static func shortened(_ name: String, toFit width: Int, ellipsis: String) -> String {
        guard TextWidth.columns(of: name) > width else { return name }
        var parts = name.split(separator: ".", omittingEmptySubsequences: false)
        while parts.count > 1 {
            parts.removeFirst()
            let candidate = ellipsis + parts.joined(separator: ".")
            if TextWidth.columns(of: candidate) <= width { return candidate }
        }
        return name  // Region elides the end of a single long part
    }

    private func emptyMessage(_ snapshot: DebugSnapshot) -> String {
        switch snapshot.state {
        case .notStarted: return "(not started)"
        case .finished: return "(finished)"
        default: return "(no frames)"
        }
    }
}
