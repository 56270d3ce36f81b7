// The source lines a traceback prints under `File "...", line N, in f`, with
// CPython 3.13's markers: `^` under the failing instruction, and for a binary
// operation, a subscript or a call `~` under the operands and `^` under the
// operator, the brackets or the argument list (traceback.py's
// format_frame_summary and _extract_caret_anchors_from_line_segment, redone
// here over this project's parser). Used by the VM's own traceback printer and,
// through the `_traceback_lines` module, by the traceback module (unittest).
// TracebackCarets.render (the VM's printer) delegates here.

import Foundation

enum TracebackAnchors {
    /// Where the anchors split a segment: lines are 0-based within the segment.
    struct Anchors {
        var leftLine: Int, leftColumn: Int, rightLine: Int, rightColumn: Int
    }

    /// The text after the `File` line: each line indented by four spaces and
    /// ending in a newline; "" when there is no source to show.
    static func text(sourceLines: [String], line: Int, position: SourceRange?) -> String {
        guard line >= 1 else { return "" }
        var endLine = line
        var columns: (Int, Int)? = nil
        if let p = position, p.line == line, p.endLine >= line, p.column >= 0, p.endColumn >= 0 {
            endLine = p.endLine
            columns = (p.column, p.endColumn)
        }
        var original: [String] = []
        for n in line...endLine {
            original.append(n <= sourceLines.count ? String(sourceLines[n - 1]).trimmingTrailingWhitespace() : "")
        }
        let dedented = dedent(original)
        if dedented.allSatisfy({ $0.allSatisfy { $0 == " " || $0 == "\t" } }) { return "" }
        guard let (colno, endColno) = columns else {
            return "    " + dedented[0].trimmingCharacters(in: .whitespaces) + "\n"
        }
        let all = dedented
        let shift = original[0].count - all[0].count
        let start = max(0, colno - shift)
        let end = max(0, endColno - shift)
        let dpStart = displayWidth(all[0], upTo: start)
        let dpEnd = displayWidth(all[all.count - 1], upTo: end)

        let joined = all.joined(separator: "\n")
        let lastCount = all[all.count - 1].count
        let segStart = min(start, joined.count)
        let segEnd = max(segStart, joined.count - (lastCount - min(end, lastCount)))
        let segment = String(Array(joined)[segStart..<segEnd])

        let anchors = findAnchors(segment)
        let show = shouldShowCarets(start: start, end: end, lines: all, anchors: anchors)

        var significant: Set<Int> = [0, all.count - 1]
        var leftOffset = 0, rightOffset = 0
        if let a = anchors {
            leftOffset = displayWidth(all[a.leftLine], upTo: a.leftColumn + (a.leftLine == 0 ? start : 0))
            rightOffset = displayWidth(all[a.rightLine], upTo: a.rightColumn + (a.rightLine == 0 ? start : 0))
            for n in (a.leftLine - 1)...(a.leftLine + 1) { significant.insert(n) }
            for n in (a.rightLine - 1)...(a.rightLine + 1) { significant.insert(n) }
        }
        significant.remove(-1)
        significant.remove(all.count)

        var result: [String] = []
        func output(_ n: Int) {
            let text = all[n]
            result.append(text)
            guard show else { return }
            let spaces = text.count - text.drop(while: { $0 == " " || $0 == "\t" }).count
            let count = n == all.count - 1 ? dpEnd : displayWidth(text, upTo: text.count)
            var carets = ""
            for col in 0..<max(0, count) {
                if col < spaces || (n == 0 && col < dpStart) {
                    carets.append(" ")
                } else if let a = anchors,
                          n > a.leftLine || (n == a.leftLine && col >= leftOffset),
                          n < a.rightLine || (n == a.rightLine && col < rightOffset) {
                    carets.append("^")
                } else {
                    carets.append(anchors == nil ? "^" : "~")
                }
            }
            result.append(carets)
        }
        let lines = significant.sorted()
        for (i, n) in lines.enumerated() {
            if i > 0 {
                let gap = n - lines[i - 1]
                if gap == 2 {
                    output(n - 1)
                } else if gap > 2 {
                    result.append("...<\(gap - 1) lines>...")
                }
            }
            output(n)
        }
        return dedent(result).map { "    " + $0 + "\n" }.joined()
    }

    /// textwrap.dedent on lines: the common leading whitespace of the lines
    /// that have text goes; lines of only whitespace become empty.
    static func dedent(_ lines: [String]) -> [String] {
        var margin: Substring? = nil
        for l in lines {
            let indent = l.prefix { $0 == " " || $0 == "\t" }
            if indent.count == l.count { continue }
            if let m = margin {
                var common = 0
                for (a, b) in zip(m, indent) where a == b { common += 1 }
                // zip + where counts matches anywhere; stop at the first difference instead.
                common = 0
                for (a, b) in zip(m, indent) { if a != b { break }; common += 1 }
                margin = m.prefix(common)
            } else {
                margin = indent
            }
        }
        let cut = margin?.count ?? 0
        return lines.map { l in
            let indent = l.prefix { $0 == " " || $0 == "\t" }
            if indent.count == l.count { return "" }
            return String(l.dropFirst(cut))
        }
    }

