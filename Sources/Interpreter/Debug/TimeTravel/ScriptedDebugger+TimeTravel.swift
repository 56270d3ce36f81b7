// `scopewalk debug`'s time-travel words: rs, rn, rf, rc, undo, last EXPR,
// next-change EXPR. Each prints what it found (or why it did not move),
// then the view at the stop reached.

import Foundation

extension ScriptedDebugger {
    func timeTravel(_ command: String, _ rest: String) -> String {
        switch command {
        case "rs", "rn", "rf", "rc":
            let kind: ReverseCommand = command == "rs" ? .step : command == "rn" ? .next : command == "rf" ? .finish : .continueBack
            var view = perform(.reverse(kind))
            // Back one small step: shown as the small step was.
            if let x = debugger.snapshot.expressionStop { view = ScriptedDebugger.expressionView(x, step: debugger.snapshot.step) }
            return (debugger.timeTravelNote.map { "(\($0))\n" } ?? "") + view
        case "undo":
            return perform(.stepBack)
        case "stops", "next-stop", "prev-stop", "stop":
            return lessonStop(command, rest)
        case "timed":
            // For bench/time-travel: the command's view, then its wall time.
            // (Timed from when the command began, in the process that took it over too.)
            let start = commandStartedAt ?? DispatchTime.now().uptimeNanoseconds
            let view = execute(rest)
            let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
            return view + "timed: \(rest) \(String(format: "%.1f", ms)) ms\n"
        default:
            guard !rest.isEmpty else { return "*** usage: \(command) EXPR (a name, name.attr or name[index])\n" }
            let said = debugger.findChange(of: rest, forward: command == "next-change")
            if said.hasPrefix("***") { return said + "\n" }
            return said + "\n" + fullView()
        }
    }

    /// A replayed session's teacher stops: list them, or go to one.
    private func lessonStop(_ command: String, _ rest: String) -> String {
        let stops = debugger.lessonStops
        guard !stops.isEmpty else { return "*** no teacher's stops: this is not a replayed session (scopewalk replay LESSON.swsession)\n" }
        let position = debugger.lessonStopPosition
        switch command {
        case "stops":
            return "teacher's stops:\n" + stops.enumerated().map { i, e in
                "  \(i == position ? ">" : " ") \(i + 1): step \(e)\n"
            }.joined()
        default:
            let index: Int
            if command == "stop" {
                guard let n = Int(rest), n >= 1, n <= stops.count else { return "*** usage: stop N (1 to \(stops.count))\n" }
                index = n - 1
            } else if command == "next-stop" {
                index = position.map { $0 + 1 } ?? (stops.firstIndex { $0 > debugger.snapshot.step } ?? stops.count)
                guard index < stops.count else { return "*** that was the teacher's last stop\n" }
            } else {
                index = position.map { $0 - 1 } ?? (stops.lastIndex { $0 < debugger.snapshot.step } ?? -1)
                guard index >= 0 else { return "*** that was the teacher's first stop\n" }
            }
            debugger.goToLessonStop(index)
            return "teacher's stop \(index + 1) of \(stops.count)\n" + fullView()
        }
    }
}
