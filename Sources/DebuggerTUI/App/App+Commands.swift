// What each Command does, and what a mouse click means where it lands.
import Interpreter

extension App {
    func execute(_ command: Command) {
        if quizTakesStep(command) { return }
        if let debugCommand = command.debugCommand(cursorLine: panes.source.cursorLine) {
            if case .finished(let code) = snapshot.state, Self.needsAProgram.contains(command) {
                let back = keyMap.keyLabel(for: .stepBack, ascii: terminal.glyphs.isASCII)
                let restart = keyMap.keyLabel(for: .restart, ascii: terminal.glyphs.isASCII)
                say("the program has finished (exit code \(code)): \(restart) restarts it, \(back) steps back through its history")
                return
            }
            start(debugCommand)
            if case .reverse = debugCommand { sayTimeTravelNote() }
            return
        }
        if let motion = Self.motion(for: command) {
            move(motion, in: focus)
            return
        }
        switch command {
        case .toggleBreakpoint: toggleBreakpointAtCursor()
        case .lastChange, .nextChange: findChangeOfSelectedBinding(forward: command == .nextChange)
        case .saveLesson, .nextLessonStop, .previousLessonStop: lessonCommand(command)
        case .prompt: openPrompt()
        case .addWatch: openPrompt("w ")
        case .breakpointList: setMode(.breakpoints(BreakpointList()))
        case .toggleTheme: toggleTheme()
        case .frameUp: selectFrame(snapshot.selectedFrame - 1)
        case .frameDown: selectFrame(snapshot.selectedFrame + 1)
        case .focusNext: setFocus(visiblePane(from: focus, step: \.next))
        case .focusPrevious: setFocus(visiblePane(from: focus, step: \.previous))
        case .toggleTeacherView: toggleTeacherView()
        case .toggleQuiz: toggleQuiz()
        case .toggleZoom: toggleMaximized()
        case .toggleHeap: panes.showsHeap.toggle()
        case .activate:
            switch focus {
            case .scopes: panes.scopes.activate()
            case .cells: panes.cells.activate()
            default: break
            }
        case .interrupt: say("nothing is running (q quits)")
        case .help: showHelp()
        case .redraw:
            terminal.updateSize()
            terminal.invalidate()
        case .quit: askToQuit()
        default: break
        }
    }

    /// The next pane (by `step`) the current layout shows: the teacher view
    /// has only the source, the scopes and the cells.
    func visiblePane(from pane: PaneID, step: KeyPath<PaneID, PaneID>) -> PaneID {
        var candidate = pane[keyPath: step]
        while teacherView && !Layout.teacherPanes.contains(candidate) { candidate = candidate[keyPath: step] }
        return candidate
    }

    /// The projector view on or off: it brings the high-contrast theme with
    /// it (and gives back the theme that was on before).
    func toggleTeacherView() {
        teacherView.toggle()
        if teacherView {
            themeBeforeTeacherView = renderer.theme
            renderer.theme.highContrast = true
            if !Layout.teacherPanes.contains(focus) { setFocus(.source) }
            say("teacher view: source, scopes and cells only; v returns to all panes")
        } else {
            if let theme = themeBeforeTeacherView { renderer.theme = theme }
            themeBeforeTeacherView = nil
            say("all panes (v: teacher view)")
        }
        terminal.apply(renderer.theme)
    }

    /// Commands that run the program further: nothing to do once it ended.
    static let needsAProgram: Set<Command> = [.stepInto, .stepOver, .stepOut, .continueRunning, .runToCursor]

    static func motion(for command: Command) -> Motion? {
        switch command {
        case .moveUp: return .up
        case .moveDown: return .down
        case .moveLeft: return .left
        case .moveRight: return .right
        case .pageUp: return .pageUp
        case .pageDown: return .pageDown
        case .moveHome: return .home
        case .moveEnd: return .end
        default: return nil
        }
    }

    func move(_ motion: Motion, in pane: PaneID) {
        switch pane {
        case .source: panes.source.move(motion, snapshot: snapshot)
        case .stack:
            if let frame = panes.stack.frame(after: motion, snapshot: snapshot) { selectFrame(frame) }
        case .scopes: panes.scopes.move(motion)
        case .cells: panes.cells.move(motion)
        case .output where panes.showsHeap: panes.heap.move(motion, snapshot: snapshot)
        case .output: panes.output.move(motion, snapshot: snapshot)
        }
    }

    func selectFrame(_ index: Int) {
        guard snapshot.stack.indices.contains(index), index != snapshot.selectedFrame else { return }
        session.selectFrame(index)
        refreshSnapshot()
        panes.source.follow(snapshot)
        panes.stack.follow(snapshot)
        followSelectedFrame(programMoved: false)
    }

    /// Click: focus the pane, then act on the row; wheel: scroll the pane
    /// under the pointer, focused or not.
    func handleMouse(_ event: MouseEvent) {
        let screen = terminal.canvas
        guard case .screen(let layout) = Layout.compute(width: screen.width, height: screen.height, maximized: maximized,
                                                        teacher: teacherView),
              let pane = layout.pane(at: event.row, column: event.column),
              let rect = layout.panes[pane]
        else { return }
        switch event.action {
        case .wheelUp: move(.wheelUp, in: pane)
        case .wheelDown: move(.wheelDown, in: pane)
        case .press:
            setFocus(pane)
            let row = event.row - rect.y - 1  // below the title bar
            let column = event.column - rect.x
            guard row >= 0 else { return }
            switch pane {
            case .source:
                guard let line = panes.source.line(atRow: row, snapshot: snapshot) else { return }
                if column < panes.source.gutterWidth(for: snapshot), panes.source.showsMainProgram {
                    session.toggleBreakpoint(line: line)
                    refreshSnapshot()
                } else {
                    panes.source.placeCursor(onLine: line, snapshot: snapshot)
                }
            case .stack:
                if let frame = panes.stack.frame(atRow: row, snapshot: snapshot) { selectFrame(frame) }
            case .scopes: panes.scopes.placeCursor(atRow: row)
            case .cells: panes.cells.placeCursor(atRow: row)
            case .output: break
            }
        }
    }
}
