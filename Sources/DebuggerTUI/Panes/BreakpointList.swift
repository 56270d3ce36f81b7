// The breakpoints, listed in a box over the screen (B): one row each with
// its line, the code there, its condition, ignore count and hits. Space
// enables or disables, c and i open the prompt on the condition or the
// ignore count, x clears, Enter shows the line in the source pane.
import Foundation
import Interpreter

struct BreakpointList: Equatable {
    var cursor = 0

    mutating func move(_ motion: Motion, count: Int) {
        switch motion {
        case .up, .wheelUp: cursor -= 1
        case .down, .wheelDown: cursor += 1
        case .home, .pageUp: cursor = 0
        case .end, .pageDown: cursor = count - 1
        default: break
        }
        cursor = min(max(0, cursor), max(0, count - 1))
    }

    static func describe(_ breakpoint: Breakpoint, code: String) -> String {
        var text = "line \(breakpoint.line)"
        if !breakpoint.enabled { text += " (disabled)" }
        text += ": " + code.trimmingCharacters(in: .whitespaces)
        if let condition = breakpoint.condition { text += "  if " + condition }
        if breakpoint.ignoreCount > 0 { text += "  ignore \(breakpoint.ignoreCount)" }
        if breakpoint.hits > 0 { text += "  hit \(breakpoint.hits) time\(breakpoint.hits == 1 ? "" : "s")" }
        return text
    }

    func draw(in region: Region, snapshot: DebugSnapshot) {
        let glyphs = region.glyphs
        let breakpoints = snapshot.breakpoints
        let boxWidth = min(region.width - 2, 90)
        var rows: [(PaneRow, Int)] = []
        for (index, breakpoint) in breakpoints.enumerated() {
            let code = snapshot.sourceLines.indices.contains(breakpoint.line - 1) ? snapshot.sourceLines[breakpoint.line - 1] : ""
            let mark = breakpoint.enabled ? glyphs.breakpoint : glyphs.disabledBreakpoint
            let row = PaneRow([Segment(mark + " ", .breakpoint), Segment(Self.describe(breakpoint, code: code), .overlay)],
                              fill: index == cursor ? Style(.currentLine) : nil, indent: 1)
            for piece in row.wrapped(width: boxWidth - 2, continuationIndent: 4) { rows.append((piece, index)) }
        }
        if rows.isEmpty { rows.append((PaneRow(text: "no breakpoints: b sets one at the cursor, or type b LINE at the : prompt", .overlay, indent: 1), -1)) }
        let help = "Space on/off  c condition  i ignore  x clear  Enter show  Esc close"
        let boxHeight = min(region.height - 2, rows.count + 2)
        guard boxWidth > 10, boxHeight > 2 else { return }
        let box = region.subregion(Rect(x: (region.width - boxWidth) / 2, y: (region.height - boxHeight) / 2,
                                        width: boxWidth, height: boxHeight))
        let border = Style(.focusedPaneTitle)
        for row in 0..<boxHeight { box.fill(row: row, style: Style(.overlay)) }
        box.fill(row: 0, style: border)
        box.write(" Breakpoints (\(breakpoints.count))", row: 0, column: 0, style: border, elide: true)
        let inner = box.subregion(Rect(x: 1, y: 1, width: boxWidth - 2, height: boxHeight - 2))
        let first = rows.firstIndex { $0.1 == cursor } ?? 0
        let top = min(max(0, first - inner.height + 1), max(0, rows.count - inner.height))
        for (offset, entry) in rows.dropFirst(top).prefix(inner.height).enumerated() { inner.draw(entry.0, at: offset) }
        box.fill(row: boxHeight - 1, style: border)
        box.write(" " + help, row: boxHeight - 1, column: 0, style: border, elide: true)
    }
}
