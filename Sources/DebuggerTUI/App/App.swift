// The event loop. Paused, it waits for a key, acts, and draws one frame.
// Running, it lets the session run in slices of `sliceSeconds` and polls the
// keyboard between them, so Ctrl-C can pause an endless loop and the output
// pane stays live; the screen is redrawn at most every `runningRedrawSeconds`
// while running and always when the program stops.
import Interpreter

final class App {
    enum Mode: Equatable {
        case normal
        case running
        /// The program waits in input(): keys edit the line.
        case typing(LineEditor)
        case confirmQuit
        case help(HelpOverlay)
        /// The `:` prompt: a line to evaluate or a pdb word (see PromptCommand).
        case prompt(LineEditor)
        case breakpoints(BreakpointList)
        /// A quiz prediction being typed (see App+Quiz).
        case quizAnswer(LineEditor)
    }

    static let sliceSeconds = 0.05
    static let runningRedrawSeconds = 0.25

    let session: DebugSession
    let terminal: TerminalDevice
    let keyMap: KeyMap
    var renderer: ScreenRenderer
    let panes = PaneSet()

    private(set) var snapshot: DebugSnapshot
    private(set) var mode: Mode = .normal
    private(set) var focus: PaneID = .source
    private(set) var maximized: PaneID?
    /// The projector layout (source, scopes, cells only; see Layout).
    var teacherView = false
    var themeBeforeTeacherView: Theme?
    /// The quiz, while it is on.
    var quiz: ScreenQuiz?
    private(set) var message: String?
    private var quitRequested = false
    /// Ask "quit?" as soon as the pause asked for by `q` takes effect.
    private var confirmQuitWhenStopped = false
    /// When `q` asked for that pause: a program that does not pause within
    /// `quitAnywaySeconds` (stuck in native code) is left behind.
    private var quitAskedAt: ContinuousClock.Instant?
    static let quitAnywaySeconds = 1.0
    /// Ctrl-C asked for the pause that ends the running command.
    private var pausedByUser = false
    /// Lines typed at the prompt, oldest first (Up brings them back).
    var promptHistory: [String] = []
    var promptHistoryIndex: Int?
    private let clock = ContinuousClock()
    private var lastRender: ContinuousClock.Instant

    init(session: DebugSession, terminal: TerminalDevice, theme: Theme, keyMap: KeyMap = .standard) {
        self.session = session
        self.terminal = terminal
        self.keyMap = keyMap
        self.renderer = ScreenRenderer(theme: theme, keyMap: keyMap)
        self.snapshot = session.snapshot
        self.lastRender = clock.now
        if let screenSession = session as? ScreenSession {
            panes.scopes.objects.query = { [weak screenSession] expression, path, offset, limit in
                screenSession?.children(of: expression, path: path, offset: offset, limit: limit)
            }
        }
        panes.heap.session = session as? HeapSession
        panes.follow(snapshot)
        followSelectedFrame(programMoved: false)
    }

    /// Runs until the user quits or input ends; returns the exit status for
    /// scopewalk (0).
    func run() -> Int32 {
        switch snapshot.state {
        case .running: mode = .running
        case .waitingForInput: mode = .typing(LineEditor())
        default: break
        }
        render()
        while !quitRequested {
            if mode == .running {
                runSlice()
                if mode != .running || clock.now - lastRender > .seconds(Self.runningRedrawSeconds) { render() }
            } else {
                guard let key = terminal.readKey(timeoutMilliseconds: nil) else { break }
                handle(key)
                if !quitRequested { render() }
            }
        }
        return 0
    }

    // MARK: running

    /// Starts a session command and runs its first slice at once, so a quick
    /// step shows only its result (no flash of "running").
    func start(_ command: DebugCommand) {
        message = nil
        pausedByUser = false
        session.start(command)
        mode = .running
        runSlice()
    }

    private func runSlice() {
        if confirmQuitWhenStopped, let asked = quitAskedAt, clock.now - asked > .seconds(Self.quitAnywaySeconds) {
            quitRequested = true
            return
        }
        let result = session.resume(budget: Self.sliceSeconds)
        // Read the snapshot at a stop, and now and then while running (live output).
        if result == .stopped || clock.now - lastRender > .seconds(Self.runningRedrawSeconds) {
            snapshot = session.snapshot
        }
        // A "stop" whose snapshot still says running is not one yet (a core
        // that answers before its program thread has moved): keep going.
        let reallyStopped = result == .stopped && snapshot.state != .running
        if reallyStopped || snapshot.state == .waitingForInput {
            stopped()
            return
        }
        // One key per slice: enough for Ctrl-C, and keys typed ahead wait
        // their turn. After a false stop, wait a little instead of spinning.
        let wait = result == .stopped ? 10 : 0
        if let key = terminal.readKey(timeoutMilliseconds: wait) { handleWhileRunning(key) }
    }

