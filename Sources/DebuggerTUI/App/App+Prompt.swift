// The `:` prompt, watches, breakpoints set and edited on the screen, and
// what the screen refreshes when the program or the selected frame moves.
import Foundation
import Interpreter

extension App {
    // MARK: following the selected frame

    /// After a stop or a frame change: the source pane shows the selected
    /// frame's file, the stack each frame's file, watches are evaluated again
    /// (marked when the program, not the frame, moved), objects asked again.
    func followSelectedFrame(programMoved: Bool) {
        panes.scopes.objects.invalidate()
        guard let screenSession = session as? ScreenSession else { return }
        let files = snapshot.isStopped || snapshot.state == .notStarted ? screenSession.frameFilenames() : []
        panes.stack.frameFiles = files
        let selected = files.indices.contains(snapshot.selectedFrame) ? files[snapshot.selectedFrame] : nil
        if let file = selected, file != snapshot.filename, let lines = screenSession.sourceLines(ofFile: file) {
            let changedFile = panes.source.otherFile?.name != file
            panes.source.otherFile = (file, lines)
            if changedFile { panes.source.follow(snapshot) }
        } else if panes.source.otherFile != nil {
            panes.source.otherFile = nil
            panes.source.follow(snapshot)
        }
        if snapshot.isStopped {
            panes.scopes.watches.refresh(markChanges: programMoved) { evaluateWatch($0) }
        }
    }

    /// Watches are not part of the history (the `p` prompt's evaluations are).
    func evaluateWatch(_ expression: String) -> String {
        (session as? ScreenSession)?.evaluateWatch(expression) ?? session.evaluate(expression)
    }

    // MARK: the prompt

    func openPrompt(_ text: String = "") {
        var editor = LineEditor()
        for character in text { editor.insert(character) }
        promptHistoryIndex = nil
        setMode(.prompt(editor))
    }

    func handlePrompt(_ key: Key, editor: inout LineEditor) {
        switch key {
        case .character(let character): editor.insert(character)
        case .backspace:
            if editor.text.isEmpty { return setMode(.normal) }
            editor.backspace()
        case .delete: editor.deleteForward()
        case .left: editor.moveLeft()
        case .right: editor.moveRight()
        case .home, .control("a"): editor.moveHome()
        case .end, .control("e"): editor.moveEnd()
        case .up, .down:
            guard !promptHistory.isEmpty else { break }
            var index = promptHistoryIndex ?? promptHistory.count
            index = key == .up ? max(0, index - 1) : min(promptHistory.count, index + 1)
            promptHistoryIndex = index
            editor = LineEditor()
            if index < promptHistory.count { for character in promptHistory[index] { editor.insert(character) } }
        case .enter:
            setMode(.normal)
            let text = editor.text
            if !text.trimmingCharacters(in: .whitespaces).isEmpty, promptHistory.last != text { promptHistory.append(text) }
            runPrompt(PromptCommand.parse(text))
            return
        case .escape, .control("c"), .control("g"):
            setMode(.normal)
            say(nil)
            return
        default: break
        }
        setMode(.prompt(editor))
    }

    func runPrompt(_ command: PromptCommand) {
        let screenSession = session as? ScreenSession
        switch command {
        case .nothing: say(nil)
        case .evaluate(let expression):
            guard snapshot.isStopped || snapshot.state == .finished(exitCode: 0) || isFinished else {
                return say("start the program first (s steps to the first line)")
            }
            // Kept in the history: what it changed is marked and told ("you changed a").
            let value = session.evaluate(expression)
            refreshSnapshot()
            panes.scopes.watches.lastResult = Watch(expression: expression, value: value)
            panes.scopes.objects.invalidate()
            let changedSomething = snapshot.effects.narration.hasPrefix("you changed")
            // Watches see what the evaluation changed (and keep the step's marks otherwise).
            if changedSomething { panes.scopes.watches.refresh(markChanges: true) { evaluateWatch($0) } }
            let told = changedSomething ? " · " + snapshot.effects.narration : ""
            say(expression + " = " + value + told)
        case .watch(let expression):
            panes.scopes.watches.add(expression)
            panes.scopes.watches.refresh(markChanges: false) { evaluateWatch($0) }
            say("watching \(expression): evaluated at every stop, * marks a change (unwatch N removes it)")
        case .unwatch(let number):
            say(panes.scopes.watches.remove(number: number) ? "watch \(number) removed" : "there is no watch \(number)")
        case .breakpoint(let line, let condition):
            setBreakpoint(askedFor: line, condition: condition)
        case .condition(let line, let condition):
            guard let existing = breakpoint(at: line) else { return say("there is no breakpoint on line \(line)") }
            session.setBreakpoint(line: line, condition: condition)
            if !existing.enabled { screenSession?.setBreakpointEnabled(line: line, enabled: false) }
            if existing.ignoreCount > 0 { screenSession?.setBreakpointIgnoreCount(line: line, count: existing.ignoreCount) }
            refreshSnapshot()
            say(condition.map { "breakpoint on line \(line) stops only if \($0)" } ?? "breakpoint on line \(line) has no condition now")
        case .ignore(let line, let count):
            guard breakpoint(at: line) != nil else { return say("there is no breakpoint on line \(line)") }
            guard let screenSession else { return say("this debugger session cannot ignore hits") }
            screenSession.setBreakpointIgnoreCount(line: line, count: count)
            refreshSnapshot()
            say(count > 0 ? "breakpoint on line \(line) passes over its first \(count) hit\(count == 1 ? "" : "s") of the run" : "breakpoint on line \(line) stops at every hit")
        case .enable(let line), .disable(let line):
            guard breakpoint(at: line) != nil else { return say("there is no breakpoint on line \(line)") }
            guard let screenSession else { return say("this debugger session cannot disable breakpoints") }
            let enable = command == .enable(line)
            screenSession.setBreakpointEnabled(line: line, enabled: enable)
            refreshSnapshot()
            say("breakpoint on line \(line) \(enable ? "enabled" : "disabled")")
        case .clear(let line):
            guard breakpoint(at: line) != nil else { return say("there is no breakpoint on line \(line)") }
            session.clearBreakpoint(line: line)
            refreshSnapshot()
            say("breakpoint on line \(line) cleared")
        }
    }

