// The screen's time travel: the reverse commands run through the session
// (Backspace, Ctrl-B, S, N, O, C), and "when did this change?" on the
// binding under the Scopes cursor (< goes back to the line that last
// changed it, > forward to its next change).
import Foundation
import Interpreter

/// A session that can answer questions about the past (the real debugger).
protocol TimeTravelSession: AnyObject {
    var timeTravelNote: String? { get }
    func findChange(of expression: String, forward: Bool) -> String
}

extension Debugger: TimeTravelSession {}

extension App {
    /// After a reverse command: what it found, or why it did not move.
    func sayTimeTravelNote() {
        if let note = (session as? TimeTravelSession)?.timeTravelNote { say(note) }
    }

    func findChangeOfSelectedBinding(forward: Bool) {
        guard let timeTravel = session as? TimeTravelSession else {
            say("this session cannot search its history")
            return
        }
        guard focus == .scopes, let expression = panes.scopes.selectedExpression else {
            say("select a name (or an attribute or item of an open value) in the Scopes pane first: Tab moves there")
            return
        }
        let said = timeTravel.findChange(of: expression, forward: forward)
        refreshSnapshot()
        panes.follow(snapshot)
        followSelectedFrame(programMoved: true)
        say(said.hasPrefix("*** ") ? String(said.dropFirst(4)) : said)
    }
}

extension App {
    /// W saves the session; [ and ] walk a replayed session's teacher stops.
    func lessonCommand(_ command: Command) {
        guard let debugger = session as? Debugger else {
            say("this session has no history to save or walk")
            return
        }
        if command == .saveLesson {
            let name = (snapshot.filename.split(separator: "/").last.map(String.init) ?? "program")
            let path = lessonOutputPath ?? (name.hasSuffix(".py") ? String(name.dropLast(3)) : name) + ".swsession"
            do {
                try debugger.lessonSession().encoded().write(to: URL(fileURLWithPath: path))
                say("session saved to \(path): scopewalk replay \(path) shows the same run and stops")
            } catch {
                say("can't write \(path): \(error)")
            }
            return
        }
        let stops = debugger.lessonStops
        guard !stops.isEmpty else {
            say("no teacher's stops: open a session with scopewalk replay LESSON.swsession")
            return
        }
        let position = debugger.lessonStopPosition
        let index: Int
        if command == .nextLessonStop {
            index = position.map { $0 + 1 } ?? (stops.firstIndex { $0 > snapshot.step } ?? stops.count)
            guard index < stops.count else { say("that was the teacher's last stop"); return }
        } else {
            index = position.map { $0 - 1 } ?? (stops.lastIndex { $0 < snapshot.step } ?? -1)
            guard index >= 0 else { say("that was the teacher's first stop"); return }
        }
        debugger.goToLessonStop(index)
        refreshSnapshot()
        panes.follow(snapshot)
        followSelectedFrame(programMoved: true)
        say("teacher's stop \(index + 1) of \(stops.count)")
    }
}
