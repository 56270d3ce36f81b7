// `scopewalk debug`: the debugger driven by pdb's words, one command per
// line, printing a plain-text view after each. For scripts, screen readers
// and tests; the full-screen front end shows the same DebugSnapshot.

public final class ScriptedDebugger {
    public let debugger: Debugger
    var shownOutput = 0
    /// When the command being run began, if in another process (a checkpoint took it over).
    var commandStartedAt: UInt64?
    /// Lines the program reads with input() come from the same command
    /// stream, as with pdb.
    public var nextInputLine: (() -> String?)?
    public private(set) var finished = false

    public init(filename: String, source: String) {
        debugger = Debugger(filename: filename, source: source)
    }

    /// The view at the start, before any command.
    public func banner() -> String {
        "scopewalk debug \(debugger.filename) — type 'help' for commands\n" + fullView()
    }

    /// Runs one command; returns what to print.
    public func execute(_ line: String) -> String {
        let trimmed = line.trimmingCharacters(in: " \t")
        if trimmed.isEmpty { return "" }
        let parts = trimmed.split(separator: " ", maxSplits: 1).map(String.init)
        let cmd = parts[0]
        let rest = parts.count > 1 ? parts[1].trimmingCharacters(in: " \t") : ""
        switch cmd {
        case "s", "step": return perform(.stepInto)
        case "n", "next": return perform(.stepOver)
        case "r", "return": return perform(.stepOut)
        case "e", "step-expr": return expressionStep()
        case "c", "cont", "continue": return perform(.continue)
        case "unt", "until":
            guard let n = Int(rest) else { return perform(.stepOver) }
            debugger.startUntil(line: n)
            return finishCommand()
        case "t", "to", "run-to":
            guard let n = Int(rest) else { return "*** usage: to LINE\n" }
            return perform(.runToLine(n))
        case "back", "step-back", "sb": return perform(.stepBack)
        case "forward", "fw": return perform(.stepForward)
        case "goto", "g":
            guard let n = Int(rest), n >= 1 else { return "*** usage: goto STEP (a step number >= 1)\n" }
            return perform(.goto(step: n))
        case "restart", "R", "run": return perform(.restart)
        case "b", "break":
            if rest.isEmpty { return breakpointList() }
            var lineText = rest, condition: String? = nil
            if let r = rest.range(of: " if ") {
                lineText = String(rest[..<r.lowerBound]).trimmingCharacters(in: " ")
                condition = String(rest[r.upperBound...]).trimmingCharacters(in: " ")
            }
            guard let n = Int(lineText), n >= 1 else { return "*** usage: b LINE [if CONDITION]\n" }
            guard debugger.isExecutableLine(n) else { return "*** line \(n) has no code to stop at (blank, comment or out of range)\n" }
            debugger.setBreakpoint(line: n, condition: condition)
            return "Breakpoint at \(debugger.filename):\(n)" + (condition.map { " if \($0)" } ?? "") + "\n"
        case "cl", "clear":
            if rest.isEmpty {
                for bp in debugger.breakpointList { debugger.clearBreakpoint(line: bp.line) }
                return "Deleted all breakpoints\n"
            }
            guard let n = Int(rest) else { return "*** usage: cl LINE\n" }
            debugger.clearBreakpoint(line: n)
            return "Deleted breakpoint at \(debugger.filename):\(n)\n"
        case "w", "where", "bt": return stackView()
        case "scopes": return scopesView()
        case "cells": return cellsView()
        case "heap": return heapView(rest)
        case "l", "list": return sourceView(context: 5)
        case "out", "output": return "output:\n" + indent(debugger.snapshot.output)
        case "p", "print":
            guard !rest.isEmpty else { return "*** usage: p EXPRESSION\n" }
            let before = debugger.snapshot.effects
            let value = debugger.evaluate(rest) + "\n"
            // An evaluation that changed the program's objects says so (it is history now).
            let s = debugger.snapshot
            guard s.effects.narration.hasPrefix("you changed"), s.effects != before else { return value }
            let changes = s.effects.changes.map { "\($0.name) (\($0.scope.rawValue)) \($0.kind.rawValue)" }
            return value + "what happened: \(s.effects.narration)\nchanged: \(changes.joined(separator: ", "))\n"
        case "u", "up":
            let s = debugger.snapshot
            if s.selectedFrame == 0 { return "*** Oldest frame\n" }
            debugger.selectFrame(s.selectedFrame - 1)
            return locationLine() + scopesView()
        case "d", "down":
            let s = debugger.snapshot
            if s.selectedFrame >= s.stack.count - 1 { return "*** Newest frame\n" }
            debugger.selectFrame(s.selectedFrame + 1)
            return locationLine() + scopesView()
        case "v", "view": return fullView()
        case "q", "quit", "exit":
            finished = true
            debugger.quit()
            return ""
        case "h", "help", "?": return ScriptedDebugger.help
        case "rs", "rn", "rf", "rc", "undo", "last", "next-change", "stops", "next-stop", "prev-stop", "stop", "timed": return timeTravel(cmd, rest)
        default:
            return "*** unknown command '\(cmd)' (type 'help')\n"
        }
    }

