// Predict, then see, on the screen (the quiz key): while the quiz is on, a
// step from a line that binds names (or one a `# ask:` comment chose) first
// asks for each prediction on the status bar; the step then runs over the
// line and the verdicts ("✓ right: total is 12") take the message row. The
// score is written for the teacher (PROG.score.txt) when the program ends or
// the quiz is turned off, as `scopewalk quiz` does on the command line.
import Foundation
import Interpreter

/// The quiz of one screen session, and the questions of the step being asked.
final class ScreenQuiz {
    let quiz: QuizSession
    let scorePath: String
    private(set) var questions: [QuizQuestion] = []
    private(set) var typed: [String] = []
    /// The stop the predictions were made at, while the step runs.
    private(set) var before: DebugSnapshot?
    private(set) var scoreWritten = false

    init(quiz: QuizSession, program: String) {
        self.quiz = quiz
        scorePath = (program.hasSuffix(".py") ? String(program.dropLast(3)) : program) + ".score.txt"
    }

    var currentQuestion: QuizQuestion? { typed.count < questions.count ? questions[typed.count] : nil }

    func ask(_ questions: [QuizQuestion], at stop: DebugSnapshot) {
        self.questions = questions
        typed = []
        before = stop
    }

    /// Records an answer; true when every question has one.
    func answer(_ text: String) -> Bool {
        typed.append(text)
        return typed.count >= questions.count
    }

    func cancel() {
        questions = []
        typed = []
        before = nil
    }

    /// After the step: the verdicts, one sentence, with the running score.
    func judge(after: DebugSnapshot) -> String? {
        guard let before, !questions.isEmpty else { return nil }
        let results = quiz.judge(questions, answers: typed, before: before, after: after)
        cancel()
        let score = quiz.score
        return results.map { quiz.verdict($0) }.joined(separator: " · ") + "  (score \(score.right)/\(score.asked))"
    }

    /// Writes the teacher's file; the sentence that says so.
    func writeScore() -> String {
        scoreWritten = true
        let score = quiz.score
        let text = "quiz score: \(score.right) of \(score.asked) right"
        do {
            try quiz.report(program: quiz.debugger.filename).write(toFile: scorePath, atomically: true, encoding: .utf8)
            return text + ", written to \(scorePath)"
        } catch {
            return text + "; can't write \(scorePath): \(error.localizedDescription)"
        }
    }
}

extension App {
    /// The quiz key: on (predictions asked before binding steps), or off
    /// (the score written).
    func toggleQuiz() {
        if let quiz {
            self.quiz = nil
            say(quiz.quiz.score.asked == 0 ? "quiz off (no question was asked)" : quiz.writeScore() + "; quiz off")
            return
        }
        guard let debugger = session as? Debugger else {
            say("this debugger session cannot run a quiz")
            return
        }
        let quiz = QuizSession(debugger: debugger, source: snapshot.sourceLines.joined(separator: "\n"),
                               ascii: terminal.glyphs.isASCII)
        self.quiz = ScreenQuiz(quiz: quiz, program: snapshot.filename)
        say("quiz on: before a step that binds names, predict them (Enter submits, empty skips); a ends the quiz")
    }

    /// A step key while the quiz is on: ask first when this stop has questions.
    /// True when the questions took the key.
    func quizTakesStep(_ command: Command) -> Bool {
        guard let quiz, command == .stepInto || command == .stepOver, snapshot.isStopped else { return false }
        let questions = quiz.quiz.questionsHere()
        guard !questions.isEmpty else { return false }
        quiz.ask(questions, at: snapshot)
        setMode(.quizAnswer(LineEditor()))
        return true
    }

    func handleQuizAnswer(_ key: Key, editor: inout LineEditor) {
        switch key {
        case .character(let character): editor.insert(character)
        case .backspace: editor.backspace()
        case .delete: editor.deleteForward()
        case .left: editor.moveLeft()
        case .right: editor.moveRight()
        case .home, .control("a"): editor.moveHome()
        case .end, .control("e"): editor.moveEnd()
        case .enter:
            setMode(.normal)
            guard let quiz, quiz.answer(editor.text) else {
                setMode(.quizAnswer(LineEditor()))
                return
            }
            // Every prediction is in: the step over the line reveals them.
            start(.stepOver)
            return
        case .escape, .control("c"), .control("g"):
            quiz?.cancel()
            setMode(.normal)
            say("prediction cancelled (a turns the quiz off)")
            return
        default: break
        }
        setMode(.quizAnswer(editor))
    }

    /// At each stop: the verdicts of the step that was predicted, and the
    /// score once the program has ended.
    func quizStopped() {
        guard let quiz else { return }
        var sentences: [String] = []
        if let verdicts = quiz.judge(after: snapshot) { sentences.append(verdicts) }
        switch snapshot.state {
        case .finished, .exception:
            if !quiz.scoreWritten && quiz.quiz.score.asked > 0 { sentences.append(quiz.writeScore()) }
        default: break
        }
        if !sentences.isEmpty { say(sentences.joined(separator: " — ")) }
    }

    /// The status bar's prompt while a prediction is typed: "predict total = ".
    var quizPromptLabel: String? {
        guard case .quizAnswer = mode, let question = quiz?.currentQuestion else { return nil }
        return "predict " + question.prompt
    }
}
