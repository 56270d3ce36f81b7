// "When did this change?" `last EXPR` goes back to the line that last
// rebound or mutated EXPR (stopped before it runs, as a reverse watchpoint
// stops); `next-change EXPR` runs forward to the stop just after the next
// change (as a watchpoint stops). A mutation through another name is one:
// the watched object's contents are compared, whoever changed them.
// Both re-run the history silently (HistoryScan), watching the target at
// every event, then jump to the stop found.

extension Debugger {
    /// Moves to the change; returns the sentence to show ("*** ..." when
    /// nothing moved).
    public func findChange(of expression: String, forward: Bool) -> String {
        // Run again by a checkpoint that took the session over: the search was made.
        if let m = replayedMemo(\.changes) {
            if let log = m.log { recordedLog = log }
            jump(to: m.destination)
            return m.message
        }
        guard let r = run, r.isParked || r.isDone else { return "*** the program is running" }
        let frame = r.selectedFrameObject ?? r.stackFrames.last
        let target: ChangeTarget
        do {
            let (head, accessors) = try ChangeTarget.parse(expression, evaluateIndex: { try r.vm.evaluate($0, in: frame) }, vm: r.vm)
            let place = try ChangeTarget.resolve(head, in: frame, vm: r.vm)
            target = ChangeTarget(place: place, accessors: accessors, text: expression)
        } catch let e as ChangeSearchError {
            return "*** " + e.message
        } catch let e as PyError {
            return "*** " + r.vm.exceptionOnlyLine(e.exception)
        } catch {
            return "*** \(error)"
        }
        let current = snapshot.step
        let atEnd = isAfterLastEvent
        if forward && atEnd { return "*** the program has ended: no later change" }
        let watcher = ChangeWatcher(target: target, current: current, atEnd: atEnd, forward: forward,
                                    selectedIndex: snapshot.selectedFrame)
        let scan = HistoryScan(debugger: self) { ev, scan in watcher.observe(ev, scan) }
        let end = scan.run(budget: replayBudget)
        if end == .timedOut { return "*** the history took too long to search" }
        watcher.finish()
        var logChanged = false
        if forward {
            // The scan ran past the recorded history: its clock readings and seeds are the history now.
            if scan.vm.replayLog.times.count > recordedLog.times.count || scan.vm.replayLog.seeds.count > recordedLog.seeds.count {
                var log = scan.vm.replayLog
                log.rewind()
                recordedLog = log
                logChanged = true
            }
        }
        guard let found = watcher.found else {
            if forward {
                return end == .needsInput
                    ? "*** \(target.text) does not change before the program's next input() (step to it and type the line first)"
                    : "*** \(target.text) does not change again before the end"
            }
            return "*** \(target.text) has not changed since it was first shown" + (watcher.wasAbsent ? " (it is not bound here)" : "")
        }
        let destination = forward ? found.event : found.actorEvent
        let when = forward ? "next change" : "last change"
        let message = "\(when) (step \(found.event)): \(found.sentence)"
        commandMemo.changes.append(ChangeMemo(destination: destination, message: message, log: logChanged ? recordedLog : nil))
        jump(to: destination)
        return message
    }
}

/// Watches one target through a scan and remembers its changes.
final class ChangeWatcher {
    struct Change {
        /// The first event at which the new value is seen.
        var event: Int
        /// The stop of the line that made it (about to run it).
        var actorEvent: Int
        var sentence: String
    }

    let target: ChangeTarget
    let current: Int
    let atEnd: Bool
    let forward: Bool
    let selectedIndex: Int
    private(set) var found: Change?
    private(set) var wasAbsent = false
    /// Per frame serial (locals) or one entry (cells, globals): the last state seen and the last change.
    private var lastState: [Int: WatchedState?] = [:]
    private var lastChange: [Int: Change] = [:]
    /// Who runs after the previous event: the frame, its line, its event.
    private var actor: (function: String, line: Int, code: CodeObject, event: Int)?
    private var lastOfSerial: [Int: Int] = [:]
    private var cell: Cell?
    private var cellsSeen = 0
    private var targetSerial: Int?

    init(target: ChangeTarget, current: Int, atEnd: Bool, forward: Bool, selectedIndex: Int) {
        self.target = target
        self.current = current
        self.atEnd = atEnd
        self.forward = forward
        self.selectedIndex = selectedIndex
    }

