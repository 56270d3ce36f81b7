// The command-line words of time travel beyond debugging:
//   scopewalk export --pytutor PROG.py          Python Tutor's trace JSON on stdout
//   scopewalk record --out F.swsession PROG.py  debug (screen, or --commands / stdin),
//                                               then write the session file
//   scopewalk replay F.swsession                the screen on the recorded run, the
//                                               teacher's stops to walk ([ and ])

import Foundation
import Interpreter

/// Where the screen's "save the session" key writes (set by `record`).
nonisolated(unsafe) var lessonOutputPath: String?

func runLessonCommand(_ command: String, _ arguments: [String]) -> Int32 {
    var args = arguments
    func option(_ name: String) -> String? {
        guard let i = args.firstIndex(of: name) else { return nil }
        guard i + 1 < args.count else { fail("\(name) needs a value") }
        let v = args[i + 1]
        args.removeSubrange(i...(i + 1))
        return v
    }
    switch command {
    case "export":
        guard let i = args.firstIndex(of: "--pytutor") else { fail("export needs a format: scopewalk export --pytutor PROG.py > trace.json") }
        args.remove(at: i)
        guard args.count == 1 else { fail("export takes one program: scopewalk export --pytutor PROG.py") }
        let source = readProgram(args[0])
        var text = ""
        Interpreter.onLargeStack { text = PythonTutorExport.trace(source: source, filename: args[0]) }
        FileHandle.standardOutput.write(Data(text.utf8))
        return 0
    case "record":
        let out = option("--out")
        let commands = option("--commands")
        guard let out else { fail("record needs --out: scopewalk record --out lesson.swsession PROG.py") }
        guard args.count == 1 else { fail("record takes one program: scopewalk record --out lesson.swsession PROG.py") }
        let path = args[0]
        let source = readProgram(path)
        lessonOutputPath = out
        var status: Int32 = 0
        if commands != nil || isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 {
            var debugger: Debugger?
            status = runScriptedDebugger(path: path, source: source, commands: commands) { debugger = $0 }
            if let d = debugger { saveLesson(d, to: out) }
        } else {
            let debugger = Debugger(filename: path, source: source)
            status = runFullScreen(session: debugger)
            saveLesson(debugger, to: out)
            debugger.quit()
        }
        return status
    case "replay":
        let commands = option("--commands")
        guard args.count == 1 else { fail("replay takes one session file: scopewalk replay lesson.swsession") }
        let file = args[0]
        guard let data = FileManager.default.contents(atPath: file) else { fail("can't open session file '\(file)'") }
        let lesson: LessonSession
        do { lesson = try LessonSession.decode(data, path: file) } catch { fail("\(error)") }
        // The program and its modules in a folder of their own, so its imports find them.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scopewalk-lesson-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for f in [lesson.program] + lesson.modules where !f.path.contains("..") {
            let url = folder.appendingPathComponent(f.path)
            try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? f.source.write(to: url, atomically: true, encoding: .utf8)
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(lesson.program.path).path
        var status: Int32 = 0
        if commands != nil || isatty(STDIN_FILENO) == 0 || isatty(STDOUT_FILENO) == 0 {
            status = runScriptedDebugger(path: path, source: lesson.program.source, commands: commands) { d in
                d.load(lesson)
                d.lessonStops = lesson.stops
            }
        } else {
            let debugger = Debugger(filename: path, source: lesson.program.source)
            debugger.load(lesson)
            debugger.lessonStops = lesson.stops
            status = runFullScreen(session: debugger)
            debugger.quit()
        }
        return status
    default:
        fail("unknown command '\(command)'")
    }
}

func saveLesson(_ debugger: Debugger, to path: String) {
    do {
        try debugger.lessonSession().encoded().write(to: URL(fileURLWithPath: path))
    } catch {
        fail("can't write the session file '\(path)': \(error)")
    }
}
