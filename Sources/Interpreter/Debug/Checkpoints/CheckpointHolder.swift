// The process the shell started stays as the holder of the session: the
// session runs in a child, in a process group of its own with all its
// checkpoints, and moves from process to process as checkpoints take it
// over (each tells the holder "live PID"). The holder waits for "end
// STATUS" (or the live process's death), then kills the whole group, so no
// checkpoint outlives the session, and exits with the session's status.

import Foundation

public struct CheckpointSetup {
    let directory: String
    let holderPipe: Int32
}

public enum CheckpointHolder {
    /// Forks the session and holds it; returns in the session's process (nil:
    /// no checkpoints, the session runs here as before).
    public static func start() -> CheckpointSetup? {
        var template = Array("/tmp/scopewalk-XXXXXX".utf8CString)
        guard let dirPointer = template.withUnsafeMutableBufferPointer({ mkdtemp($0.baseAddress!) }) else { return nil }
        let directory = String(cString: dirPointer)
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { rmdir(directory); return nil }
        let pid = fork()
        if pid < 0 { close(fds[0]); close(fds[1]); rmdir(directory); return nil }
        if pid == 0 {
            close(fds[0])
            setpgid(0, 0)
            // The group of the session reads the terminal (and gets its Ctrl-C).
            if isatty(0) != 0 {
                signal(SIGTTOU, SIG_IGN)
                tcsetpgrp(0, getpid())
                signal(SIGTTOU, SIG_DFL)
            }
            // Checkpoints killed or ended are reaped at once.
            signal(SIGCHLD, SIG_IGN)
            return CheckpointSetup(directory: directory, holderPipe: fds[1])
        }
        close(fds[1])
        setpgid(pid, pid)
        hold(session: pid, pipe: fds[0], directory: directory)
    }

    private static func hold(session: pid_t, pipe: Int32, directory: String) -> Never {
        heldGroup = session
        for s in [SIGINT, SIGTERM, SIGHUP] {
            signal(s, { _ in killpg(heldGroup, SIGKILL); _exit(130) })
        }
        var live = session
        var text = ""
        var status: Int32? = nil
        var buffer = [UInt8](repeating: 0, count: 4096)
        var pipeOpen = true
        func drain() {
            while pipeOpen {
                var p = pollfd(fd: pipe, events: Int16(POLLIN), revents: 0)
                guard poll(&p, 1, 0) > 0 else { return }
                let n = buffer.withUnsafeMutableBytes { read(pipe, $0.baseAddress, $0.count) }
                if n <= 0 { pipeOpen = false; return }
                text += String(decoding: buffer[0..<n], as: UTF8.self)
                while let nl = text.firstIndex(of: "\n") {
                    let line = text[..<nl]
                    if line.hasPrefix("live "), let p = pid_t(line.dropFirst(5)) { live = p }
                    if line.hasPrefix("end "), let s = Int32(line.dropFirst(4)) { status = s }
                    text = String(text[text.index(after: nl)...])
                }
            }
        }
        while status == nil {
            var p = pollfd(fd: pipe, events: Int16(POLLIN), revents: 0)
            _ = poll(&p, 1, 100)
            drain()
            if status != nil { break }
            var wait: Int32 = 0
            var died: Int32? = nil
            while case let r = waitpid(-1, &wait, WNOHANG), r > 0 {
                if r == live { died = wait }
            }
            if died != nil || kill(live, 0) != 0 {
                // A process that took the session over says so before the old one ends.
                let before = live
                drain()
                if live != before || status != nil { continue }
                if let w = died, w & 0x7f != 0 {
                    // (Ctrl-C is not news; a trap is.)
                    if ![SIGINT, SIGTERM, SIGHUP, SIGKILL].contains(w & 0x7f) {
                        FileHandle.standardError.write(Data("scopewalk: the debugger died (signal \(w & 0x7f))\n".utf8))
                    }
                    status = 128 + (w & 0x7f)
                } else if let w = died {
                    status = (w >> 8) & 0xff
                } else {
                    status = 1
                }
            }
        }
        killpg(session, SIGKILL)
        while waitpid(-1, nil, 0) > 0 {}
        if isatty(0) != 0 {
            signal(SIGTTOU, SIG_IGN)
            tcsetpgrp(0, getpgrp())
        }
        if let names = try? FileManager.default.contentsOfDirectory(atPath: directory) {
            for n in names { unlink(directory + "/" + n) }
        }
        rmdir(directory)
        exit(status ?? 1)
    }
}

/// The session's process group, for the holder's signal handlers.
private var heldGroup: pid_t = 0
