// The current line during expression stepping: the sub-expressions already
// evaluated replaced by their values, the part being evaluated inverted.
import Interpreter

enum ExpressionLine {
    static func draw(_ stop: ExpressionStop, in region: Region, row: Int, column: Int, role: Role, skip: Int) {
        let chars = Array(stop.rewritten)
        let hl = stop.highlight ?? 0..<0
        // Three runs: before, highlighted, after (tabs expanded as the source pane does).
        let lo = min(max(0, hl.lowerBound), chars.count), hi = min(max(lo, hl.upperBound), chars.count)
        let parts: [(String, Bool)] = [(String(chars[..<lo]), false), (String(chars[lo..<hi]), true), (String(chars[hi...]), false)]
        var x = column
        var toSkip = skip
        for (text, inverted) in parts {
            var t = Substring(TextWidth.expandTabs(text))
            if toSkip > 0 {
                let d = min(toSkip, t.count)
                t = t.dropFirst(d)
                toSkip -= d
            }
            if t.isEmpty { continue }
            x += region.write(t, row: row, column: x, style: Style(role, inverted: inverted), elide: true)
            if x >= region.width { return }
        }
    }
}
