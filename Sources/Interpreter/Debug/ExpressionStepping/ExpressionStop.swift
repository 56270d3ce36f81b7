// What a stop inside a line shows (expression stepping): the line with the
// values computed so far in place of the sub-expressions that made them, and
// the part being evaluated.

public struct ExpressionStop: Sendable, Equatable, Codable {
    public enum Phase: String, Sendable, Codable {
        /// A sub-expression is about to be evaluated (its operands are values now).
        case before
        /// A sub-expression was evaluated: it is replaced by its value.
        case after
        /// A name, attribute or item is about to be bound.
        case bind
        /// A short-circuit or condition decided which part runs.
        case decision
    }
    public var phase: Phase
    public var line: Int
    /// The source line, sub-expressions replaced by their values so far.
    public var rewritten: String
    /// Character columns of the highlighted part in `rewritten`.
    public var highlight: Range<Int>?
    /// The source text of the part ("price * qty").
    public var expression: String
    /// repr of its value (after, bind), nil before.
    public var value: String?
    /// One sentence ("price * qty → 12").
    public var narration: String

    public init(phase: Phase, line: Int, rewritten: String, highlight: Range<Int>?, expression: String, value: String?, narration: String) {
        self.phase = phase
        self.line = line
        self.rewritten = rewritten
        self.highlight = highlight
        self.expression = expression
        self.value = value
        self.narration = narration
    }

    /// The rewritten line with the highlighted part in brackets (plain text views, tests).
    public var bracketed: String {
        guard let h = highlight else { return rewritten }
        let chars = Array(rewritten)
        let lo = min(max(0, h.lowerBound), chars.count), hi = min(max(lo, h.upperBound), chars.count)
        return String(chars[..<lo]) + "[" + String(chars[lo..<hi]) + "]" + String(chars[hi...])
    }
}

/// The current line with sub-expressions replaced by values: replacements
/// never overlap (a value replaces the values of its parts; evaluating a
/// part again, in a loop, drops the stale values around it).
struct LineRewrite {
    let text: [Character]
    private(set) var replacements: [(range: Range<Int>, text: String)] = []

    init(_ line: String) { text = Array(line) }

    mutating func record(_ range: Range<Int>, _ value: String) {
        guard range.lowerBound >= 0, range.upperBound <= text.count, !range.isEmpty else { return }
        replacements.removeAll { $0.range.overlaps(range) }
        replacements.append((range, value))
    }

    func source(_ range: Range<Int>) -> String {
        guard range.lowerBound >= 0, range.upperBound <= text.count else { return "" }
        return String(text[range])
    }

    /// The rewritten line and where `highlight` (source columns) is in it.
    func render(highlight: Range<Int>?) -> (String, Range<Int>?) {
        let sorted = replacements.sorted { $0.range.lowerBound < $1.range.lowerBound }
        var out = ""
        var count = 0
        var start: Int? = nil, end: Int? = nil
        var pos = 0
        var next = 0
        func mark() {
            if let h = highlight {
                if pos == h.lowerBound && start == nil { start = count }
                if pos == h.upperBound && end == nil { end = count }
            }
        }
        while pos < text.count {
            mark()
            if next < sorted.count, sorted[next].range.lowerBound == pos {
                let r = sorted[next]
                out += r.text
                count += r.text.count
                pos = r.range.upperBound
                next += 1
                continue
            }
            out.append(text[pos])
            count += 1
            pos += 1
        }
        mark()
        guard let s = start, let e = end, e >= s else { return (out, nil) }
        return (out, s..<e)
    }
}
