// The `scopewalk` command line.
//
//   scopewalk prog.py                      full-screen debugger
//   scopewalk run [--break-at N] prog.py   run like python3
//   scopewalk trace [--out PATH] prog.py   JSON trace events (CPython's settrace format)
//   scopewalk debug [--commands "s;n"] prog.py   scripted debugger (pdb words)

import Foundation
import Interpreter
#if canImport(Glibc)
import Glibc
#endif

let version = "scopewalk 0.1.0 (Python 3.13 subset)"

let usage = """
usage: scopewalk [-h] [--version] PROG.py
       scopewalk run [--break-at LINE] PROG.py
       scopewalk trace [--out PATH] PROG.py
       scopewalk debug [--commands "s;n;p x"] PROG.py
       scopewalk record --out LESSON.swsession PROG.py
       scopewalk replay LESSON.swsession
       scopewalk export --pytutor PROG.py > trace.json
       scopewalk quiz [--score PATH] PROG.py

A step debugger for Python programs that shows scopes, closures and cells.

commands:
  PROG.py     open the full-screen debugger on PROG.py (a terminal is needed)
  run         run PROG.py as python3 would (output, tracebacks, exit status);
              --break-at LINE arms a breakpoint with the debugger attached
  trace       run PROG.py and write one JSON object per trace event (call,
              line, return, exception) to PATH; without --out the JSON goes
              to stdout and the program's own output to stderr
  debug       the debugger driven by commands read from standard input, one
              per line (s, n, r, c, until N, b N [if EXPR], cl N, back,
              forward, goto N, where, scopes, cells, p EXPR, up, down, q);
              --commands "s;s;n" gives them on the command line
  record      debug PROG.py (the screen, or --commands / stdin), then write
              a session file: the program and its modules, its inputs, the
              breakpoints and your stops, for `scopewalk replay`
  replay      open a session file on the same run, its stops to walk
              ([ and ] on the screen; stops, next-stop, prev-stop in debug)
  export      --pytutor: the run as Online Python Tutor's trace (JSON)
  quiz        predict, then see: before each step that binds names, type
              what a name will be; `# ask: NAME` (or output, next) comments
              choose the questions; the score goes to PATH (default
              PROG.score.txt)

options:
  -h, --help  show this help and exit
  --version   show the version and exit
  --memory-limit SIZE
              the program's memory (bytes, or 512M, 2G...): beyond it an
              allocation raises MemoryError; default half the machine's
              memory, at most 8G (also SCOPEWALK_MEMORY_LIMIT)
"""

func fail(_ message: String, status: Int32 = 2) -> Never {
    FileHandle.standardError.write(("scopewalk: " + message + "\n").data(using: .utf8)!)
    exit(status)
}

func readProgram(_ path: String) -> String {
    guard FileManager.default.fileExists(atPath: path) else {
        fail("can't open file '\(path)': [Errno 2] No such file or directory")
    }
    guard let data = FileManager.default.contents(atPath: path) else { fail("can't read file '\(path)'") }
    guard let text = String(data: data, encoding: .utf8) else {
        // As CPython: a SyntaxError naming the first bad byte, its line and the absolute path.
        let bytes = [UInt8](data)
        let at = SourceEncoding.firstInvalidUTF8(bytes)
        let line = bytes[..<at].reduce(1) { $1 == 10 ? $0 + 1 : $0 }
        let abs = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        FileHandle.standardError.write(("SyntaxError: Non-UTF-8 code starting with '\\x" + String(format: "%02x", bytes[min(at, bytes.count - 1)])
            + "' in file \(abs) on line \(line), but no encoding declared; see https://peps.python.org/pep-0263/ for details\n").data(using: .utf8)!)
        exit(1)
    }
    return text
}

var args = Array(CommandLine.arguments.dropFirst())
if args.isEmpty { print(usage); exit(2) }
if args.contains("-h") || args.contains("--help") { print(usage); exit(0) }
if args.contains("--version") { print(version); exit(0) }

/// Takes `--flag VALUE` out of args.
func takeOption(_ name: String) -> String? {
    guard let i = args.firstIndex(of: name) else { return nil }
    guard i + 1 < args.count else { fail("\(name) needs a value") }
    let v = args[i + 1]
    args.removeSubrange(i...(i + 1))
    return v
}

// --memory-limit SIZE (any command): the allocation budget (bytes, or with a
// K/M/G suffix); beyond it the program gets MemoryError. Default: half the
// machine's memory, at most 8 GiB (MemoryBudget.swift).
if let limit = takeOption("--memory-limit") {
    guard let n = MemoryBudget.parse(limit) else { fail("--memory-limit takes a size such as 2G, 512M or 1000000") }
    MemoryBudget.limitBytes = n
}
if args.isEmpty { print(usage); exit(2) }

