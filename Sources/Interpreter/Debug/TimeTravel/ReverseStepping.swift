// Reverse stepping, bdb's commands mirrored:
//   rs  one event back, into whatever frame that was (the stop `s` came from);
//   rn  the previous event of the selected frame, calls skipped (the stop `n`
//       came from); at a frame's call event, the line that called it;
//   rf  the line that called the selected frame (the stop before `s` entered it);
//   rc  the previous breakpoint hit (conditions and ignore counts honoured),
//       or the start of the program.
// `rs` is a jump to the previous event; the others first re-run the history
// silently (HistoryScan) to find their event, then jump there.

public enum ReverseCommand: Sendable {
    case step, next, finish, continueBack
}

extension Debugger {
    /// The stop the program starts at (the first line).
    var startEvent: Int { stops.first ?? 2 }

    /// True when the stop is after the last event (the end, or post-mortem).
    var isAfterLastEvent: Bool {
        switch snapshot.state {
        case .finished, .exception: return true
        default: return false
        }
    }

    /// Goes back as `command` says; returns a sentence when it could not
    /// (already at the start) or what it found.
    @discardableResult
    public func reverse(_ command: ReverseCommand) -> String? {
        let current = snapshot.step
        let atEnd = isAfterLastEvent
        if !atEnd && current <= startEvent { return "already at the start of the program" }
        let target: Int?
        var note: String? = nil
        switch command {
        case .step:
            target = atEnd ? current : current - 1
        case .next, .finish, .continueBack:
            // (Run again by a checkpoint that took the session over: the scan was made.)
            let found = replayedMemo(\.scans).map { (event: $0.event, note: $0.note) } ?? scanBack(command, from: current, atEnd: atEnd)
            commandMemo.scans.append(ScanMemo(event: found.0, note: found.1))
            target = found.event
            note = found.note
        }
        var event = target ?? startEvent
        if event < startEvent { event = startEvent }
        jump(to: event)
        if target == nil, note == nil { note = "back at the start of the program" }
        return note
    }

    /// Replays to `event` and keeps it as a stop (undo returns from it).
    func jump(to event: Int) {
        replay(to: max(1, event))
        recordStop()
    }

    /// Re-runs the history up to the current stop and finds the event the
    /// reverse command goes to (nil: the start).
    private func scanBack(_ command: ReverseCommand, from current: Int, atEnd: Bool) -> (event: Int?, note: String?) {
        let selected = snapshot.selectedFrame
        var lastOfSerial: [Int: Int] = [:]
        var callerEventOf: [Int: Int] = [:]
        var lastBreak: Int? = nil
        var answer: Int? = nil
        var note: String? = nil
        let scan = HistoryScan(debugger: self) { ev, scan in
            // The calling line of a frame is known at its call event, which
            // may be the current stop itself (rf or rn from a call event).
            if ev.kind == .call, let caller = HistoryScan.programCaller(of: ev.frame), let cs = scan.knownSerial(of: caller) {
                callerEventOf[ev.frameSerial] = lastOfSerial[cs]
            }
            if !atEnd && ev.number >= current {
                let stack = HistoryScan.programStack(from: ev.frame)
                let sel = selected < stack.count ? stack[selected] : ev.frame
                let serial = scan.knownSerial(of: sel) ?? ev.frameSerial
                switch command {
                case .next:
                    // At a call event the frame began here (the calling line),
                    // unless it is a generator resumed: then its last yield.
                    let resumed = ev.kind == .call && lastOfSerial[serial] != nil
                    answer = sel === ev.frame && ev.kind == .call && !resumed ? callerEventOf[serial] : lastOfSerial[serial]
                case .finish:
                    answer = callerEventOf[serial]
                    if answer == nil { note = "the module was called by no line: back at the start" }
                default:
                    answer = lastBreak
                    if lastBreak == nil { note = "no breakpoint was hit before: back at the start" }
                }
                return false
            }
            lastOfSerial[ev.frameSerial] = ev.number
            if ev.breakpointStop { lastBreak = ev.number }
            // A finished frame is never the selected one of a later stop.
            if ev.kind == .return && !ev.frame.code.isGenerator {
                lastOfSerial[ev.frameSerial] = nil
                callerEventOf[ev.frameSerial] = nil
            }
            return true
        }
        let end = scan.run(budget: replayBudget)
        if end == .timedOut { return (current - 1, "the history took too long to search: one event back instead") }
        if atEnd {
            // After the last event: the previous stop of any kind is the last event.
            if command == .continueBack {
                return (lastBreak, lastBreak == nil ? "no breakpoint was hit: back at the start" : nil)
            }
            return (current, nil)
        }
        return (answer, note)
    }
}
