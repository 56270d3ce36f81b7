// Checkpoints for instant jumps (issue 12): copy-on-write forks of the
// session, each parked at an event of the run, waiting to be activated.
// A jump to event N activates the nearest checkpoint at or before N; it
// forks again (so the checkpoint stays for the next jump), the fork runs
// forward to N and takes over the session (Checkpoints/Handover). Forks are
// made on the program thread while the front end waits for the stop, so the
// fork holds no lock another thread had.
//
// History costs at most `limit` checkpoints and at most `budget` bytes: a
// checkpoint holds only the pages the program wrote since it forked
// (copy-on-write); their proportional set size (PSS, shared pages divided
// among the processes sharing them) is summed every few checkpoints. Past
// either bound, every other checkpoint is dropped and the spacing doubles
// (a jump then replays at most `spacing` events).

import Foundation

struct Checkpoint: Codable, Equatable {
    var event: Int
    var pid: Int32
    /// The FIFO the checkpoint waits on for its activation.
    var path: String
}

final class CheckpointStore {
    /// A private folder for the FIFOs (removed by the holder at the end).
    let directory: String
    /// The write end of the pipe to the holder (Checkpoints/CheckpointHolder).
    let holderPipe: Int32
    private(set) var list: [Checkpoint] = []
    /// Events between two checkpoints; doubles when `limit` is passed.
    private(set) var spacing: Int
    let limit: Int
    /// A jump costs about this many events on top of the replay (fork, handover).
    static var handoverCost: Int { handoverCostSetting ?? 30_000 }
    /// SCOPEWALK_CHECKPOINT_SPACING (tests) makes every jump a handover.
    static var handoverCostSetting: Int?
    static let debugging = ProcessInfo.processInfo.environment["SCOPEWALK_CHECKPOINT_DEBUG"] != nil
    /// Tests: every activated checkpoint dies at once (as of a trap), so the
    /// session must go on without it.
    static let crashActivations = ProcessInfo.processInfo.environment["SCOPEWALK_CHECKPOINT_CRASH"] == "1"

    /// Bytes the checkpoints may hold together (README: "Time travel").
    let budget: Int
    static let defaultBudget = 256 << 20
    private var insertsSinceMeasure = 0

    init(directory: String, holderPipe: Int32, spacing: Int = 100_000, limit: Int = 64, budget: Int = CheckpointStore.defaultBudget) {
        self.directory = directory
        self.holderPipe = holderPipe
        self.spacing = spacing
        self.limit = limit
        self.budget = budget
    }

    /// The first event after `now` where a run should fork a checkpoint.
    func nextEvent(after now: Int) -> Int {
        var e = (now / spacing + 1) * spacing
        while list.contains(where: { $0.event == e }) { e += spacing }
        return e
    }

    /// The checkpoint to jump from for a jump to `event` (none at or before it: nil).
    func best(atOrBefore event: Int) -> Checkpoint? {
        list.last { $0.event <= event }
    }

    /// Forks a checkpoint at `event` (on the program thread). Returns the
    /// activation in the fork when it is activated; nil in the session.
    func fork(at event: Int) -> Activation? {
        if list.contains(where: { $0.event == event }) { return nil }
        let path = "\(directory)/ck-\(getpid())-\(event)"
        guard mkfifo(path, 0o600) == 0 else { return nil }
        let pid = Glibc.fork()
        if pid < 0 { unlink(path); return nil }
        if pid == 0 { return Activation.wait(on: path) }
        insert(Checkpoint(event: event, pid: pid, path: path))
        return nil
    }

    private func insert(_ c: Checkpoint) {
        list.append(c)
        list.sort { $0.event < $1.event }
        if list.count > limit { thin() }
        insertsSinceMeasure += 1
        if insertsSinceMeasure >= 8 {
            insertsSinceMeasure = 0
            while list.count > 1 && memory() > budget { thin() }
        }
    }

    /// Every other checkpoint goes; the spacing doubles.
    private func thin() {
        spacing *= 2
        var drop = list.filter { $0.event % spacing != 0 }
        // (Checkpoints not on the spacing's multiples: every other one.)
        if drop.isEmpty { drop = list.enumerated().filter { $0.offset % 2 == 1 }.map { $0.element } }
        drop.forEach(kill)
        list.removeAll { drop.contains($0) }
    }

    /// The checkpoints' memory: the sum of their PSS (bytes).
    func memory() -> Int {
        list.reduce(0) { sum, c in sum + CheckpointStore.pss(of: c.pid) }
    }

    static func pss(of pid: Int32) -> Int {
        guard let text = try? String(contentsOfFile: "/proc/\(pid)/smaps_rollup", encoding: .utf8) else { return 0 }
        for line in text.split(separator: "\n") where line.hasPrefix("Pss:") {
            return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) * 1024
        }
        return 0
    }

    /// The history after `event` is another one now (an evaluation there,
    /// or every event: breakpoints changed): its checkpoints go.
    func invalidate(after event: Int) {
        let drop = list.filter { $0.event > event }
        drop.forEach(kill)
        list.removeAll { $0.event > event }
    }

    /// Forgets a checkpoint that did not answer (already gone).
    func forget(_ c: Checkpoint) {
        kill(c)
        list.removeAll { $0 == c }
    }

    private func kill(_ c: Checkpoint) {
        _ = Glibc.kill(c.pid, SIGKILL)
        unlink(c.path)
    }

    /// After a handover: the session's list (this process's copy is older).
    func adopt(_ checkpoints: [Checkpoint], spacing: Int) {
        list = checkpoints
        self.spacing = spacing
    }

    func tellHolder(_ message: String) {
        let bytes = Array((message + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(holderPipe, $0.baseAddress, $0.count) }
    }
}