let command = args[0]
switch command {
case "__library-bytecode":
    // Maintenance (scripts/embed-modules): writes EmbeddedLibrary+Bytecode.swift.
    guard args.count == 2 else { fail("__library-bytecode takes the output path") }
    var text = ""
    var failure: String?
    Interpreter.onLargeStack {
        do { text = try Interpreter.libraryBytecodeSwiftFile() } catch { failure = "\(error)" }
    }
    if let f = failure { fail("library bytecode: \(f)") }
    do { try text.write(toFile: args[1], atomically: true, encoding: .utf8) } catch { fail("can't write \(args[1]): \(error)") }
    exit(0)
case "__latency":
    // Maintenance (bench, CI): keypress -> screen with the heap pane open.
    args.removeFirst()
    let limit = takeOption("--max-ms").map { Double($0) ?? 10 }
    exit(runLatencyProbe(maxMilliseconds: limit))
case "run":
    args.removeFirst()
    let breakAt = takeOption("--break-at")
    guard args.count == 1 else { fail("run takes one program: scopewalk run PROG.py") }
    let path = args[0]
    let source = readProgram(path)
    let io = StandardIO()
    var status: Int32 = 0
    Interpreter.onLargeStack {
        status = Interpreter.runProgram(source: source, filename: path, io: io) { vm in
            vm.absoluteCodeFilenames = true
            if let b = breakAt {
                guard let line = Int(b), line > 0 else { fail("--break-at needs a line number") }
                vm.attachBreakpointOnly(line: line)
            }
        }
        io.flush()
    }
    exit(status)
case "trace":
    args.removeFirst()
    let outPath = takeOption("--out")
    guard args.count == 1 else { fail("trace takes one program: scopewalk trace [--out PATH] PROG.py") }
    let path = args[0]
    let source = readProgram(path)
    // --out is opened (and truncated) in place: through a symlink, onto a
    // device, never by replacing the file; a directory is refused.
    let sink = outPath.map { TraceFile(path: $0) }
    // Without --out, stdout is the JSON's: the program writes to stderr.
    let io = outPath == nil ? StandardIO(stdoutDescriptor: 2) : StandardIO()
    var traceText = ""
    var status: Int32 = 0
    Interpreter.onLargeStack {
        status = Interpreter.runProgram(source: source, filename: path, io: io) { vm in
            if let sink { vm.hook = TraceRecorder { sink.add($0) } } else { vm.hook = TraceRecorder { traceText += $0 } }
        }
        io.flush()
    }
    if let sink {
        sink.close()
    } else {
        FileHandle.standardOutput.write(traceText.data(using: .utf8)!)
    }
    exit(status)
case "export", "record", "replay":
    exit(runLessonCommand(command, Array(args.dropFirst())))
case "debug":
    args.removeFirst()
    let commands = takeOption("--commands")
    guard args.count == 1 else { fail("debug takes one program: scopewalk debug [--commands \"s;n\"] PROG.py") }
    let path = args[0]
    exit(runScriptedDebugger(path: path, source: readProgram(path), commands: commands))
case "quiz":
    args.removeFirst()
    let scorePath = takeOption("--score")
    guard args.count == 1 else { fail("quiz takes one program: scopewalk quiz [--score PATH] PROG.py") }
    exit(runQuiz(path: args[0], source: readProgram(args[0]), scorePath: scorePath))
default:
    if command.hasPrefix("-") { fail("unknown option '\(command)'\n\(usage)") }
    guard args.count == 1 else { fail("expected one program\n\(usage)") }
    exit(runFullScreenDebugger(path: command, source: readProgram(command)))
}

/// The file `trace --out PATH` writes: opened with O_TRUNC (no temporary file
/// renamed over it), written through a 64 KiB buffer.
final class TraceFile {
    private let fd: Int32
    private var buffer: [UInt8] = []
    private let path: String

    init(path: String) {
        self.path = path
        var st = stat()
        if stat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFDIR {
            fail("can't write '\(path)': Is a directory")
        }
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 { fail("can't write '\(path)': \(String(cString: strerror(errno)))") }
        self.fd = fd
        buffer.reserveCapacity(1 << 16)
    }

    func add(_ s: String) {
        buffer.append(contentsOf: s.utf8)
        if buffer.count >= 1 << 16 { flush() }
    }

    private func flush() {
        var done = 0
        let total = buffer.count
        buffer.withUnsafeBytes { raw in
            while done < total {
                let n = write(fd, raw.baseAddress! + done, total - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    fail("can't write '\(path)': \(String(cString: strerror(errno)))")
                }
                done += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    func close() {
        flush()
        _ = Glibc.close(fd)
    }
}