    /// Columns on a terminal: East Asian wide and full-width characters take two.
    static func displayWidth(_ line: String, upTo offset: Int) -> Int {
        var width = 0
        for (i, ch) in line.enumerated() {
            if i >= offset { break }
            width += isWide(ch) ? 2 : 1
        }
        return width + max(0, offset - line.count)
    }

    static func isWide(_ ch: Character) -> Bool {
        guard let v = ch.unicodeScalars.first?.value, v >= 0x1100 else { return false }
        let ranges: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0, 0x23F3...0x23F3,
            0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F, 0x2693...0x2693, 0x26A1...0x26A1,
            0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5, 0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA,
            0x26F2...0x26F3, 0x26F5...0x26F5, 0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B,
            0x2728...0x2728, 0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
            0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
            0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
            0x16FE0...0x18CFF, 0x1B000...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
            0x1F191...0x1F19A, 0x1F200...0x1F251, 0x1F300...0x1F320, 0x1F32D...0x1F335, 0x1F337...0x1F37C,
            0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3, 0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4,
            0x1F3F8...0x1F43E, 0x1F440...0x1F440, 0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E,
            0x1F550...0x1F567, 0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
            0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7, 0x1F6DC...0x1F6DF,
            0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB, 0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A,
            0x1F93C...0x1F945, 0x1F947...0x1F9FF, 0x1FA70...0x1FAFF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
        ]
        return ranges.contains { $0.contains(v) }
    }

    // MARK: - Anchors

    /// For a segment that is a binary operation, a subscript or a call: where
    /// the `~` part ends and the `^` part begins and ends.
    static func findAnchors(_ segment: String) -> Anchors? {
        guard let module = try? Parser.parse(source: "(\n" + segment + "\n)", filename: "<segment>"),
              module.body.count == 1, case .expr(let expr) = module.body[0].kind else { return nil }
        let lines = segment.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0) }
        func nextValid(_ line: Int, _ col: Int) -> (Int, Int)? {
            var l = line, c = col
            while l < lines.count && c >= lines[l].count { c = 0; l += 1 }
            return l < lines.count ? (l, c) : nil
        }
        func until(_ line: Int, _ col: Int, _ stop: (Character) -> Bool) -> (Int, Int)? {
            var l = line, c = col
            while true {
                let ch = lines[l][c]
                if ch == "\\" || ch == "#" {
                    guard let n = nextValid(l + 1, 0) else { return nil }
                    (l, c) = n
                } else if !stop(ch) {
                    guard let n = nextValid(l, c + 1) else { return nil }
                    (l, c) = n
                } else {
                    return (l, c)
                }
            }
        }
        func endOf(_ e: Expr) -> (Int, Int) { (e.range.endLine - 2, e.range.endColumn) }
        switch expr.kind {
        case .binOp(let left, _, let right):
            let (el, ec) = endOf(left)
            guard let s = nextValid(el, ec),
                  let (l, c) = until(s.0, s.1, { !$0.isWhitespace && $0 != ")" }) else { return nil }
            var rightCol = c + 1
            if rightCol < lines[l].count,
               right.range.line - 2 > l || rightCol < right.range.column,
               !lines[l][rightCol].isWhitespace, lines[l][rightCol] != "\\", lines[l][rightCol] != "#" {
                rightCol += 1
            }
            return Anchors(leftLine: l, leftColumn: c, rightLine: l, rightColumn: rightCol)
        case .subscript(let value, _):
            let (vl, vc) = endOf(value)
            guard let s = nextValid(vl, vc), let (l, c) = until(s.0, s.1, { $0 == "[" }) else { return nil }
            let (rl, rc) = endOf(expr)
            return Anchors(leftLine: l, leftColumn: c, rightLine: rl, rightColumn: rc)
        case .call(let fn, _, _):
            let (fl, fc) = endOf(fn)
            guard let s = nextValid(fl, fc), let (l, c) = until(s.0, s.1, { $0 == "(" }) else { return nil }
            let (rl, rc) = endOf(expr)
            return Anchors(leftLine: l, leftColumn: c, rightLine: rl, rightColumn: rc)
        default:
            return nil
        }
    }

    /// CPython leaves the markers out when they would underline a whole
    /// statement `return f(x)` / `x = f(...)`, or the whole line with no anchors.
    static func shouldShowCarets(start: Int, end: Int, lines: [String], anchors: Anchors?) -> Bool {
        if let module = try? Parser.parse(source: lines.joined(separator: "\n"), filename: "<lines>") {
            guard let first = module.body.first else { return false }
            var value: Expr? = nil
            switch first.kind {
            case .return(let v?):
                if case .call(let fn, _, _) = v.kind, case .name = fn.kind { value = v }
            case .assign(let targets, let v):
                if case .call = v.kind, targets.count == 1, case .name = targets[0].kind { value = v }
            default:
                break
            }
            if let v = value, v.range.line == 1, v.range.endLine == lines.count,
               v.range.column == start, v.range.endColumn == end {
                return false
            }
        }
        if anchors != nil { return true }
        let before = lines[0].prefix(start)
        let after = lines[lines.count - 1].dropFirst(min(end, lines[lines.count - 1].count))
        return !before.allSatisfy(\.isWhitespace) || !after.allSatisfy(\.isWhitespace)
    }
}
