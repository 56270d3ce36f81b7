// A checkpoint's side of a jump: it waits on its FIFO for a request, forks,
// and the fork (the activation) takes over the session: it installs what the
// session knows now (the request), runs forward to the jump's event and
// answers the commands from then on. The checkpoint itself stays, for the
// next jump.

import Foundation

/// What the live session sends to a checkpoint to take over.
struct ActivationRequest: Codable {
    /// The session as it was when the command began: the fork runs the command again.
    var knowledge: SessionKnowledge
    var front: FrontKnowledge
    var command: String
    var memo: CommandMemo
    /// The jump the command makes: its event and the event its marks compare with.
    var target: Int
    var baseline: Int
    /// The FIFO the activation answers on ("pid P", then "ok" at the target).
    var ackPath: String
    var checkpoints: [Checkpoint]
    var spacing: Int
}

/// The front end's part of the session (ScriptedSessionLoop).
struct FrontKnowledge: Codable {
    var shownOutput: Int
    var queue: [String]
    var fromStdin: Bool
    /// Standard input read but not used yet.
    var pendingInput: [UInt8]
    /// When the command began (DispatchTime nanoseconds: one clock for all processes).
    var commandStart: UInt64
}

struct Activation {
    let request: ActivationRequest

    /// The checkpoint's life: wait for a request, fork, and return in the fork.
    static func wait(on path: String) -> Activation {
        // Its forks are reaped at once (no zombies while it waits).
        signal(SIGCHLD, SIG_IGN)
        while true {
            let fd = open(path, O_RDONLY)
            if fd < 0 {
                if errno == EINTR { continue }
                _exit(0)
            }
            let data = readAll(fd)
            close(fd)
            guard let request = try? JSONDecoder().decode(ActivationRequest.self, from: data) else { continue }
            let pid = fork()
            if pid == 0 { return Activation(request: request) }
            if pid > 0 { Activation.answer(request.ackPath, "pid \(pid)") }
        }
    }

    /// One line to the jumping session.
    static func answer(_ path: String, _ line: String) {
        let fd = open(path, O_WRONLY | O_NONBLOCK)
        guard fd >= 0 else { return }
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
    }

    static func readAll(_ fd: Int32) -> Data {
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { break }
            data.append(contentsOf: buffer[0..<n])
        }
        return data
    }
}