    private var isFinished: Bool {
        if case .finished = snapshot.state { return true }
        return false
    }

    func breakpoint(at line: Int) -> Breakpoint? { snapshot.breakpoints.first { $0.line == line } }

    // MARK: breakpoints

    /// `b` at the cursor: clears the breakpoint there, or sets one (on the
    /// next line with code when the cursor's line has none).
    func toggleBreakpointAtCursor() {
        guard panes.source.showsMainProgram else {
            return say("breakpoints go in \(snapshot.filename): u selects the caller's frame to show it")
        }
        let line = panes.source.cursorLine
        guard line >= 1, line <= snapshot.sourceLines.count else { return }
        if breakpoint(at: line) != nil {
            session.clearBreakpoint(line: line)
            refreshSnapshot()
            say("breakpoint on line \(line) cleared")
        } else {
            setBreakpoint(askedFor: line, condition: nil)
        }
    }

    /// Sets a breakpoint where the program can stop: a line without code
    /// (blank, a comment, the middle of a statement) moves on to the next
    /// line with code, as pdb does, and the status line says so.
    func setBreakpoint(askedFor line: Int, condition: String?) {
        guard line >= 1, line <= snapshot.sourceLines.count else {
            return say("line \(line) is not in \(snapshot.filename) (\(snapshot.sourceLines.count) lines)")
        }
        var target = line
        if let screenSession = session as? ScreenSession {
            guard let next = screenSession.breakpointLine(for: line) else {
                return say("no line from \(line) on has code: no breakpoint set")
            }
            target = next
        }
        session.setBreakpoint(line: target, condition: condition)
        refreshSnapshot()
        let condition = condition.map { " if \($0)" } ?? ""
        if target != line {
            panes.source.placeCursor(onLine: target, snapshot: snapshot)
            say("line \(line) has no code: breakpoint set on line \(target), the next line with code\(condition)")
        } else {
            say("breakpoint set on line \(line)\(condition)")
        }
    }

    func handleBreakpointList(_ key: Key, list: inout BreakpointList) {
        let breakpoints = snapshot.breakpoints
        let current = breakpoints.indices.contains(list.cursor) ? breakpoints[list.cursor] : nil
        switch key {
        case .character(" "), .character("e"), .character("d"):
            guard let current, let screenSession = session as? ScreenSession else { break }
            screenSession.setBreakpointEnabled(line: current.line, enabled: !current.enabled)
            refreshSnapshot()
        case .character("c"):
            guard let current else { break }
            return openPrompt("cond \(current.line) " + (current.condition ?? ""))
        case .character("i"):
            guard let current else { break }
            return openPrompt("ignore \(current.line) ")
        case .character("x"), .delete:
            guard let current else { break }
            session.clearBreakpoint(line: current.line)
            refreshSnapshot()
        case .enter:
            guard let current else { break }
            panes.source.placeCursor(onLine: current.line, snapshot: snapshot)
            setFocus(.source)
            return setMode(.normal)
        case .escape, .character("q"), .character("B"), .control("c"):
            return setMode(.normal)
        default:
            if let motion = keyMap.command(for: key).flatMap(Self.motion(for:)) {
                list.move(motion, count: breakpoints.count)
            }
        }
        list.move(.left, count: snapshot.breakpoints.count)  // clamps after a clear
        setMode(.breakpoints(list))
    }

    // MARK: theme

    func toggleTheme() {
        renderer.theme.highContrast.toggle()
        terminal.apply(renderer.theme)
        say(renderer.theme.highContrast ? "high-contrast theme (T switches back)" : "standard theme (T: high contrast)")
    }
}
