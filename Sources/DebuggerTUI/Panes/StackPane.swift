// The call stack, outermost frame first as in a Python traceback, one row
// per frame: function and line. The selected frame's row is highlighted;
// choosing a row selects that frame in the session (the App does that).
import Interpreter

final class StackPane {
    private var viewport = ListViewport()
    private(set) var visibleHeight = 0
    private var revealSelection = true

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
            viewport.top = moved.top  // the wheel scrolls; it does not select
            return nil
        }
        return moved.cursor == snapshot.selectedFrame ? nil : moved.cursor
    }

    /// The frame drawn on `row` of the content region.
    func frame(atRow row: Int, snapshot: DebugSnapshot) -> Int? {
        let index = viewport.top + row
        return row >= 0 && index < snapshot.stack.count ? index : nil
    }

    func draw(in region: Region, snapshot: DebugSnapshot, context: DrawContext) {
        visibleHeight = region.height
        let stack = snapshot.stack
        guard !stack.isEmpty else {
            region.write(emptyMessage(snapshot), row: 0, column: 1, style: Style(.dim), elide: true)
            return
        }
        viewport.cursor = min(max(0, snapshot.selectedFrame), stack.count - 1)
        if revealSelection {
            viewport.reveal(viewport.cursor, count: stack.count, height: region.height, margin: 1)
            revealSelection = false
        }
        // Not clamp(): the wheel may scroll the selected frame out of view.
        viewport.top = min(max(0, viewport.top), max(0, stack.count - region.height))
        let glyphs = context.glyphs
        let width = region.width
        region.drawList(count: stack.count, viewport: viewport, showCursor: false) { index in
            let frame = stack[index]
            let selected = index == viewport.cursor
            let marker = selected ? glyphs.selectedRow + " " : "  "
            let location = " line \(frame.line)"
            let nameWidth = max(1, width - 2 - location.count)
            let name = Self.shortened(frame.function, toFit: nameWidth, ellipsis: glyphs.ellipsis)
            return PaneRow([
                Segment(marker, .plain),
                Segment(name, index == stack.count - 1 ? .name : .plain,
                        width: min(nameWidth, TextWidth.columns(of: name))),
                Segment(location, .lineNumber),
            ], fill: selected ? Style(context.focused ? .currentLine : .selectedFrameLine) : nil)
        }
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