    public static let help = """
    commands (pdb's words):
      s | step          step into: stop at the next event, entering calls
      n | next          step over: stop at the next line of this function
      r | return        step out: run until this function returns
      e | step-expr     small step: the next sub-expression of the line, the
                        line shown with the values computed so far ([part])
      c | continue      run until a breakpoint or the end
      until N           run until a line >= N in this function
      to N              run until line N is reached in any function
      b N [if EXPR]     set a breakpoint (b alone lists them)
      cl N | cl         clear the breakpoint at line N | all of them
      back | forward    step back / forward through the history of stops
      rs | rn | rf | rc reverse step / next / finish / continue: back one
                        event; to the previous line of this function; to the
                        line that called it; to the previous breakpoint hit
      undo              back to the previous stop (as back)
      last EXPR         back to the line that last changed EXPR (a name,
                        name.attr or name[index] of the selected frame)
      next-change EXPR  forward to the stop just after EXPR next changes
      goto N            go to step N (replays the program)
      restart           start again from the first line
      where             the call stack
      scopes            Local, Enclosing, Global and Builtins of the selected frame
      cells             every live closure cell, its contents and holders
                        ([alias #3]: another name or cell holds the same object;
                        #N labels stay the same in every replay)
      heap [N]          the objects reachable from the frames, who refers to
                        each (names, cells, items, attributes), from row N
      heap draw [ascii] frames and objects as boxes and arrows (small heaps)
      p EXPR            evaluate EXPR in the selected frame; what it changes
                        is told ("you changed a") and kept in the history:
                        back/forward/goto replay it at the same step
      up | down         select the caller / callee frame
      list | view       the source around the current line | the whole view
      q | quit          stop debugging

    """

    // MARK: Running

    func perform(_ command: DebugCommand) -> String {
        if case .finished = debugger.snapshot.state, !isHistoryCommand(command) {
            return "The program has finished; use 'restart', 'back' or 'goto N'.\n"
        }
        debugger.start(command)
        return finishCommand()
    }

    private func isHistoryCommand(_ c: DebugCommand) -> Bool {
        switch c {
        case .stepBack, .stepForward, .goto, .restart, .reverse: return true
        default: return false
        }
    }

    func finishCommand() -> String {
        while true {
            _ = debugger.resume(budget: 3600)
            if case .waitingForInput = debugger.snapshot.state {
                let line = nextInputLine?()
                debugger.provideInput(line)
                continue
            }
            break
        }
        return fullView()
    }

    // MARK: Views

    func locationLine() -> String {
        let s = debugger.snapshot
        let state: String
        switch s.state {
        case .finished(let code): state = "finished (exit status \(code))"
        case .exception: state = "stopped on an uncaught exception"
        case .waitingForInput: state = "waiting for input"
        case .running: state = "running"
        case .notStarted: state = "not started"
        case .paused:
            state = s.event == "line" ? "paused" : "paused at \(s.event == "call" ? "a call" : s.event == "return" ? "a return" : "an exception")"
        }
        var out = "-- step \(s.step) · \(state)"
        if !s.stack.isEmpty, s.selectedFrame < s.stack.count {
            let f = s.stack[s.selectedFrame]
            out += " · \(selectedFile()):\(f.line) in \(f.function)"
        }
        return out + "\n"
    }

    func fullView() -> String {
        let s = debugger.snapshot
        var out = locationLine()
        if case .finished = s.state {} else { out += sourceView(context: 0) }
        if s.event == "return", let v = s.returnValue, case .paused = s.state { out += "return value: \(v)\n" }
        if let e = s.exception { out += "exception: \(e.typeName): \(e.message)\(e.isUncaught ? " (uncaught: post-mortem, frames kept)" : "")\n" }
        if case .finished = s.state {} else {
            out += stackView()
            out += scopesView()
            out += cellsView()
        }
        if !s.effects.narration.isEmpty { out += "what happened: \(s.effects.narration)\n" }
        let changes = s.effects.changes.map { "\($0.name) (\($0.scope.rawValue)) \($0.kind.rawValue)" }
        if !changes.isEmpty { out += "changed: " + changes.joined(separator: ", ") + "\n" }
        let output = s.output
        if output.count > shownOutput {
            let new = String(output.dropFirst(shownOutput))
            out += "new output:\n" + indent(new)
        }
        shownOutput = output.count
        return out
    }

