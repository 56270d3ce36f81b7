// Everything a key (or the mouse) can ask the App to do.
import Interpreter

enum Command: CaseIterable, Hashable, Sendable {
    // Stepping (DebugCommand)
    case stepInto, stepOver, stepOut, continueRunning, runToCursor, stepExpression
    // History
    case stepBack, stepForward, restart
    // Time travel (App+TimeTravel)
    case reverseStep, reverseNext, reverseFinish, reverseContinue, lastChange, nextChange
    case saveLesson, nextLessonStop, previousLessonStop
    case toggleBreakpoint, breakpointList
    // Evaluate and watch
    case prompt, addWatch, toggleQuiz
    // Call stack
    case frameUp, frameDown
    // Panes
    case focusNext, focusPrevious, toggleZoom, toggleHeap, toggleTeacherView
    case moveUp, moveDown, moveLeft, moveRight, pageUp, pageDown, moveHome, moveEnd
    case activate
    // Program
    case interrupt, help, toggleTheme, redraw, quit

    enum Group: String, CaseIterable, Sendable {
        case stepping = "Stepping"
        case history = "History"
        case evaluate = "Evaluate, watch, breakpoints"
        case stack = "Call stack"
        case panes = "Panes and scrolling"
        case program = "Other"
    }

    var group: Group {
        switch self {
        case .stepInto, .stepOver, .stepOut, .continueRunning, .runToCursor, .toggleBreakpoint, .stepExpression: return .stepping
        case .prompt, .addWatch, .breakpointList, .toggleQuiz: return .evaluate
        case .stepBack, .stepForward, .restart: return .history
        case .reverseStep, .reverseNext, .reverseFinish, .reverseContinue, .lastChange, .nextChange: return .history
        case .saveLesson, .nextLessonStop, .previousLessonStop: return .history
        case .frameUp, .frameDown: return .stack
        case .focusNext, .focusPrevious, .toggleZoom, .toggleHeap, .toggleTeacherView, .moveUp, .moveDown, .moveLeft, .moveRight,
             .pageUp, .pageDown, .moveHome, .moveEnd, .activate: return .panes
        case .interrupt, .help, .toggleTheme, .redraw, .quit: return .program
        }
    }

    /// What the help screen says the command does.
    var summary: String {
        switch self {
        case .stepInto: return "step into: run one line, entering calls"
        case .stepOver: return "step over: run one line, calls run to their end"
        case .stepOut: return "step out: run until the current function returns"
        case .continueRunning: return "continue to the next breakpoint or the end"
        case .runToCursor: return "run to the source cursor's line"
        case .stepExpression: return "small step: the next part of the line, with its value"
        case .toggleBreakpoint: return "set or clear a breakpoint at the cursor's line"
        case .prompt: return "prompt: EXPR or p EXPR evaluates in the selected frame"
        case .addWatch: return "watch an expression (* marks a change at a stop)"
        case .breakpointList: return "breakpoints: enable, condition, ignore count, clear"
        case .toggleQuiz: return "quiz: predict names before each step, then see"
        case .stepBack: return "undo: back to the previous stop"
        case .reverseStep: return "reverse step: one event back, into whatever frame"
        case .reverseNext: return "reverse next: the previous line of this function"
        case .reverseFinish: return "reverse finish: back to the calling line"
        case .reverseContinue: return "reverse continue: back to the previous breakpoint hit"
        case .lastChange: return "back to the line that last changed the selected binding"
        case .nextChange: return "forward to the next change of the selected binding"
        case .saveLesson: return "save the session for scopewalk replay"
        case .nextLessonStop: return "replayed session: the teacher's next stop"
        case .previousLessonStop: return "replayed session: the teacher's previous stop"
        case .stepForward: return "step forward in history"
        case .restart: return "restart the program"
        case .frameUp: return "select the caller's frame (up the stack)"
        case .frameDown: return "select the callee's frame (down the stack)"
        case .focusNext: return "focus the next pane (cycles the maximised one)"
        case .focusPrevious: return "focus the previous pane"
        case .toggleZoom: return "maximise the focused pane, or restore the layout"
        case .toggleHeap: return "heap pane: objects and who refers to them"
        case .toggleTeacherView: return "teacher view: only source, scopes, cells, high contrast"
        case .moveUp: return "move up / scroll up"
        case .moveDown: return "move down / scroll down"
        case .moveLeft: return "scroll left"
        case .moveRight: return "scroll right"
        case .pageUp: return "page up"
        case .pageDown: return "page down"
        case .moveHome: return "go to the top"
        case .moveEnd: return "go to the bottom"
        case .activate: return "show or hide the whole value under the cursor"
        case .interrupt: return "pause the running program"
        case .help: return "show or hide the list of keys"
        case .toggleTheme: return "high-contrast theme for projectors on or off"
        case .redraw: return "redraw the screen"
        case .quit: return "quit"
        }
    }

    /// The one-word name on the hint line.
    var hintName: String {
        switch self {
        case .stepInto: return "into"
        case .stepOver: return "over"
        case .stepOut: return "out"
        case .continueRunning: return "continue"
        case .runToCursor: return "to cursor"
        case .stepExpression: return "expr"
        case .toggleBreakpoint: return "break"
        case .stepBack: return "undo"
        case .reverseStep: return "back"
        case .reverseNext: return "back over"
        case .reverseFinish: return "back out"
        case .reverseContinue: return "back continue"
        case .lastChange: return "last change"
        case .nextChange: return "next change"
        case .saveLesson: return "save"
        case .nextLessonStop: return "next stop"
        case .previousLessonStop: return "previous stop"
        case .stepForward: return "forward"
        case .restart: return "restart"
        case .frameUp: return "up"
        case .frameDown: return "down"
        case .focusNext: return "pane"
        case .toggleZoom: return "zoom"
        case .toggleHeap: return "heap"
        case .toggleTeacherView: return "teacher view"
        case .prompt: return "eval"
        case .addWatch: return "watch"
        case .breakpointList: return "breakpoints"
        case .toggleQuiz: return "quiz"
        case .help: return "help"
        case .quit: return "quit"
        default: return summary
        }
    }

    /// Maps to the session command it starts, if it is one.
    func debugCommand(cursorLine: Int) -> DebugCommand? {
        switch self {
        case .stepInto: return .stepInto
        case .stepOver: return .stepOver
        case .stepOut: return .stepOut
        case .continueRunning: return .continue
        case .runToCursor: return .runToLine(cursorLine)
        case .stepExpression: return .stepExpression
        case .stepBack: return .stepBack
        case .reverseStep: return .reverse(.step)
        case .reverseNext: return .reverse(.next)
        case .reverseFinish: return .reverse(.finish)
        case .reverseContinue: return .reverse(.continueBack)
        case .stepForward: return .stepForward
        case .restart: return .restart
        default: return nil
        }
    }
}
