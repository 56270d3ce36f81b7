// The two bottom rows. The first says where the program is (paused at line
// N, running, waiting for input, finished, exception), the step number, and
// the core's narration of what the last step did with names. The second
// shows a message or question when there is one, otherwise key hints
// generated from the KeyMap.
import Interpreter

struct StatusBar {
    var keyMap: KeyMap

    func draw(in region: Region, snapshot: DebugSnapshot, running: Bool, message: String?, glyphs: Glyphs) {
        guard region.height > 0 else { return }
        region.fill(row: 0, style: Style(.plain))
        let (badge, role, detail) = describe(snapshot, running: running)
        var x = region.write(" \(badge) ", row: 0, column: 0, style: Style(role))
        x += region.write(" " + detail, row: 0, column: x, style: Style(.plain), elide: true)
        // The narration describes the last stop; while running it would be stale.
        let narration = running ? "" : snapshot.effects.narration
        let separator = " \(glyphs.verticalLine) "
        // After the position when all of it fits there; otherwise on the
        // second row, instead of the key hints (a message still wins), and
        // when it is longer than that row, starting on the first.
        let secondRowFree = region.height > 1 && (message ?? "").isEmpty
        var (first, second) = (narration, "")
        if !narration.isEmpty, secondRowFree, x + TextWidth.columns(of: separator + narration) > region.width {
            if TextWidth.columns(of: narration) + 1 <= region.width {
                (first, second) = ("", narration)
            } else {
                (first, second) = Self.split(narration, firstWidth: region.width - x - TextWidth.columns(of: separator))
            }
        }
        if !first.isEmpty, x + 4 < region.width {
            x += region.write(separator, row: 0, column: x, style: Style(.dim))
            region.write(first, row: 0, column: x, style: Style(.message), elide: true)
        }
        guard region.height > 1 else { return }
        if let message, !message.isEmpty {
            region.write(" " + message, row: 1, column: 0, style: Style(.message), elide: true)
        } else if !second.isEmpty {
            region.write(" " + second, row: 1, column: 0, style: Style(.message), elide: true)
        } else {
            drawHints(in: region, row: 1)
        }
    }

    /// The words of `text` that fit in `firstWidth` columns, and the rest.
    static func split(_ text: String, firstWidth: Int) -> (String, String) {
        var first = ""
        var rest = Substring(text)
        while let space = rest.dropFirst().firstIndex(of: " ") ?? (rest.isEmpty ? nil : rest.endIndex) {
            let candidate = first + rest[..<space]
            guard TextWidth.columns(of: candidate) <= firstWidth else { break }
            first = candidate
            rest = rest[space...]
        }
        return (first, rest.drop { $0 == " " }.description)
    }

    /// The badge, its role and the words after it.
    func describe(_ snapshot: DebugSnapshot, running: Bool) -> (String, Role, String) {
        let step = "step \(snapshot.step)"
        if running && snapshot.state != .waitingForInput {
            return ("RUNNING", .statusRunning, "from \(step), Ctrl-C pauses")
        }
        switch snapshot.state {
        case .notStarted:
            return ("READY", .statusPaused, "\(keyMap.keyLabel(for: .stepInto, ascii: true)) starts at the first line, "
                + "\(keyMap.keyLabel(for: .continueRunning, ascii: true)) runs")
        case .paused:
            var detail = "at line \(snapshot.line), \(step)"
            if snapshot.event == "return" {
                // The narration says what is returned: the value once is enough
                // (at 80 columns the sentence needs the room).
                let told = snapshot.effects.narration.contains("returns")
                detail += " (return" + (told ? "" : snapshot.returnValue.map { " " + $0 } ?? "") + ")"
            } else if snapshot.event != "line" && !snapshot.event.isEmpty {
                detail += " (\(snapshot.event))"
            }
            return ("PAUSED", .statusPaused, detail)
        case .running:
            return ("RUNNING", .statusRunning, "\(step), Ctrl-C pauses")
        case .waitingForInput:
            return ("INPUT", .statusRunning, "the program waits in input(): type in Output, Enter sends")
        case .finished(let code):
            return ("FINISHED", .statusFinished, "exit code \(code), \(step); R restarts")
        case .exception:
            guard let exception = snapshot.exception else { return ("EXCEPTION", .statusException, "at line \(snapshot.line)") }
            let what = exception.message.isEmpty ? exception.typeName : "\(exception.typeName): \(exception.message)"
            let tail = exception.isUncaught ? "; uncaught: look around, R restarts" : ""
            return ("EXCEPTION", .statusException, "\(what) at line \(snapshot.line)\(tail)")
        }
    }

    private func drawHints(in region: Region, row: Int) {
        var x = 1
        for command in KeyMap.hintCommands {
            let keys = keyMap.shortKeyLabel(for: command)
            guard !keys.isEmpty else { continue }
            let needed = TextWidth.columns(of: keys) + 1 + TextWidth.columns(of: command.hintName) + 2
            guard x + needed <= region.width else { return }
            x += region.write(keys, row: row, column: x, style: Style(.hintKey))
            x += region.write(" " + command.hintName + "  ", row: row, column: x, style: Style(.hint))
        }
    }
}
