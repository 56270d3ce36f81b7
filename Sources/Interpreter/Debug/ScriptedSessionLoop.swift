// The loop of `scopewalk debug`: one command a line from `--commands` or
// standard input, the view printed after each. Its state lives here (not
// on a thread's stack) so that a checkpoint taking over the session
// (Checkpoints/) can go on with the next command in another process:
// standard input is read into a buffer of our own, handed over with the
// lines not used yet.

import Foundation

public final class ScriptedSessionLoop {
    public let front: ScriptedDebugger
    private var queue: [String]
    private let fromStdin: Bool
    private var pending: [UInt8] = []
    /// Bytes read from standard input since the command began (a handover sends them).
    private var readDuringCommand: [UInt8] = []
    private var command: (line: String, knowledge: SessionKnowledge, front: FrontKnowledge)?
    private var atEOF = false
    private let checkpointing: Bool

    /// `commands`: the `--commands` text split at ";" (nil: standard input).
    public init(front: ScriptedDebugger, commands: [String]?, checkpoints: CheckpointSetup?) {
        self.front = front
        queue = commands ?? []
        fromStdin = commands == nil
        checkpointing = checkpoints != nil
        front.nextInputLine = { [unowned self] in self.nextLine() }
        guard let setup = checkpoints else { return }
        let d = front.debugger
        let spacing = ProcessInfo.processInfo.environment["SCOPEWALK_CHECKPOINT_SPACING"].flatMap { Int($0) }.map { max(100, $0) }
        let budget = ProcessInfo.processInfo.environment["SCOPEWALK_HISTORY_MIB"].flatMap { Int($0) }.map { $0 << 20 }
        d.checkpoints = CheckpointStore(directory: setup.directory, holderPipe: setup.holderPipe, spacing: spacing ?? 100_000,
                                        budget: budget ?? CheckpointStore.defaultBudget)
        if spacing != nil { CheckpointStore.handoverCostSetting = 0 }
        d.handoverContext = { [unowned self] in
            guard let c = self.command else { return nil }
            var f = c.front
            f.pendingInput += self.readDuringCommand
            return HandoverContext(knowledge: c.knowledge, front: f, command: c.line, memo: d.commandMemo)
        }
        d.onActivation = { [unowned self] request in self.resume(after: request) }
    }

    /// Runs the session to its end; returns the exit status (the program's, once it finished).
    public func run() -> Int32 {
        emit(front.banner())
        return loop()
    }

    private func loop() -> Int32 {
        while !front.finished {
            if fromStdin && isatty(0) != 0 { emit("(scopewalk) ") }
            guard let line = nextLine() else { break }
            runCommand(line)
        }
        var status: Int32 = 0
        if case .finished(let code) = front.debugger.snapshot.state { status = code }
        front.debugger.quit()
        if checkpointing {
            // The session may be in a checkpoint's fork: the holder ends it.
            front.debugger.checkpoints?.tellHolder("end \(status)")
            _exit(status)
        }
        return status
    }

    private func runCommand(_ line: String, startedAt: UInt64? = nil, memo: CommandMemo? = nil) {
        front.debugger.commandMemo = CommandMemo()
        front.debugger.memoToReplay = memo
        let start = startedAt ?? DispatchTime.now().uptimeNanoseconds
        front.commandStartedAt = start
        if checkpointing {
            let f = FrontKnowledge(shownOutput: front.shownOutput, queue: queue, fromStdin: fromStdin, pendingInput: pending, commandStart: start)
            command = (line, front.debugger.captureKnowledge(), f)
            readDuringCommand = []
        }
        emit(front.execute(line))
        command = nil
        front.commandStartedAt = nil
    }

    /// In a checkpoint's fork that took the session over: run the command
    /// again (its jump is the short run the fork makes), then go on.
    private func resume(after request: ActivationRequest) {
        front.shownOutput = request.front.shownOutput
        queue = request.front.queue
        pending = request.front.pendingInput
        atEOF = false
        runCommand(request.command, startedAt: request.front.commandStart, memo: request.memo)
        _ = loop()
    }

    func nextLine() -> String? {
        if !queue.isEmpty { return queue.removeFirst() }
        guard fromStdin else { return nil }
        while true {
            if let nl = pending.firstIndex(of: 10) {
                let end = nl > 0 && pending[nl - 1] == 13 ? nl - 1 : nl
                let line = String(decoding: pending[..<end], as: UTF8.self)
                pending.removeSubrange(...nl)
                return line
            }
            if atEOF {
                if pending.isEmpty { return nil }
                defer { pending = [] }
                return String(decoding: pending, as: UTF8.self)
            }
            var buffer = [UInt8](repeating: 0, count: 4096)
            let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { atEOF = true; continue }
            pending += buffer[0..<n]
            readDuringCommand += buffer[0..<n]
        }
    }

    private func emit(_ s: String) {
        let bytes = Array(s.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(1, $0.baseAddress! + offset, $0.count - offset) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }
            offset += n
        }
    }
}
