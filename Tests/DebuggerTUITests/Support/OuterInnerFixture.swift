// Hand-built snapshots of the classroom program, stop by stop: outer()
// makes a cell for `message`, inner() reads it after outer has returned.
import Interpreter

enum OuterInner {
    static let source = [
        "def outer():",
        "    message = 'Hello, World!'",
        "    def inner():",
        "        print(message)  # a free variable",
        "    return inner",
        "",
        "greet = outer()",
        "greet()",
        "name = input('Name? ')",
        "print('Hi', name)",
    ]

    static let innerFunction = "<function outer.<locals>.inner at 0x7f3a>"
    static let outerFunction = "<function outer at 0x7f10>"

    static func cell(contents: String?, finished: Bool, held: Bool, change: ChangeKind? = nil) -> CellInfo {
        CellInfo(label: "c1", variable: "message", contents: contents, typeName: contents == nil ? nil : "str",
                 creator: "outer", creatorFinished: finished,
                 heldBy: held ? [CellHolder(function: "outer.<locals>.inner", index: 0)] : [], change: change)
    }

    static func snapshot(step: Int, line: Int, event: String = "line", state: RunState = .paused,
                         stack: [(String, Int)], scopes: ScopesView, cells: [CellInfo] = [],
                         narration: String = "", output: String = "", returnValue: String? = nil) -> DebugSnapshot {
        let frames = stack.enumerated().map { FrameInfo(function: $0.element.0, line: $0.element.1, isSelected: $0.offset == stack.count - 1) }
        return DebugSnapshot(filename: "greet.py", sourceLines: source, state: state, step: step, event: event,
                             line: line, stack: frames, selectedFrame: max(0, frames.count - 1), scopes: scopes,
                             cells: cells, effects: StepEffects(narration: narration), output: output,
                             exception: nil, breakpoints: [], returnValue: returnValue)
    }

    static let builtins = ["print", "input", "len", "range", "str", "int", "list", "dict"]

    static func module(_ globals: [Binding]) -> ScopesView {
        ScopesView(local: globals, global: globals, builtins: builtins, isModuleFrame: true)
    }

    /// Paused in inner() at `print(message)`: message is free, its cell c1
    /// made by outer, which has returned (or not, for `finished: false`).
    static func pausedInInner(finished: Bool = true) -> DebugSnapshot {
        let message = EnclosingBinding(
            binding: Binding(name: "message", value: "'Hello, World!'", typeName: "str", cellLabel: "c1"),
            owner: "outer")
        let globals = [Binding(name: "outer", value: outerFunction, typeName: "function"),
                       Binding(name: "greet", value: innerFunction, typeName: "function")]
        return snapshot(step: 9, line: 4, event: "line", stack: [("<module>", 8), ("outer.<locals>.inner", 4)],
                        scopes: ScopesView(local: [], enclosing: [message], global: globals, builtins: builtins),
                        cells: [cell(contents: "'Hello, World!'", finished: finished, held: true)],
                        narration: "inner reads message: not local, found in the enclosing scope of outer via its cell")
    }

    /// Every stop of a run, from not started to finished (input "Ada").
    static var run: [DebugSnapshot] {
        let outerBinding = Binding(name: "outer", value: outerFunction, typeName: "function")
        let greet = Binding(name: "greet", value: innerFunction, typeName: "function")
        let name = Binding(name: "name", value: "'Ada'", typeName: "str")
        var notStarted = snapshot(step: 0, line: 0, state: .notStarted, stack: [], scopes: ScopesView())
        notStarted.event = ""
        var inner = pausedInInner()
        inner.step = 8
        let finishedGlobals = [outerBinding, greet, name]
        return [
            notStarted,
            snapshot(step: 1, line: 1, stack: [("<module>", 1)], scopes: module([])),
            snapshot(step: 2, line: 7, stack: [("<module>", 7)], scopes: module([withChange(outerBinding, .new)]),
                     narration: "<module> binds outer: a new global"),
            snapshot(step: 3, line: 2, event: "call", stack: [("<module>", 7), ("outer", 2)],
                     scopes: ScopesView(local: [Binding(name: "message", value: "", typeName: "", isUnbound: true, cellLabel: "c1"),
                                               Binding(name: "inner", value: "", typeName: "", isUnbound: true)],
                                        global: [outerBinding], builtins: builtins),
                     cells: [cell(contents: nil, finished: false, held: false, change: .new)],
                     narration: "outer is called: message will live in cell c1, because inner uses it"),
            snapshot(step: 4, line: 3, stack: [("<module>", 7), ("outer", 3)],
                     scopes: ScopesView(local: [Binding(name: "message", value: "'Hello, World!'", typeName: "str", cellLabel: "c1", change: .new),
                                               Binding(name: "inner", value: "", typeName: "", isUnbound: true)],
                                        global: [outerBinding], builtins: builtins),
                     cells: [cell(contents: "'Hello, World!'", finished: false, held: false, change: .rebound)],
                     narration: "outer stores message in its cell c1"),
            snapshot(step: 5, line: 5, stack: [("<module>", 7), ("outer", 5)],
                     scopes: ScopesView(local: [Binding(name: "message", value: "'Hello, World!'", typeName: "str", cellLabel: "c1"),
                                               Binding(name: "inner", value: innerFunction, typeName: "function", change: .new)],
                                        global: [outerBinding], builtins: builtins),
                     cells: [cell(contents: "'Hello, World!'", finished: false, held: true)],
                     narration: "outer makes inner; inner.__closure__[0] is cell c1"),
            snapshot(step: 6, line: 5, event: "return", stack: [("<module>", 7), ("outer", 5)],
                     scopes: ScopesView(local: [Binding(name: "message", value: "'Hello, World!'", typeName: "str", cellLabel: "c1"),
                                               Binding(name: "inner", value: innerFunction, typeName: "function")],
                                        global: [outerBinding], builtins: builtins),
                     cells: [cell(contents: "'Hello, World!'", finished: false, held: true)],
                     narration: "outer returns inner", returnValue: innerFunction),
            snapshot(step: 7, line: 8, stack: [("<module>", 8)], scopes: module([outerBinding, withChange(greet, .new)]),
                     cells: [cell(contents: "'Hello, World!'", finished: true, held: true)],
                     narration: "outer has finished, but cell c1 lives on in inner.__closure__"),
            inner,
            snapshot(step: 9, line: 9, state: .waitingForInput, stack: [("<module>", 9)], scopes: module([outerBinding, greet]),
                     cells: [cell(contents: "'Hello, World!'", finished: true, held: true)],
                     output: "Hello, World!\nName? "),
            snapshot(step: 10, line: 10, stack: [("<module>", 10)], scopes: module([outerBinding, greet, withChange(name, .new)]),
                     cells: [cell(contents: "'Hello, World!'", finished: true, held: true)],
                     narration: "<module> binds name: a new global", output: "Hello, World!\nName? Ada\n"),
            snapshot(step: 11, line: 10, state: .finished(exitCode: 0), stack: [], scopes: module(finishedGlobals),
                     output: "Hello, World!\nName? Ada\nHi Ada\n"),
        ]
    }

    static func withChange(_ binding: Binding, _ change: ChangeKind) -> Binding {
        var changed = binding
        changed.change = change
        return changed
    }
}
