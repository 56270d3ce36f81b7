// What the debugger knows besides the program's state: the history (stops,
// the replay log, the user's evaluations), breakpoints, labels, the shown
// snapshot. A checkpoint was forked from an older session; on activation it
// installs what the session knows now (Checkpoints/Activation).

import Foundation

struct SessionKnowledge: Codable {
    var snapshot: DebugSnapshot
    var breakpoints: [Breakpoint]
    var stops: [Int]
    var stopMarkBaselines: [Int]
    var stopCursor: Int
    var recordedLog: ReplayLog
    var replayBudget: Double
    var labels: ObjectLabels.State
    var recordedEvaluations: [Int: [RecordedEvaluation]]
    var stopBaselines: [Int: Int]
    var timeTravelNote: String?
    var lessonStops: [Int]
    var lessonStopMarkBaselines: [Int]
    var lessonCursor: [Int]?
    var expressionTrail: [Int]?
}

extension Debugger {
    func captureKnowledge() -> SessionKnowledge {
        SessionKnowledge(snapshot: snapshot, breakpoints: Array(breakpoints.values), stops: stops, stopMarkBaselines: stopMarkBaselines,
                         stopCursor: stopCursor, recordedLog: recordedLog, replayBudget: replayBudget, labels: objectLabels.state,
                         recordedEvaluations: recordedEvaluations, stopBaselines: stopBaselines, timeTravelNote: timeTravelNote,
                         lessonStops: lessonStops, lessonStopMarkBaselines: lessonStopMarkBaselines,
                         lessonCursor: lessonCursor.map { [$0.index, $0.event] }, expressionTrail: expressionTrail.map { [$0.base, $0.count] })
    }

    func install(_ k: SessionKnowledge) {
        snapshot = k.snapshot
        breakpoints = Dictionary(uniqueKeysWithValues: k.breakpoints.map { ($0.line, $0) })
        stops = k.stops
        stopMarkBaselines = k.stopMarkBaselines
        stopCursor = k.stopCursor
        recordedLog = k.recordedLog
        replayBudget = k.replayBudget
        objectLabels.state = k.labels
        recordedEvaluations = k.recordedEvaluations
        stopBaselines = k.stopBaselines
        timeTravelNote = k.timeTravelNote
        lessonStops = k.lessonStops
        lessonStopMarkBaselines = k.lessonStopMarkBaselines
        lessonCursor = k.lessonCursor.map { ($0[0], $0[1]) }
        expressionTrail = k.expressionTrail.map { ($0[0], $0[1]) }
        commandOutstanding = false
        heapCache.key = ""
        heapCache.graph = nil
    }
}

extension ObjectLabels {
    struct State: Codable {
        var numbers: [AllocationKey: Int]
        var next: Int
    }
}

/// The results of the searches a command made before its jump (rn, rf,
/// rc, last, next-change): a checkpoint that runs the command again takes
/// them instead of searching the history again (and instead of looking at
/// the frames of a stop it is not at).
struct CommandMemo: Codable {
    var scans: [ScanMemo] = []
    var changes: [ChangeMemo] = []
}

struct ScanMemo: Codable {
    var event: Int?
    var note: String?
}

struct ChangeMemo: Codable {
    var destination: Int
    var message: String
    var log: ReplayLog?
}

extension Debugger {
    /// The next result of a search made before the handover, in the order made.
    func replayedMemo<T>(_ list: WritableKeyPath<CommandMemo, [T]>) -> T? {
        guard var memo = memoToReplay, !memo[keyPath: list].isEmpty else { return nil }
        let first = memo[keyPath: list].removeFirst()
        memoToReplay = memo
        return first
    }
}
