// Which key does what. Both Thonny's keys (F6/F7/F8) and pdb's letters are
// bound; the help screen and the hint line are generated from this table,
// so they cannot drift from what the keys do.

struct KeyMap: Sendable {
    struct Binding: Hashable, Sendable {
        var key: Key
        var command: Command
    }

    let bindings: [Binding]
    private let commandByKey: [Key: Command]

    init(_ bindings: [Binding]) {
        self.bindings = bindings
        var table: [Key: Command] = [:]
        // The first binding of a key wins, so the table reads top-down.
        for binding in bindings where table[binding.key] == nil { table[binding.key] = binding.command }
        commandByKey = table
    }

    func command(for key: Key) -> Command? { commandByKey[key] }

    func keys(for command: Command) -> [Key] {
        bindings.filter { $0.command == command }.map(\.key)
    }

    static let standard = KeyMap([
        Binding(key: .function(7), command: .stepInto),
        Binding(key: .character("s"), command: .stepInto),
        Binding(key: .function(6), command: .stepOver),
        Binding(key: .character("n"), command: .stepOver),
        Binding(key: .shiftFunction(7), command: .stepOut),
        Binding(key: .character("r"), command: .stepOut),
        Binding(key: .function(8), command: .continueRunning),
        Binding(key: .character("c"), command: .continueRunning),
        Binding(key: .character("t"), command: .runToCursor),
        Binding(key: .character("e"), command: .stepExpression),
        Binding(key: .character("b"), command: .toggleBreakpoint),
        Binding(key: .character(":"), command: .prompt),
        Binding(key: .character("!"), command: .prompt),
        Binding(key: .character("w"), command: .addWatch),
        Binding(key: .character("B"), command: .breakpointList),
        Binding(key: .character("a"), command: .toggleQuiz),
        Binding(key: .backspace, command: .reverseStep),
        Binding(key: .control("b"), command: .reverseStep),
        Binding(key: .character("S"), command: .reverseStep),
        Binding(key: .character("N"), command: .reverseNext),
        Binding(key: .character("O"), command: .reverseFinish),
        Binding(key: .character("C"), command: .reverseContinue),
        Binding(key: .character("<"), command: .lastChange),
        Binding(key: .character(">"), command: .nextChange),
        Binding(key: .character("W"), command: .saveLesson),
        Binding(key: .character("]"), command: .nextLessonStop),
        Binding(key: .character("["), command: .previousLessonStop),
        Binding(key: .character("p"), command: .stepBack),
        Binding(key: .character("f"), command: .stepForward),
        Binding(key: .character("R"), command: .restart),
        Binding(key: .character("u"), command: .frameUp),
        Binding(key: .character("d"), command: .frameDown),
        Binding(key: .tab, command: .focusNext),
        Binding(key: .backTab, command: .focusPrevious),
        Binding(key: .character("z"), command: .toggleZoom),
        Binding(key: .character("o"), command: .toggleHeap),
        Binding(key: .character("v"), command: .toggleTeacherView),
        Binding(key: .up, command: .moveUp),
        Binding(key: .down, command: .moveDown),
        Binding(key: .left, command: .moveLeft),
        Binding(key: .right, command: .moveRight),
        Binding(key: .pageUp, command: .pageUp),
        Binding(key: .pageDown, command: .pageDown),
        Binding(key: .home, command: .moveHome),
        Binding(key: .end, command: .moveEnd),
        Binding(key: .enter, command: .activate),
        Binding(key: .control("c"), command: .interrupt),
        Binding(key: .character("?"), command: .help),
        Binding(key: .function(1), command: .help),
        Binding(key: .character("T"), command: .toggleTheme),
        Binding(key: .control("l"), command: .redraw),
        Binding(key: .character("q"), command: .quit),
    ])

    // MARK: generated text

    /// "F7/s": every key of a command, for the hint line.
    func keyLabel(for command: Command, ascii: Bool) -> String {
        keys(for: command).map { ascii ? $0.asciiLabel : $0.label }.joined(separator: "/")
    }

    /// The help screen: one header per group, one line per command listing
    /// all of its keys.
    func helpLines(ascii: Bool) -> [HelpLine] {
        var lines: [HelpLine] = []
        for group in Command.Group.allCases {
            let commands = Command.allCases.filter { $0.group == group && !keys(for: $0).isEmpty }
            guard !commands.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.header(group.rawValue))
            for command in commands {
                lines.append(.binding(keys: keyLabel(for: command, ascii: ascii), summary: command.summary))
            }
        }
        return lines
    }

    /// The commands on the status bar's hint line, most important first.
    static let hintCommands: [Command] = [
        .stepInto, .stepOver, .stepOut, .continueRunning, .help, .quit, .toggleBreakpoint, .runToCursor,
        .prompt, .reverseStep, .focusNext, .toggleZoom, .addWatch, .breakpointList, .stepBack, .lastChange,
        .toggleTeacherView, .toggleQuiz,
    ]

    /// At most two keys, in short form ("S-F7/r"), for the hint line.
    func shortKeyLabel(for command: Command) -> String {
        keys(for: command).prefix(2).map(\.shortLabel).joined(separator: "/")
    }
}

enum HelpLine: Equatable {
    case header(String)
    case binding(keys: String, summary: String)
    case blank
}
