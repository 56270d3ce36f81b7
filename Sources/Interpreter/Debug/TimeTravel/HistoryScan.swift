// A silent re-run of the program that shows every event to an observer,
// for the questions about the past that one stop cannot answer: where the
// previous line of this frame was (rn), which line called it (rf), the
// previous breakpoint hit (rc), when a binding last changed (last). The
// run is the same run: inputs, clock and seeds come from the recorded log,
// the user's recorded evaluations are repeated where they were made, and
// breakpoints are counted as the stepping run counts them.

import Foundation

/// One event as the scan sees it.
struct ScanEvent {
    let number: Int
    let kind: TraceEventKind
    let frame: Frame
    /// A number for the frame, the same in every run: the event of its first call.
    let frameSerial: Int
    /// The line event on a breakpoint line whose condition held (and whose ignore count passed).
    let breakpointStop: Bool
}

/// Why a scan ended.
enum ScanEnd: Equatable {
    /// The observer asked to stop (or the limit was reached).
    case stopped
    /// The program finished (or died of an uncaught exception).
    case finished
    /// The program wanted an input() line the log does not have.
    case needsInput
    /// The time budget ran out.
    case timedOut
}

final class HistoryScan: TraceHook {
    let vm: VM
    private let io = ScanIO()
    private let source: String
    private let filename: String
    private let breakpoints: [Int: Breakpoint]
    private let evaluations: [Int: [RecordedEvaluation]]
    private var conditionPasses: [Int: Int] = [:]
    private var serialOf: [ObjectIdentifier: Int] = [:]
    /// Returns false to end the scan.
    private let observe: (ScanEvent, HistoryScan) -> Bool
    private var cancelled = false
    private var over = false
    private(set) var end: ScanEnd = .finished
    private let done = DispatchSemaphore(value: 0)

    init(debugger: Debugger, observe: @escaping (ScanEvent, HistoryScan) -> Bool) {
        source = debugger.source
        filename = debugger.filename
        breakpoints = debugger.breakpoints
        evaluations = debugger.recordedEvaluations
        self.observe = observe
        vm = VM(filename: debugger.filename, source: debugger.source, io: io)
        var log = debugger.recordedLog
        log.rewind()
        vm.replayLog = log
        vm.trackObjects = true
        io.scan = self
    }

    /// Runs the scan on a thread with a large stack; returns how it ended.
    func run(budget: Double) -> ScanEnd {
        GCRegistry.enableThreadSafety()
        let t = Thread { [self] in
            ThreadStartHook.run()
            self.main()
            self.done.signal()
        }
        t.stackSize = 1 << 29
        t.start()
        if done.wait(timeout: .now() + budget) == .timedOut {
            cancelled = true
            vm.pauseRequested = true
            _ = done.wait(timeout: .now() + 5)
            return .timedOut
        }
        return end
    }

    private func main() {
        vm.seedRandomFromLog()
        guard let code = try? VM.compileProgram(source: source, filename: filename, globals: vm.globals) else { return }
        vm.hook = self
        vm.traceAll = true
        let frame = vm.moduleFrame(code)
        do {
            try vm.traceEvent(.call, frame, nil)
            _ = try vm.execute(frame)
            end = .finished
        } catch is ScanStop {
        } catch {
            // An uncaught exception (or SystemExit) ends the program.
            if end != .needsInput && end != .stopped { end = .finished }
        }
        vm.hook = nil
    }

    func traceEvent(_ kind: TraceEventKind, frame: Frame, arg: Value?, vm: VM) throws {
        if cancelled { end = .timedOut; throw ScanStop() }
        // Ended: the frames unwinding from ScanStop are not events to observe.
        if over { throw ScanStop() }
        if io.wantedInput { end = .needsInput; over = true; throw ScanStop() }
        let e = vm.eventCount
        let serial = serial(of: frame, fresh: kind == .call && frame.ip == 0 && frame.lastLine < 0, event: e)
        var atBreakpoint = false
        if kind == .line, frame.code.filename == filename, let bp = breakpoints[frame.lastLine], bp.enabled {
            if conditionHolds(bp, frame) {
                conditionPasses[bp.line, default: 0] += 1
                atBreakpoint = conditionPasses[bp.line, default: 0] > bp.ignoreCount
            }
        }
        let event = ScanEvent(number: e, kind: kind, frame: frame, frameSerial: serial, breakpointStop: atBreakpoint)
        if HistoryScan.debugging { FileHandle.standardError.write(Data("scan \(e) \(kind) serial \(serial) line \(frame.lastLine) \(frame.code.name)\n".utf8)) }
        if !observe(event, self) { end = .stopped; over = true; throw ScanStop() }
        if let list = evaluations[e] {
            let stack = HistoryScan.programStack(from: frame)
            for ev in list {
                let f = ev.frameIndex < stack.count ? stack[ev.frameIndex] : frame
                _ = try? vm.evaluate(ev.expression, in: f)
            }
        }
        if kind == .return && !frame.code.isGenerator { serialOf[ObjectIdentifier(frame)] = nil }
    }

    func pauseCheck(frame: Frame, vm: VM) throws {
        if cancelled { end = .timedOut; throw ScanStop() }
    }

    /// The frame's serial; a fresh frame (even one reusing a pooled object) gets a new one.
    func serial(of frame: Frame, fresh: Bool = false, event: Int = 0) -> Int {
        let id = ObjectIdentifier(frame)
        if !fresh, let s = serialOf[id] { return s }
        let s = event > 0 ? event : -(serialOf.count + 1)
        serialOf[id] = s
        return s
    }

    /// The serial of a frame seen before (nil for one never seen, a library frame).
    func knownSerial(of frame: Frame) -> Int? { serialOf[ObjectIdentifier(frame)] }

    private func conditionHolds(_ bp: Breakpoint, _ frame: Frame) -> Bool {
        guard let c = bp.condition else { return true }
        do { return try vm.isTruthy(try vm.evaluate(c, in: frame)) } catch { return true }
    }

    /// The program's frames (library frames hidden), outermost first, as the stack pane shows them.
    static func programStack(from frame: Frame) -> [Frame] {
        var frames: [Frame] = []
        var f: Frame? = frame
        while let x = f { if !x.code.isLibrary { frames.append(x) }; f = x.back }
        return frames.reversed()
    }

    /// The nearest program frame that called `frame` (nil for the module).
    static func programCaller(of frame: Frame) -> Frame? {
        var f = frame.back
        while let x = f, x.code.isLibrary { f = x.back }
        return f
    }
}

struct ScanStop: AbandonsRun {}

extension HistoryScan {
    static let debugging = ProcessInfo.processInfo.environment["SCOPEWALK_SCAN_DEBUG"] != nil
}

/// The scan's streams: output is dropped, and an input() the log cannot
/// answer ends the scan (the scan never asks the user).
final class ScanIO: ProgramIO {
    weak var scan: HistoryScan?
    private(set) var wantedInput = false
    func writeStdout(_ text: String) {}
    func writeStderr(_ text: String) {}
    func inputWasReplayed(_ line: String?) {}
    func readLine() -> String? {
        wantedInput = true
        scan?.vm.pauseRequested = true
        return nil
    }
}
