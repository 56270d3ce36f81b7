// A terminal that times keys (the latency tests and `scopewalk
// __latency`): it hands out a key only when the App blocks waiting for one,
// and times each key from then to the last present before the next wait.
import Foundation
#if canImport(Glibc)
import Glibc
#endif

final class TimingTerminal: TerminalDevice {
    let grid: GridCanvas
    var canvas: Canvas { grid }
    let glyphs = Glyphs.unicode
    private var keys: [Key]
    private let clock = ContinuousClock()
    private var pending: ContinuousClock.Instant?
    private var lastPresent: ContinuousClock.Instant?
    private(set) var latencies: [Duration] = []
    /// CPU time the process (App and program thread) spent on each key:
    /// unlike the wall clock, it does not grow when other jobs take the CPU.
    private(set) var cpuTimes: [Duration] = []
    private var pendingCPU: Duration = .zero
    private var lastPresentCPU: Duration = .zero

    static func processCPUTime() -> Duration {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
    }

    init(width: Int, height: Int, keys: [Key]) {
        grid = GridCanvas(width: width, height: height)
        self.keys = keys
    }

    func readKey(timeoutMilliseconds: Int?) -> Key? {
        // A poll while the program runs: no key, the command must finish alone.
        if timeoutMilliseconds != nil { return nil }
        if let start = pending, let end = lastPresent {
            latencies.append(end - start)
            cpuTimes.append(lastPresentCPU - pendingCPU)
        }
        pending = nil
        guard !keys.isEmpty else { return nil }
        pending = clock.now
        pendingCPU = Self.processCPUTime()
        return keys.removeFirst()
    }

    func updateSize() {}
    func invalidate() {}
    func present(cursor: (row: Int, column: Int)?) {
        lastPresent = clock.now
        lastPresentCPU = Self.processCPUTime()
    }
}
