// `heap` in `scopewalk debug`: the heap listing, 200 rows a page
// (`heap 200` shows the next), or `heap draw` for the boxes-and-arrows picture.
import Foundation

extension ScriptedDebugger {
    static let heapPageRows = 200

    func heapView(_ argument: String) -> String {
        let words = argument.split(separator: " ").map(String.init)
        if words.first == "draw" {
            let env = ProcessInfo.processInfo.environment
            let ascii = words.contains("ascii") || !(env["SCOPEWALK_ASCII"] ?? "").isEmpty || !(env["NO_COLOR"] ?? "").isEmpty
            return debugger.heapPicture(ascii: ascii) ?? "*** the heap has too many objects to draw (\(debugger.heapObjects().count)); 'heap' lists them\n"
        }
        let offset = max(0, Int(words.first ?? "") ?? 0)
        let total = debugger.heapRowCount
        if total == 0 { return "heap: (no objects)\n" }
        var out = "heap (\(debugger.heapObjects().count) objects, \(total) rows):\n"
        for row in debugger.heapRows(offset: offset, limit: Self.heapPageRows) {
            out += (row.item == nil ? "  " : "      ") + row.text + "\n"
        }
        let shown = offset + Self.heapPageRows
        if shown < total { out += "  … \(total - shown) more rows: heap \(shown)\n" }
        return out
    }
}
