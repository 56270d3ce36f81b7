// Keypress -> screen with the heap pane open, measured in the binary itself
// (`scopewalk __latency [--max-ms N]`), so the figure is the release build's:
// the App draws on an in-memory canvas through TimingTerminal, the real
// Debugger paused 500 frames deep (a cell and a closure in each frame) with
// 100,000 instances and a 100,000-element list, dict and set in scope.
// HeapLatencyTests runs the same probe in the debug build.
import Foundation
import Interpreter

enum LatencyProbe {
    /// The latency tests' program: 500 frames, each with a cell and a closure.
    static let deepProgram = """
        def walk(n, numbers):
            def depth():
                return n
            if n == 0:
                return len(numbers)
            return walk(n - 1, numbers) + depth()

        numbers = list(range(100000))
        squares = {n: n * n for n in numbers}
        seen = set(numbers)
        print(walk(499, numbers))
        """

    /// The heap probe's: the same, plus 100,000 objects (instances) in a list.
    static let heapProgram = """
        def walk(n, numbers):
            def depth():
                return n
            if n == 0:
                return len(numbers)
            return walk(n - 1, numbers) + depth()

        class Point:
            def __init__(self, x):
                self.x = x

        numbers = list(range(100000))
        squares = {n: n * n for n in numbers}
        seen = set(numbers)
        points = [Point(i) for i in range(100000)]
        print(walk(499, numbers))
        """

    struct Result {
        var report: String
        var median: Duration
        var slowest: Duration
        var screen: String
        var stackDepth: Int
    }

    /// The keys pressed, each several times: the median is the figure.
    static let heapPlan: [(String, Key, Int)] = [
        ("o (open the heap pane)", .character("o"), 1),
        ("Tab (focus next pane)", .tab, 4),
        ("Down (heap rows)", .down, 5), ("PageDown (heap rows)", .pageDown, 5), ("End (heap rows)", .end, 1),
        ("u (caller's frame)", .character("u"), 3), ("d (callee's frame)", .character("d"), 3),
        ("s (step into)", .character("s"), 6), ("n (step over)", .character("n"), 4),
    ]

    /// Runs the heap probe; nil when the program does not reach its breakpoint.
    static func heapPane(width: Int = 120, height: Int = 36) -> Result? {
        let debugger = Debugger(filename: "deep.py", source: heapProgram)
        defer { debugger.quit() }
        debugger.setBreakpoint(line: 5, condition: nil)
        debugger.start(.continue)
        let deadline = Date().addingTimeInterval(300)
        while debugger.resume(budget: 1) == .stillRunning {
            guard Date() < deadline else { return nil }
        }
        guard debugger.snapshot.line == 5 else { return nil }
        let depth = debugger.snapshot.stack.count
        let keys = heapPlan.flatMap { item in Array(repeating: (item.0, item.1), count: item.2) }
        let terminal = TimingTerminal(width: width, height: height, keys: keys.map(\.1))
        let app = App(session: debugger, terminal: terminal, theme: Theme(glyphs: .unicode, usesColor: true))
        _ = app.run()
        guard terminal.latencies.count == keys.count else { return nil }

        var byKind: [String: [Duration]] = [:]
        var cpuByKind: [String: [Duration]] = [:]
        for (index, latency) in terminal.latencies.enumerated() {
            byKind[keys[index].0, default: []].append(latency)
            cpuByKind[keys[index].0, default: []].append(terminal.cpuTimes[index])
        }
        func median(_ times: [Duration]) -> Duration { times.isEmpty ? .zero : times.sorted()[times.count / 2] }
        var report = "keypress -> screen with the heap pane open, \(depth - 1) frames, 100,000 instances, "
            + "100,000-element list/dict/set (\(width)x\(height)):\n"
        var seen = Set<String>()
        for (kind, _, _) in heapPlan where seen.insert(kind).inserted {
            let times = byKind[kind] ?? []
            report += "  \(kind.padding(toLength: 28, withPad: " ", startingAt: 0)) wall median \(milliseconds(median(times))), "
                + "slowest \(milliseconds(times.max() ?? .zero)); CPU median \(milliseconds(median(cpuByKind[kind] ?? []))) (\(times.count)x)\n"
        }
        let all = terminal.latencies.sorted()
        report += "  all: median \(milliseconds(median(all))), slowest \(milliseconds(all.last ?? .zero))"
        return Result(report: report, median: median(all), slowest: all.last ?? .zero, screen: terminal.grid.text, stackDepth: depth)
    }

    static func milliseconds(_ duration: Duration) -> String {
        let ms = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return String(format: "%.2f ms", ms)
    }
}

/// `scopewalk __latency [--max-ms N]`: prints the heap probe's figures;
/// exit status 1 when the median key is slower than N ms.
func runLatencyProbe(maxMilliseconds: Double?) -> Int32 {
    guard let result = LatencyProbe.heapPane() else {
        FileHandle.standardError.write("scopewalk: the latency probe's program did not reach its breakpoint\n".data(using: .utf8)!)
        return 1
    }
    print(result.report)
    guard let limit = maxMilliseconds else { return 0 }
    let median = Double(result.median.components.seconds) * 1000 + Double(result.median.components.attoseconds) / 1e15
    if median > limit {
        print("median \(String(format: "%.2f", median)) ms is over \(limit) ms")
        return 1
    }
    return 0
}