    func observe(_ ev: ScanEvent, _ scan: HistoryScan) -> Bool {
        let vm = scan.vm
        let atStop = !atEnd && ev.number == current
        // Which entry this event's state belongs to.
        var key = 0
        var frameAtDepth: Frame? = nil
        if case .local(let depth, _, _) = target.place {
            var f: Frame? = ev.frame
            while let x = f, x.depth > depth { f = x.back }
            if let x = f, x.depth == depth {
                frameAtDepth = x
                key = scan.knownSerial(of: x) ?? ev.frameSerial
            } else {
                key = -1
            }
        }
        if case .cell(let serial, _, _) = target.place, cell == nil, vm.liveCells.count != cellsSeen {
            cellsSeen = vm.liveCells.count
            cell = vm.liveCells.lazy.compactMap { $0.value }.first { $0.serial == serial }
        }
        if atStop, case .local = target.place {
            // The watched frame is the selected one of the stop.
            let stack = HistoryScan.programStack(from: ev.frame)
            if selectedIndex < stack.count { targetSerial = scan.knownSerial(of: stack[selectedIndex]) }
            if let t = targetSerial, key != t {
                // The state in the frame of the stop (the event may be in a callee).
                var f: Frame? = ev.frame
                while let x = f, (scan.knownSerial(of: x) ?? -2) != t { f = x.back }
                frameAtDepth = f
                key = t
            }
        }
        // After the stop, only the stop's frame matters.
        let relevant = key != -1 && (ev.number <= current || targetSerial == nil || key == targetSerial)
        if relevant {
            let state = target.state(vm: vm, frameAtDepth: frameAtDepth, cell: cell)
            let before = lastState[key] ?? nil
            let seen = lastState[key] != nil
            if state != before, seen || state != nil, let a = actor {
                let change = Change(event: ev.number, actorEvent: a.event, sentence: sentence(before: before, after: state, actor: a, vm: vm))
                if forward {
                    if ev.number > current && (targetSerial == nil || key == targetSerial) {
                        found = change
                        return false
                    }
                } else if ev.number <= current || atEnd {
                    if a.event < current || atEnd { lastChange[key] = change }
                }
            }
            lastState[key] = .some(state)
        }
        if atStop && !forward {
            found = lastChange[targetSerial ?? key]
            wasAbsent = (lastState[targetSerial ?? key] ?? nil) == nil
            return false
        }
        // Who runs until the next event.
        lastOfSerial[ev.frameSerial] = ev.number
        if ev.kind == .return {
            if let caller = HistoryScan.programCaller(of: ev.frame) {
                let cs = scan.knownSerial(of: caller) ?? 0
                actor = (ChangeWatcher.name(caller), caller.lastLine, caller.code, lastOfSerial[cs] ?? ev.number)
            } else {
                actor = (ChangeWatcher.name(ev.frame), ev.frame.lastLine, ev.frame.code, ev.number)
            }
            if !ev.frame.code.isGenerator {
                lastOfSerial[ev.frameSerial] = nil
                if case .local = target.place, key == ev.frameSerial, key != targetSerial {
                    lastState[key] = nil
                    lastChange[key] = nil
                }
            }
        } else {
            let line = ev.kind == .call ? ev.frame.code.firstLineNumber : ev.frame.lastLine
            actor = (ChangeWatcher.name(ev.frame), line, ev.frame.code, ev.number)
        }
        return true
    }

    /// After a scan that ran to the end (the search started after the last event).
    func finish() {
        if atEnd && !forward && found == nil {
            found = lastChange[0] ?? lastChange.values.max { $0.event < $1.event }
            wasAbsent = lastState.isEmpty
        }
    }

    private func sentence(before: WatchedState?, after: WatchedState?, actor: (function: String, line: Int, code: CodeObject, event: Int), vm: VM) -> String {
        let verb: String
        var through = ""
        if before == nil {
            verb = "bound"
        } else if after == nil {
            verb = "unbound"
        } else if before!.identity != after!.identity {
            verb = "rebound"
        } else {
            verb = "mutated"
            // Not named on that line: the object was changed through another name.
            let names = Inspector(vm: vm).accesses(code: actor.code, line: actor.line, frame: nil).map(\.name)
            if !names.contains(target.headName) { through = " through another name for the same object" }
        }
        let now = after.map { " (now \(ChangeWatcher.short($0.repr)))" } ?? ""
        return "\(actor.function) (line \(actor.line)) \(verb) \(target.description)\(through)\(now)"
    }

    /// The function as the narration names it ("inner", "<module>").
    static func name(_ f: Frame) -> String { f.code.kind == .module ? "<module>" : f.code.name }

    static func short(_ s: String) -> String {
        s.count > 60 ? String(s.prefix(57)) + "..." : s
    }
}
