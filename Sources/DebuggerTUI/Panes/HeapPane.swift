// The heap pane (toggled with `o`, in the output pane's place): the objects
// reachable from the frames, Python Tutor's boxes as rows. A header row per
// object ("a, b → #3 list, 2 items ← #1[0]": aliasing at a glance), then its
// items, attributes or closure cells ("[1] → #4"). Rows come from the
// session a screenful at a time, so a 10,000-element list pages instantly.
import Interpreter

/// A session that can list the heap at its stop (the Debugger).
protocol HeapSession: AnyObject {
    var heapRowCount: Int { get }
    func heapRows(offset: Int, limit: Int) -> [HeapRow]
}

extension Debugger: HeapSession {}

final class HeapPane {
    weak var session: HeapSession?
    private var viewport = ListViewport()
    private(set) var visibleHeight = 0
    /// The rows of the last draw, kept until the stop changes.
    private var cachedStep = -1
    private var cachedCount = 0

    func title(for snapshot: DebugSnapshot) -> String {
        "Heap: objects and who refers to them (\(cachedCount) rows; o hides)"
    }

    func follow() {
        cachedStep = -1
    }

    private func count(_ snapshot: DebugSnapshot) -> Int {
        if cachedStep != snapshot.step || snapshot.expressionStop != nil {
            cachedCount = session?.heapRowCount ?? 0
            cachedStep = snapshot.step
        }
        return cachedCount
    }

    func move(_ motion: Motion, snapshot: DebugSnapshot) {
        viewport.apply(motion, count: count(snapshot), height: visibleHeight)
    }

    func draw(in region: Region, snapshot: DebugSnapshot, context: DrawContext) {
        visibleHeight = region.height
        guard region.height > 0 else { return }
        let total = count(snapshot)
        guard total > 0 else {
            region.write(snapshot.stack.isEmpty ? "(no frames)" : "(no objects: only numbers, strings and None)", row: 0, column: 1, style: Style(.dim))
            return
        }
        viewport.clamp(count: total, height: region.height)
        let rows = session?.heapRows(offset: viewport.top, limit: region.height) ?? []
        for (i, row) in rows.enumerated() {
            let index = viewport.top + i
            let isCursor = context.focused && index == viewport.cursor
            let style: Style
            if row.item == nil { style = Style(.name, inverted: isCursor) } else { style = Style(.value, inverted: isCursor) }
            let indent = row.item == nil ? 0 : 4
            if isCursor { region.fill(row: i, style: Style(.plain, inverted: true)) }
            region.write(row.text, row: i, column: indent, style: style, elide: true)
        }
    }
}
