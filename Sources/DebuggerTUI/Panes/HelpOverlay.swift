// The `?` screen: every key binding, generated from the KeyMap, plus what the
// mouse does and what the markers mean. Drawn in a box over the panes;
// arrows scroll it, any other key closes it.

struct HelpOverlay: Equatable {
    var top = 0

    static func lines(keyMap: KeyMap, glyphs: Glyphs) -> [HelpLine] {
        var lines = keyMap.helpLines(ascii: glyphs.isASCII)
        lines += [
            .blank, .header("Mouse"),
            .binding(keys: "click gutter", summary: "set or clear a breakpoint on that line"),
            .binding(keys: "click row", summary: "select a frame, move the cursor, focus the pane"),
            .binding(keys: "wheel", summary: "scroll the pane under the pointer"),
            .blank, .header("Markers"),
            .binding(keys: glyphs.currentLine, summary: "the line about to run"),
            .binding(keys: glyphs.selectedFrameLine, summary: "the selected frame's line (another frame selected)"),
            .binding(keys: glyphs.breakpoint, summary: "breakpoint"),
            .binding(keys: "+  *  ~", summary: "name bound by the last step: new, rebound, object mutated"),
            .binding(keys: "[c1]", summary: "the cell a variable lives in (see the Cells pane)"),
            .binding(keys: "#3", summary: "an object's label, the same in every replay; before a value: another name holds it too"),
            .blank, .header("Evaluating"),
            .binding(keys: ": p EXPR", summary: "kept in the history: \"you changed a\", replays repeat it; R drops it"),
            .binding(keys: "w EXPR", summary: "watches run at every stop, outside the history: no side effects"),
        ]
        return lines
    }

    mutating func scroll(_ motion: Motion, lineCount: Int, height: Int) {
        switch motion {
        case .up, .wheelUp: top -= 1
        case .down, .wheelDown: top += 1
        case .pageUp: top -= max(1, height - 1)
        case .pageDown: top += max(1, height - 1)
        case .home: top = 0
        case .end: top = lineCount
        default: break
        }
        top = min(max(0, top), max(0, lineCount - height))
    }

    /// The box's content height on a screen of `height` rows.
    static func contentHeight(screenHeight: Int) -> Int { max(1, screenHeight - 4) }

    func draw(in region: Region, keyMap: KeyMap) {
        let glyphs = region.glyphs
        let lines = Self.lines(keyMap: keyMap, glyphs: glyphs)
        let keyWidth = 16
        let boxWidth = min(region.width - 2, 76)
        let boxHeight = min(region.height - 2, lines.count + 2)
        guard boxWidth > 10, boxHeight > 2 else { return }
        let box = region.subregion(Rect(x: (region.width - boxWidth) / 2, y: (region.height - boxHeight) / 2,
                                        width: boxWidth, height: boxHeight))
        let border = Style(.focusedPaneTitle)
        let horizontal = String(repeating: glyphs.horizontalLine, count: max(0, boxWidth - 2))
        let corners = glyphs.corners
        box.write(corners.topLeft + horizontal + corners.topRight, row: 0, column: 0, style: border)
        box.write(corners.bottomLeft + horizontal + corners.bottomRight, row: boxHeight - 1, column: 0, style: border)
        box.write(" Help: any key closes, arrows scroll ", row: 0, column: 2, style: border)
        let inner = box.subregion(Rect(x: 1, y: 1, width: boxWidth - 2, height: boxHeight - 2))
        let visible = inner.height
        let first = min(max(0, top), max(0, lines.count - visible))
        // Say so when the list goes on past the box.
        let below = lines.count - (first + visible)
        if below > 0 {
            box.write(" \(below) more lines: \(glyphs.isASCII ? "Down" : "↓"), PgDn ", row: boxHeight - 1, column: 2, style: border)
        } else if first > 0 {
            box.write(" \(glyphs.isASCII ? "Up" : "↑"), PgUp, Home: back to the top ", row: boxHeight - 1, column: 2, style: border)
        }
        for row in 0..<visible {
            box.write(glyphs.verticalLine, row: row + 1, column: 0, style: border)
            box.write(glyphs.verticalLine, row: row + 1, column: boxWidth - 1, style: border)
            inner.fill(row: row, style: Style(.overlay))
            let index = first + row
            guard index < lines.count else { continue }
            switch lines[index] {
            case .blank: break
            case .header(let title):
                inner.write(" " + title, row: row, column: 0, style: Style(.sectionHeader))
            case .binding(let keys, let summary):
                inner.write("  " + keys, row: row, column: 0, style: Style(.name), maxWidth: keyWidth, elide: true)
                inner.write(summary, row: row, column: keyWidth + 1, style: Style(.overlay), elide: true)
            }
        }
    }
}
