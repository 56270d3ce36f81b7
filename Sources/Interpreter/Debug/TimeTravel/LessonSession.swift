// A session file (`scopewalk record --out lesson.swsession`): what a teacher
// showed, so a student can replay the same run at home: the program's
// source and its own modules, the recorded inputs (input() lines, clock
// readings, random seeds), the breakpoints, the teacher's stops and
// evaluations. JSON, with a format version and a checksum of its content:
// another version or a damaged file is refused with a clear message.

import Foundation

public struct LessonSession: Codable, Equatable {
    public static let formatName = "scopewalk-session"
    public static let formatVersion = 1

    public struct SourceFile: Codable, Equatable {
        public var path: String
        public var source: String
        public init(path: String, source: String) {
            self.path = path
            self.source = source
        }
    }
    public struct SavedBreakpoint: Codable, Equatable {
        public var line: Int
        public var condition: String?
        public var enabled: Bool
        public var ignoreCount: Int
    }
    public struct SavedEvaluation: Codable, Equatable {
        public var event: Int
        public var expression: String
        public var frameIndex: Int
    }
    /// An input() line; nil was end of input (Ctrl-D).
    public struct SavedInput: Codable, Equatable {
        public var line: String?
    }

    public var format: String = LessonSession.formatName
    public var version: Int = LessonSession.formatVersion
    public var program: SourceFile
    public var modules: [SourceFile]
    public var inputs: [SavedInput]
    public var times: [Double]
    public var seeds: [UInt64]
    public var breakpoints: [SavedBreakpoint]
    /// The teacher's stops (event numbers), in the order they were made.
    public var stops: [Int]
    public var evaluations: [SavedEvaluation]
    /// For each event stopped at, the stop its change marks first compared with.
    public var baselines: [Int: Int] = [:]
    /// For each of `stops`, the stop its change marks compared with when the
    /// teacher made it (an event stopped at twice, once after `c` and once
    /// after `rs`, showed different marks). Absent in older files.
    public var stopBaselines: [Int]?
    /// FNV-1a of everything above, so a damaged file is noticed.
    public var checksum: String = ""

    public init(program: SourceFile, modules: [SourceFile], inputs: [SavedInput], times: [Double], seeds: [UInt64],
                breakpoints: [SavedBreakpoint], stops: [Int], evaluations: [SavedEvaluation], baselines: [Int: Int] = [:],
                stopBaselines: [Int]? = nil) {
        self.program = program
        self.modules = modules
        self.inputs = inputs
        self.times = times
        self.seeds = seeds
        self.breakpoints = breakpoints
        self.stops = stops
        self.evaluations = evaluations
        self.baselines = baselines
        self.stopBaselines = stopBaselines
    }

    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    /// The content's checksum (every field but the checksum itself).
    func computedChecksum() -> String {
        var copy = self
        copy.checksum = ""
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(copy)) ?? Data()
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in data { hash = (hash ^ UInt64(b)) &* 0x100_0000_01b3 }
        return String(hash, radix: 16)
    }

    public func encoded() throws -> Data {
        var copy = self
        copy.checksum = computedChecksum()
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try encoder.encode(copy)
    }

    /// Reads a session file; a file of another format or version, or a damaged one, is refused.
    public static func decode(_ data: Data, path: String) throws -> LessonSession {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw Failure(description: "'\(path)' is damaged: it is not a session file (not readable JSON)")
        }
        guard object["format"] as? String == formatName else {
            throw Failure(description: "'\(path)' is not a scopewalk session file")
        }
        guard let version = object["version"] as? Int else {
            throw Failure(description: "'\(path)' is damaged: it has no format version")
        }
        guard version == formatVersion else {
            throw Failure(description: "'\(path)' is a session of format version \(version); this scopewalk reads version \(formatVersion)"
                          + (version > formatVersion ? " (it was made by a newer scopewalk: update this one)" : ""))
        }
        let session: LessonSession
        do {
            session = try JSONDecoder().decode(LessonSession.self, from: data)
        } catch {
            throw Failure(description: "'\(path)' is damaged: a part of it is missing or of the wrong kind")
        }
        guard session.checksum == session.computedChecksum() else {
            throw Failure(description: "'\(path)' is damaged: its content does not match its checksum (was it edited or cut short?)")
        }
        return session
    }
}

