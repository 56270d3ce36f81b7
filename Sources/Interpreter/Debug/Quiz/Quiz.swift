// Predict, then see (quiz mode): before each step that binds names, the
// student is asked what a name will be (or what the line prints, or which
// line runs next), types an answer, then sees the truth with a mark.
// Answers are compared as Python values ('a' and "a" are the same; 0.5 and
// 1/2 too). `# ask: total` comments choose the questions (`# ask: output`,
// `# ask: next` for the printed text and the next line); without any, every
// binding line asks about the names it binds. The score is kept for the end
// and written for the teacher.

public struct QuizQuestion: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        case name(String)
        case output
        case nextLine
    }
    public var line: Int
    public var kind: Kind
    public var prompt: String {
        switch kind {
        case .name(let n): return "\(n) = "
        case .output: return "prints: "
        case .nextLine: return "next line: "
        }
    }
}

public struct QuizAnswer: Sendable, Equatable {
    public var question: QuizQuestion
    public var answer: String
    public var truth: String
    public var right: Bool
}

extension Debugger {
    /// Names the current line binds in the stopped frame (what a step will change).
    public func namesBoundByCurrentLine() -> [String] {
        guard let r = run, r.isParked, let f = r.eventFrame, snapshot.event == "line", snapshot.expressionStop == nil else { return [] }
        var names: [String] = []
        for a in r.inspector.accesses(code: f.code, line: snapshot.line, frame: f) where a.isWrite && !a.isDelete && !a.isComprehensionVariable {
            if !names.contains(a.name) { names.append(a.name) }
        }
        return names
    }

    /// The frame the current stop is in (to know when a step left it).
    var quizFrameDepth: Int { snapshot.stack.count }
}

public final class QuizSession {
    public let debugger: Debugger
    /// line -> what `# ask:` chose there (nil map: no comments, ask everything).
    let chosen: [Int: [QuizQuestion.Kind]]?
    public private(set) var answers: [QuizAnswer] = []
    public let ascii: Bool

    public convenience init(filename: String, source: String, ascii: Bool = false) {
        self.init(debugger: Debugger(filename: filename, source: source), source: source, ascii: ascii)
    }

    /// A quiz over a debugger already running (the screen's quiz key).
    public init(debugger: Debugger, source: String, ascii: Bool = false) {
        self.debugger = debugger
        self.ascii = ascii
        chosen = QuizSession.askComments(source)
    }

    /// `# ask: a, b` / `# ask: output` / `# ask: next` by line.
    static func askComments(_ source: String) -> [Int: [QuizQuestion.Kind]]? {
        var out: [Int: [QuizQuestion.Kind]] = [:]
        for (i, line) in VM.lines(of: source).enumerated() {
            guard let r = line.range(of: "# ask:") else { continue }
            let words = line[r.upperBound...].split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
            out[i + 1] = words.map { w in w == "output" ? .output : w == "next" ? .nextLine : .name(w) }
        }
        return out.isEmpty ? nil : out
    }

    /// The questions to ask before stepping from the current stop.
    public func questionsHere() -> [QuizQuestion] {
        let s = debugger.snapshot
        guard case .paused = s.state, s.event == "line", s.expressionStop == nil else { return [] }
        if let chosen = chosen {
            return (chosen[s.line] ?? []).map { QuizQuestion(line: s.line, kind: $0) }
        }
        return debugger.namesBoundByCurrentLine().map { QuizQuestion(line: s.line, kind: .name($0)) }
    }

    private func step(_ c: DebugCommand) {
        debugger.start(c)
        while debugger.resume(budget: 3600) == .stillRunning {}
    }

    /// Runs the line the questions are about (calls run to their end) and
    /// judges the answers; returns them in order.
    public func reveal(_ questions: [QuizQuestion], answers typed: [String]) -> [QuizAnswer] {
        let before = debugger.snapshot
        step(.stepOver)
        return judge(questions, answers: typed, before: before, after: debugger.snapshot)
    }

    /// Judges the answers typed at the stop `before` against the stop the
    /// step over the line reached (`after`), and keeps them for the score.
    public func judge(_ questions: [QuizQuestion], answers typed: [String], before: DebugSnapshot, after: DebugSnapshot) -> [QuizAnswer] {
        var out: [QuizAnswer] = []
        for (q, a) in zip(questions, typed) {
            let answer = a.trimmingCharacters(in: " \t")
            var truth = "?"
            var right = false
            switch q.kind {
            case .name(let n):
                truth = Self.value(of: n, in: after) ?? "<unbound>"
                right = sameValue(answer, truth)
            case .output:
                let new = String(after.output.dropFirst(before.output.count))
                truth = new.hasSuffix("\n") ? String(new.dropLast()) : new
                right = answer == truth || sameValue(answer, Self.pythonString(truth))
            case .nextLine:
                if case .finished = after.state { truth = "end" } else { truth = String(after.line) }
                right = answer == truth || (truth == "end" && ["end", "none", "-"].contains(answer.lowercased()))
            }
            out.append(QuizAnswer(question: q, answer: answer, truth: truth, right: right))
        }
        answers += out
        return out
    }

    static func value(of name: String, in s: DebugSnapshot) -> String? {
        if let b = s.scopes.local.first(where: { $0.name == name && !$0.isUnbound }) { return b.value }
        if let b = s.scopes.enclosing.first(where: { $0.binding.name == name && !$0.binding.isUnbound }) { return b.binding.value }
        if let b = s.scopes.global.first(where: { $0.name == name && !$0.isUnbound }) { return b.value }
        return nil
    }

    static func pythonString(_ s: String) -> String {
        "'" + s.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'").replacingOccurrences(of: "\n", with: "\\n") + "'"
    }

    /// The answer and the truth (a repr) as Python values: equal when
    /// Python says so; text that is no expression is compared as text.
    func sameValue(_ answer: String, _ truth: String) -> Bool {
        if answer == truth { return true }
        guard !answer.isEmpty else { return false }
        let verdict = debugger.evaluateWatch("(\(answer)) == (\(truth))")
        return verdict == "True"
    }

    /// "✓ right: x is 3" / "✗ wrong: x is 3 (you said 4)".
    public func verdict(_ r: QuizAnswer) -> String {
        let what: String
        switch r.question.kind {
        case .name(let n): what = "\(n) is \(r.truth)"
        case .output: what = "it printed \(r.truth.isEmpty ? "nothing" : r.truth)"
        case .nextLine: what = "the next line is \(r.truth)"
        }
        return "\(mark(r.right)): \(what)" + (r.right ? "" : " (you said \(r.answer.isEmpty ? "nothing" : r.answer))")
    }

    public func mark(_ right: Bool) -> String { right ? (ascii ? "[right]" : "✓ right") : (ascii ? "[wrong]" : "✗ wrong") }

    public var score: (right: Int, asked: Int) { (answers.filter(\.right).count, answers.count) }

    /// The teacher's file: one line per question, then the score.
    public func report(program: String) -> String {
        var out = "scopewalk quiz \(program)\n"
        for a in answers {
            let what: String
            switch a.question.kind {
            case .name(let n): what = n
            case .output: what = "output"
            case .nextLine: what = "next line"
            }
            out += "line \(a.question.line) \(what): answered \(a.answer.isEmpty ? "(nothing)" : a.answer), was \(a.truth) — \(a.right ? "right" : "wrong")\n"
        }
        let s = score
        out += "score: \(s.right) of \(s.asked) right\n"
        return out
    }
}
