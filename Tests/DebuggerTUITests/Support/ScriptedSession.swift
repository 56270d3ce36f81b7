// A DebugSession that plays back a list of snapshots, for tests (and the
// scratch demo). Every step command moves to the next snapshot, step back to
// the previous one, continue to the next one on a breakpoint line (or the
// last). A command can be made to take several resume slices, and pause()
// stops it at the next snapshot, as the real core stops at the next event.
import Interpreter
@testable import DebuggerTUI

final class ScriptedSession: InputAcceptingSession {
    private let script: [DebugSnapshot]
    private(set) var index: Int
    private var target: Int?
    private var slicesLeft = 0
    private var pauseRequested = false
    private var breakpoints: [Breakpoint] = []
    private var selectedFrameOverride: Int?
    /// Scopes to show when a frame other than the innermost is selected.
    var scopesForFrame: [Int: ScopesView] = [:]
    /// Resume slices a command takes before it stops (0: stops in the first).
    var slicesPerCommand = 0
    /// When true, `continue` never stops by itself (an endless loop).
    var continueRunsForever = false
    /// Answers `.stopped` this many times per command while still running,
    /// as a core racing its program thread can.
    var falseStopsPerCommand = 0
    private var falseStopsLeft = 0

    private(set) var commands: [DebugCommand] = []
    private(set) var inputs: [String?] = []
    private(set) var pauseCount = 0
    private(set) var resumeCount = 0
    private(set) var selectedFrames: [Int] = []

    init(_ script: [DebugSnapshot], startAt index: Int = 0) {
        precondition(!script.isEmpty, "a script needs a snapshot")
        self.script = script
        self.index = min(max(0, index), script.count - 1)
    }

    var isRunning: Bool { target != nil }

    var snapshot: DebugSnapshot {
        var snapshot = script[index]
        snapshot.breakpoints = breakpoints
        if isRunning { snapshot.state = .running }
        if let selected = selectedFrameOverride, snapshot.stack.indices.contains(selected) {
            snapshot.selectedFrame = selected
            for position in snapshot.stack.indices { snapshot.stack[position].isSelected = position == selected }
            if let scopes = scopesForFrame[selected] { snapshot.scopes = scopes }
        }
        return snapshot
    }

    func start(_ command: DebugCommand) {
        commands.append(command)
        selectedFrameOverride = nil
        pauseRequested = false
        slicesLeft = slicesPerCommand
        falseStopsLeft = falseStopsPerCommand
        switch command {
        case .stepBack: target = max(0, index - 1)
        case .restart: target = 0
        case .goto(let step): target = min(max(0, step), script.count - 1)
        case .continue:
            let breakpointLines = Set(breakpoints.map(\.line))
            let next = script.indices.first { $0 > index && breakpointLines.contains(script[$0].line) }
            target = next ?? script.count - 1
            if continueRunsForever { slicesLeft = Int.max }
        case .runToLine(let line):
            target = script.indices.first { $0 > index && script[$0].line == line } ?? script.count - 1
        default: target = min(index + 1, script.count - 1)
        }
    }

    func resume(budget: Double) -> ResumeResult {
        resumeCount += 1
        guard let destination = target else { return .stopped }
        if falseStopsLeft > 0 {
            falseStopsLeft -= 1
            return .stopped
        }
        if pauseRequested {
            index = min(index + 1, script.count - 1)
            target = nil
            return .stopped
        }
        if slicesLeft > 0 {
            slicesLeft -= 1
            return .stillRunning
        }
        index = destination
        target = nil
        return .stopped
    }

    func pause() {
        pauseCount += 1
        pauseRequested = true
    }

    func selectFrame(_ index: Int) {
        selectedFrames.append(index)
        selectedFrameOverride = index
    }

    func toggleBreakpoint(line: Int) {
        if let existing = breakpoints.firstIndex(where: { $0.line == line }) {
            breakpoints.remove(at: existing)
        } else {
            breakpoints.append(Breakpoint(line: line))
        }
    }

    func setBreakpoint(line: Int, condition: String?) {
        clearBreakpoint(line: line)
        breakpoints.append(Breakpoint(line: line, condition: condition))
    }

    func clearBreakpoint(line: Int) { breakpoints.removeAll { $0.line == line } }

    func evaluate(_ expression: String) -> String { "<not supported in the scripted session>" }

    func provideInput(_ line: String?) {
        inputs.append(line)
        target = min(index + 1, script.count - 1)
    }
}