    /// The file of the selected frame (a module the program imported, or the program).
    func selectedFile() -> String {
        let s = debugger.snapshot
        let files = debugger.frameFilenames()
        return s.selectedFrame < files.count ? files[s.selectedFrame] : s.filename
    }

    func sourceView(context: Int) -> String {
        let s = debugger.snapshot
        guard !s.stack.isEmpty, s.selectedFrame < s.stack.count else { return "" }
        let line = s.stack[s.selectedFrame].line
        guard line >= 1 else { return "" }
        let file = selectedFile()
        let lines = file == s.filename ? s.sourceLines : (debugger.sourceLines(ofFile: file) ?? [])
        let inMain = file == s.filename
        var out = ""
        let lo = max(1, line - context), hi = min(lines.count, line + context)
        if lo > hi { return "" }
        for n in lo...hi {
            let mark = n == line ? "->" : "  "
            let bp = inMain && s.breakpoints.contains { $0.line == n } ? "B" : " "
            out += "\(bp)\(mark)\(String(n).leftPadded(4))  \(lines[n - 1])\n"
        }
        return out
    }

    func stackView() -> String {
        let s = debugger.snapshot
        if s.stack.isEmpty { return "stack: (empty)\n" }
        var out = "stack (most recent call last):\n"
        for (i, f) in s.stack.enumerated() {
            out += "  \(i == s.selectedFrame ? ">" : " ") \(f.function) line \(f.line)\n"
        }
        return out
    }

    func scopesView() -> String {
        let sc = debugger.snapshot.scopes
        var out = ""
        func show(_ b: Binding) -> String {
            if b.isUnbound { return "\(b.name) <unbound>" + (b.cellLabel.map { " (cell \($0))" } ?? "") }
            var s = "\(b.name) = " + Binding.labelled(b.value, b.objectLabel)
            if let c = b.cellLabel { s += " (cell \(c))" }
            if let a = b.alias { s += " [alias \(a)]" }
            if let ch = b.change { s += " [\(ch.rawValue)]" }
            return s
        }
        if sc.isModuleFrame, !sc.local.isEmpty {
            out += "Comprehension (its own variable):\n" + sc.local.map { "  " + show($0) + "\n" }.joined()
        }
        if !sc.isModuleFrame {
            out += "Local:" + (sc.local.isEmpty ? " (none)\n" : "\n" + sc.local.map { "  " + show($0) + "\n" }.joined())
            out += "Enclosing:" + (sc.enclosing.isEmpty ? " (none)\n" : "\n" + sc.enclosing.map { "  " + show($0.binding) + " — from \($0.owner)\n" }.joined())
        }
        out += "Global:" + (sc.global.isEmpty ? " (none)\n" : "\n" + sc.global.map { "  " + show($0) + "\n" }.joined())
        out += "Builtins: \(sc.builtins.count) names (print, len, range, ...)\n"
        return out
    }

    func cellsView() -> String {
        let cells = debugger.snapshot.cells
        if cells.isEmpty { return "cells: (none)\n" }
        var out = "cells:\n"
        for c in cells {
            var line = "  \(c.label) \(c.variable) = " + (c.contents.map { Binding.labelled($0, c.objectLabel) } ?? "<empty>")
            line += " · made by \(c.creator)\(c.creatorFinished ? " (finished)" : " (running)")"
            if c.heldBy.isEmpty { line += " · held by no closure" } else {
                line += " · held by " + c.heldBy.map { "\($0.function).__closure__[\($0.index)]" }.joined(separator: ", ")
            }
            if let a = c.alias { line += " [alias \(a)]" }
            if let ch = c.change { line += " [\(ch.rawValue)]" }
            out += line + "\n"
        }
        return out
    }

    func breakpointList() -> String {
        let bps = debugger.breakpointList
        if bps.isEmpty { return "No breakpoints\n" }
        return bps.map { "Breakpoint at line \($0.line)" + ($0.condition.map { " if \($0)" } ?? "") + ", hit \($0.hits) time\($0.hits == 1 ? "" : "s")\n" }.joined()
    }

    func indent(_ text: String) -> String {
        if text.isEmpty { return "" }
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map { "  | " + $0 + "\n" }.joined()
    }
}

extension String {
    func leftPadded(_ n: Int) -> String { count >= n ? self : repeatString(" ", count: n - count) + self }
    func trimmingCharacters(in chars: String) -> String {
        var s = Substring(self)
        while let f = s.first, chars.contains(f) { s = s.dropFirst() }
        while let l = s.last, chars.contains(l) { s = s.dropLast() }
        return String(s)
    }
}
