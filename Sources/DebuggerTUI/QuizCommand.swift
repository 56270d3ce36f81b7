// `scopewalk quiz [--score PATH] PROG.py`: predict, then see, one question
// at a time on the terminal (or any line-based stream). The score goes to
// PATH (default: PROG.score.txt beside the program) for the teacher.
import Foundation
import Interpreter

func runQuiz(path: String, source: String, scorePath: String?) -> Int32 {
    let env = ProcessInfo.processInfo.environment
    let ascii = !(env["SCOPEWALK_ASCII"] ?? "").isEmpty
    let target = scorePath ?? (path.hasSuffix(".py") ? String(path.dropLast(3)) : path) + ".score.txt"
    var status: Int32 = 0
    func say(_ s: String) { FileHandle.standardOutput.write(s.data(using: .utf8)!) }
    Interpreter.onLargeStack {
        let quiz = QuizSession(filename: path, source: source, ascii: ascii)
        let d = quiz.debugger
        defer { d.quit() }
        say("scopewalk quiz \(path): before each step, predict; then see.\n")
        say("Type a Python value (quotes optional for text output), Enter to skip; end of input stops.\n")
        var shownOutput = 0
        func showOutput() {
            let out = d.snapshot.output
            guard out.count > shownOutput else { return }
            for l in String(out.dropFirst(shownOutput)).split(separator: "\n", omittingEmptySubsequences: false).dropLast(out.hasSuffix("\n") ? 1 : 0) {
                say("  | \(l)\n")
            }
            shownOutput = out.count
        }
        func step(_ c: DebugCommand) {
            d.start(c)
            while true {
                while d.resume(budget: 3600) == .stillRunning {}
                if case .waitingForInput = d.snapshot.state {
                    showOutput()
                    d.provideInput(readLine(strippingNewline: true))
                    continue
                }
                break
            }
        }
        var stopped = false
        loop: while !stopped {
            switch d.snapshot.state {
            case .finished, .exception, .notStarted: break loop
            default: break
            }
            let questions = quiz.questionsHere()
            if questions.isEmpty {
                step(.stepInto)
                showOutput()
                continue
            }
            let s = d.snapshot
            let text = s.line >= 1 && s.line <= s.sourceLines.count ? s.sourceLines[s.line - 1] : ""
            say("\n\(String(s.line).leftPadded(4)) | \(text)\n")
            var typed: [String] = []
            for q in questions {
                say("? \(q.prompt)")
                guard let answer = readLine(strippingNewline: true) else { stopped = true; break }
                typed.append(answer)
            }
            if stopped { break }
            let results = quiz.reveal(questions, answers: typed)
            showOutput()
            for r in results { say("  \(quiz.verdict(r))\n") }
        }
        showOutput()
        if case .exception = d.snapshot.state, let e = d.snapshot.exception { say("the program stopped: \(e.typeName): \(e.message)\n") }
        let score = quiz.score
        say("\nscore: \(score.right) of \(score.asked) right\n")
        do {
            try quiz.report(program: path).write(toFile: target, atomically: true, encoding: .utf8)
            say("score written to \(target)\n")
        } catch {
            say("scopewalk: can't write the score to '\(target)': \(error.localizedDescription)\n")
            status = 1
        }
    }
    return status
}

private extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : String(repeating: " ", count: n - count) + self }
}