extension Debugger {
    /// The session of this debugger: the program, the modules it imported
    /// from its own folder, the history's inputs, breakpoints, stops and evaluations.
    public func lessonSession() -> LessonSession {
        var modules: [LessonSession.SourceFile] = []
        if let r = run {
            let folder = r.vm.programFolder
            for (name, module) in r.vm.modules.sorted(by: { $0.key < $1.key }) {
                guard let file = module.file, file.hasPrefix(folder + "/"), file != folder + "/" + (filename.split(separator: "/").last.map(String.init) ?? ""),
                      let text = try? String(contentsOfFile: file, encoding: .utf8) else { continue }
                _ = name
                modules.append(LessonSession.SourceFile(path: String(file.dropFirst(folder.count + 1)), source: text))
            }
        }
        let log = recordedLog
        return LessonSession(
            program: LessonSession.SourceFile(path: filename.split(separator: "/").last.map(String.init) ?? filename, source: source),
            modules: modules,
            inputs: log.inputs.map { LessonSession.SavedInput(line: $0) },
            times: log.times, seeds: log.seeds,
            breakpoints: breakpoints.values.sorted { $0.line < $1.line }.map {
                LessonSession.SavedBreakpoint(line: $0.line, condition: $0.condition, enabled: $0.enabled, ignoreCount: $0.ignoreCount)
            },
            stops: stops,
            evaluations: recordedEvaluations.sorted { $0.key < $1.key }.flatMap { event, list in
                list.map { LessonSession.SavedEvaluation(event: event, expression: $0.expression, frameIndex: $0.frameIndex) }
            },
            baselines: stopBaselines, stopBaselines: stopMarkBaselines.count == stops.count ? stopMarkBaselines : nil)
    }

    /// Takes a session's history (inputs, breakpoints, evaluations) and goes
    /// to its first stop; the teacher's stops are `session.stops`.
    public func load(_ session: LessonSession) {
        var log = ReplayLog()
        log.inputs = session.inputs.map(\.line)
        log.times = session.times
        log.seeds = session.seeds
        recordedLog = log
        breakpoints = [:]
        for b in session.breakpoints {
            breakpoints[b.line] = Breakpoint(line: b.line, condition: b.condition, enabled: b.enabled, ignoreCount: b.ignoreCount)
        }
        syncBreakpoints()
        recordedEvaluations = [:]
        for e in session.evaluations {
            recordedEvaluations[e.event, default: []].append(RecordedEvaluation(expression: e.expression, frameIndex: e.frameIndex))
        }
        stopBaselines = session.baselines
        lessonStops = session.stops
        lessonStopMarkBaselines = session.stopBaselines ?? []
        lessonCursor = nil
        let first = stops.first ?? 2
        replay(to: first)
        stops = [snapshot.step]
        stopCursor = 0
    }

    /// Goes to the teacher's stop number `index` (from 0), with the change
    /// marks the teacher saw there.
    public func goToLessonStop(_ index: Int) {
        guard lessonStops.indices.contains(index) else { return }
        let event = lessonStops[index]
        replay(to: event, baseline: index < lessonStopMarkBaselines.count ? lessonStopMarkBaselines[index] : nil)
        recordStop()
        lessonCursor = (index, snapshot.step)
    }

    /// Where the current stop is in the teacher's stops (nil: between them).
    /// The same event may be several of them: the one last gone to counts.
    public var lessonStopPosition: Int? {
        if let c = lessonCursor, c.event == snapshot.step { return c.index }
        return lessonStops.firstIndex(of: snapshot.step)
    }
}
