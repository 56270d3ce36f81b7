// Jumps from checkpoints: a jump to event N that would replay more than a
// checkpoint's distance hands the session over to the nearest checkpoint at
// or before N (and at or before the event N's marks compare with). This
// process sends the checkpoint what the session knew when the command
// began and the command itself; the checkpoint's fork runs the command
// again, its jump now a short run forward, answers "ok" at N, and this
// process ends. If the fork dies (a crash in the program's replay), this
// process goes on as before: it replays from the start.

import Foundation

/// What a jump hands over besides the checkpoint (set by the front end that
/// can resume its loop in another process: ScriptedSessionLoop).
struct HandoverContext {
    var knowledge: SessionKnowledge
    var front: FrontKnowledge
    var command: String
    var memo: CommandMemo
}

extension Debugger {
    /// Tries to make the jump from a checkpoint; true only in a process that
    /// was activated for it (the jump's run is then under way).
    func jumpFromCheckpoint(to event: Int, baseline: Int) -> Bool {
        if let pending = pendingActivation {
            pendingActivation = nil
            if pending.target == event {
                activationTarget = pending
                return true
            }
            Activation.answer(pending.ackPath, "ok")
        }
        guard let store = checkpoints, let context = handoverContext?() else { return false }
        let limit = baseline >= 0 ? min(event, baseline) : event
        let here = forwardStart(to: event, baseline: baseline) ?? 0
        while let c = store.best(atOrBefore: limit), event - c.event + CheckpointStore.handoverCost < event - here {
            if CheckpointStore.debugging { FileHandle.standardError.write(Data("checkpoint: jump to \(event) from \(c.event) (here \(here))\n".utf8)) }
            if handOver(context, target: event, baseline: baseline, to: c, store: store) { return true }
            store.forget(c)
        }
        return false
    }

    /// The activated process: the run reached the target; the jumping session may end.
    func finishActivation() {
        guard let a = activationTarget, let store = checkpoints else { return }
        activationTarget = nil
        store.tellHolder("live \(getpid())")
        Activation.answer(a.ackPath, "ok")
    }

    /// Sends the session to checkpoint `c`; ends this process when the
    /// checkpoint's fork reached the target. False if it did not.
    private func handOver(_ context: HandoverContext, target: Int, baseline: Int, to c: Checkpoint, store: CheckpointStore) -> Bool {
        handovers += 1
        let ack = "\(store.directory)/ack-\(getpid())-\(handovers)"
        guard mkfifo(ack, 0o600) == 0 else { return false }
        let afd = open(ack, O_RDWR | O_NONBLOCK)
        defer { close(afd); unlink(ack) }
        let request = ActivationRequest(knowledge: context.knowledge, front: context.front, command: context.command, memo: context.memo, target: target,
                                        baseline: baseline, ackPath: ack, checkpoints: store.list, spacing: store.spacing)
        guard afd >= 0, let data = try? JSONEncoder().encode(request) else { return false }
        // The checkpoint waits in open(); between two activations it may be a moment late.
        var fd: Int32 = -1
        for _ in 0..<500 {
            fd = open(c.path, O_WRONLY | O_NONBLOCK)
            if fd >= 0 || errno != ENXIO { break }
            usleep(200)
        }
        guard fd >= 0 else { return false }
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
        let sent = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 && errno == EINTR { continue }
                if n <= 0 { return false }
                offset += n
            }
            return true
        }
        close(fd)
        guard sent else { return false }
        var pid: Int32 = 0
        var text = ""
        let start = DispatchTime.now().uptimeNanoseconds
        var buffer = [UInt8](repeating: 0, count: 256)
        while true {
            var p = pollfd(fd: afd, events: Int16(POLLIN), revents: 0)
            _ = poll(&p, 1, 20)
            let n = buffer.withUnsafeMutableBytes { read(afd, $0.baseAddress, $0.count) }
            if n > 0 { text += String(decoding: buffer[0..<n], as: UTF8.self) }
            for line in text.split(separator: "\n") {
                if line == "ok" { _exit(0) }
                if line.hasPrefix("pid "), let p = Int32(line.dropFirst(4)) { pid = p }
            }
            if pid > 0 && kill(pid, 0) != 0 { return false }
            if pid == 0 && DispatchTime.now().uptimeNanoseconds - start > 2_000_000_000 { return false }
        }
    }

    /// The event the parked run could go on from to reach `event` (see runForward).
    func forwardStart(to event: Int, baseline: Int) -> Int? {
        guard let r = run, r.isParked, !commandOutstanding, case .paused = snapshot.state else { return nil }
        let here = snapshot.step
        guard event > here, baseline > here || (baseline == here && recordedEvaluations[here] == nil) else { return nil }
        if case .expressionStep = r.mode { return nil }
        return here
    }

    /// The history after `event` changed (an evaluation, breakpoints): its checkpoints go.
    func historyChanged(after event: Int) {
        checkpoints?.invalidate(after: event)
    }
}

extension ProgramRun {
    /// At the checkpoint event: fork one; in an activated fork, take over.
    func takeCheckpoint(_ frame: Frame, kind: TraceEventKind) {
        guard let d = debugger, let store = d.checkpoints else { checkpointAt = -1; return }
        let e = vm.eventCount
        checkpointAt = store.nextEvent(after: e)
        guard let activation = store.fork(at: e) else { return }
        becomeLive(activation.request, debugger: d, store: store, frame: frame, kind: kind)
    }

    /// In the activated fork (its only thread is this program thread):
    /// install the session, start a front-end thread that runs the command
    /// again, and run on toward the jump's event.
    private func becomeLive(_ request: ActivationRequest, debugger d: Debugger, store: CheckpointStore, frame: Frame, kind: TraceEventKind) {
        if CheckpointStore.crashActivations { kill(getpid(), SIGKILL) }
        renewSynchronization()
        d.install(request.knowledge)
        store.adopt(request.checkpoints, spacing: request.spacing)
        d.run = self
        evaluations = d.recordedEvaluations
        var log = d.recordedLog
        log.continueAt(vm.replayLog)
        vm.replayLog = log
        d.pendingActivation = (request.target, request.ackPath)
        let e = vm.eventCount
        // The marks compare as in a replay from the start: with the
        // baseline, or with nothing (not with the stops of the run that forked).
        forgetStops()
        mode = .toEvent(request.target)
        prepareExpressionStepping(mode)
        baselineEvent = request.baseline > e ? request.baseline : nil
        if request.target > e {
            if evaluations[e] != nil { applyEvaluations(at: e) }
            if request.baseline == e { takeSilentSnapshot(frame, kind: kind) }
        }
        configureVM(for: mode)
        let resume = d.onActivation
        let t = Thread { ThreadStartHook.run(); resume?(request) }
        t.stackSize = 1 << 26
        t.start()
    }
}

extension ProgramRun {
    /// What a run knows of its stops (for marks and narration), as at its start.
    func forgetStops() {
        previousLine = nil
        lastValues = [:]
        lastValuesCoverAllFrames = true
        lastFrames = []
        baselineOfLastSnapshot = -1
        previousStopEvent = -1
        stopReason = nil
        aliasLabels = [:]
    }
}

extension ReplayLog {
    /// This log (the session's, maybe longer) read from where `other` is.
    mutating func continueAt(_ other: ReplayLog) {
        inputCursor = other.inputCursor
        timeCursor = other.timeCursor
        seedCursor = other.seedCursor
        replaying = true
    }
}