    private func stopped() {
        snapshot = session.snapshot
        message = pausedByUser && snapshot.isStopped ? "paused by Ctrl-C" : nil
        pausedByUser = false
        panes.follow(snapshot)
        followSelectedFrame(programMoved: true)
        if snapshot.state == .waitingForInput {
            mode = .typing(LineEditor())
            message = "type the program's input in the Output pane; Enter sends it, Ctrl-D sends end of input"
        } else if confirmQuitWhenStopped {
            confirmQuitWhenStopped = false
            quitAskedAt = nil
            askToQuit()
        } else {
            mode = .normal
        }
        quizStopped()
    }

    private func handleWhileRunning(_ key: Key) {
        switch key {
        case .resize: terminal.updateSize(); render()
        case .control("c"):
            session.pause()
            pausedByUser = true
            message = "pausing..."
        default:
            if keyMap.command(for: key) == .quit {
                // A second `q` while the pause is on its way quits at once.
                if confirmQuitWhenStopped { quitRequested = true; return }
                session.pause()
                confirmQuitWhenStopped = true
                quitAskedAt = clock.now
                message = "pausing to quit..."
            } else {
                message = "the program is running: Ctrl-C pauses it"
            }
        }
    }

    // MARK: keys

    func handle(_ key: Key) {
        if key == .resize {
            terminal.updateSize()
            return
        }
        switch mode {
        case .running: handleWhileRunning(key)
        case .prompt(var editor): handlePrompt(key, editor: &editor)
        case .breakpoints(var list): handleBreakpointList(key, list: &list)
        case .quizAnswer(var editor): handleQuizAnswer(key, editor: &editor)
        case .typing(var editor):
            handleTyping(key, editor: &editor)
        case .confirmQuit:
            if key == .character("y") || key == .character("Y") {
                quitRequested = true
            } else {
                mode = .normal
                message = nil
            }
        case .help(var help):
            let motion: Motion?
            if case .mouse(let event) = key {
                motion = event.action == .wheelUp ? .wheelUp : event.action == .wheelDown ? .wheelDown : nil
            } else {
                motion = keyMap.command(for: key).flatMap(Self.motion(for:))
            }
            guard let motion else {
                mode = .normal  // any other key closes the help
                return
            }
            help.scroll(motion, lineCount: HelpOverlay.lines(keyMap: keyMap, glyphs: terminal.glyphs).count,
                        height: HelpOverlay.contentHeight(screenHeight: terminal.canvas.height))
            mode = .help(help)
        case .normal:
            if case .mouse(let event) = key {
                handleMouse(event)
            } else if let command = keyMap.command(for: key) {
                message = nil
                execute(command)
            } else if case .unknown = key {
                return
            } else {
                message = "\(key.label) does nothing here; ? lists the keys"
            }
        }
    }

    private func handleTyping(_ key: Key, editor: inout LineEditor) {
        switch key {
        case .character(let character): editor.insert(character)
        case .backspace: editor.backspace()
        case .delete: editor.deleteForward()
        case .left: editor.moveLeft()
        case .right: editor.moveRight()
        case .home, .control("a"): editor.moveHome()
        case .end, .control("e"): editor.moveEnd()
        case .enter:
            deliverInput(editor.text)
            return
        case .control("d"):
            deliverInput(nil)
            return
        case .control("c"):
            mode = .normal
            message = "input abandoned; stepping or continuing asks again"
            return
        default:
            break
        }
        mode = .typing(editor)
    }

    private func deliverInput(_ line: String?) {
        guard let inputSession = session as? InputAcceptingSession else {
            mode = .normal
            message = "this debugger session cannot take input"
            return
        }
        message = nil
        inputSession.provideInput(line)
        mode = .running
        runSlice()
    }

    // MARK: drawing

    func render() {
        var editor: LineEditor?
        var help: HelpOverlay?
        var prompt: LineEditor?
        var breakpointList: BreakpointList?
        switch mode {
        case .typing(let line): editor = line
        case .help(let overlay): help = overlay
        case .prompt(let line): prompt = line
        case .breakpoints(let list): breakpointList = list
        case .quizAnswer(let line): prompt = line
        default: break
        }
        var shownMessage = message
        if mode == .confirmQuit { shownMessage = "the program has not finished: quit anyway? (y/n)" }
        var frame = ScreenRenderer.Frame(focus: focus, maximized: maximized, running: mode == .running,
                                         editor: editor, help: help, message: shownMessage)
        frame.prompt = prompt
        frame.breakpointList = breakpointList
        frame.teacher = teacherView
        frame.promptLabel = quizPromptLabel
        let cursor = renderer.render(snapshot, panes: panes, frame: frame, on: terminal.canvas)
        terminal.present(cursor: cursor)
        lastRender = clock.now
    }

    // MARK: used by App+Commands

    func setFocus(_ pane: PaneID) {
        focus = pane
        if maximized != nil { maximized = pane }
    }

    func toggleMaximized() { maximized = maximized == nil ? focus : nil }

    func showHelp() { mode = .help(HelpOverlay()) }

    func setMode(_ newMode: Mode) { mode = newMode }

    func setSnapshot(_ newSnapshot: DebugSnapshot) { snapshot = newSnapshot }

    func say(_ text: String?) { message = text }

    func refreshSnapshot() { snapshot = session.snapshot }

    func askToQuit() {
        if case .finished = snapshot.state {
            quitRequested = true
        } else {
            mode = .confirmQuit
        }
    }
}
