// The inspection model: everything a front end (the scripted `scopewalk
// debug`, the full-screen TUI) may show about a paused program, as plain
// value types. Front ends never touch VM objects; the debugger core builds
// one DebugSnapshot per stop.

public enum ResolvedScope: String, Sendable, Equatable, Codable {
    case local, cell, free, global, builtin
}

public enum ChangeKind: String, Sendable, Equatable, Codable {
    /// The name had no binding before this step.
    case new
    /// The name now refers to another object.
    case rebound
    /// Same object, its contents changed (list.append, dict store...).
    case mutated
}

/// One name in one scope.
public struct Binding: Sendable, Equatable, Codable {
    public var name: String
    /// repr() of the value, capped; "" when unbound.
    public var value: String
    public var typeName: String
    /// A local the compiler knows about but that has no value yet: reading it
    /// now raises UnboundLocalError.
    public var isUnbound: Bool
    /// For cell and free variables: the label of the cell ("c1").
    public var cellLabel: String?
    /// Set when the last step changed this binding.
    public var change: ChangeKind?
    /// "#3" when another name, cell or attribute shown refers to the same
    /// object (the label is the same in every replay of the run).
    public var alias: String?
    /// "#3": the heap label of the value when it is an object the heap
    /// shows as a box (containers, instances, functions...), nil for
    /// numbers, strings, None and classes.
    public var objectLabel: String?
    /// The repr before addresses became labels: what change marks compare
    /// (labels are numbered when first shown, so an unshown frame's values
    /// are recorded without them).
    var reprWithoutLabels = ""
    public init(name: String, value: String, typeName: String, isUnbound: Bool = false, cellLabel: String? = nil, change: ChangeKind? = nil) {
        self.name = name
        self.value = value
        self.typeName = typeName
        self.isUnbound = isUnbound
        self.cellLabel = cellLabel
        self.change = change
    }
}

extension Binding {
    /// "#3 [1, 2]": a value with its heap label in front, unless the repr
    /// already ends in it (`<function f #3>`, `<__main__.P object #4>`).
    public static func labelled(_ value: String, _ label: String?) -> String {
        guard let label, !Binding.reprNames(value, label) else { return value }
        return label + " " + value
    }

    /// The repr already carries the label (addresses become labels).
    public static func reprNames(_ value: String, _ label: String) -> Bool {
        value.contains(label + ">")
    }
}

/// A free variable of the selected frame, with the function whose cell it is.
public struct EnclosingBinding: Sendable, Equatable, Codable {
    public var binding: Binding
    /// qualname of the function that created the cell ("outer").
    public var owner: String
    public init(binding: Binding, owner: String) {
        self.binding = binding
        self.owner = owner
    }
}

/// The selected frame's scopes in LEGB order.
public struct ScopesView: Sendable, Equatable, Codable {
    public var local: [Binding]
    public var enclosing: [EnclosingBinding]
    public var global: [Binding]
    /// Builtin names (collapsed in the UI).
    public var builtins: [String]
    /// True when the selected frame is the module frame (Local == Global).
    public var isModuleFrame: Bool
    public init(local: [Binding] = [], enclosing: [EnclosingBinding] = [], global: [Binding] = [], builtins: [String] = [], isModuleFrame: Bool = false) {
        self.local = local
        self.enclosing = enclosing
        self.global = global
        self.builtins = builtins
        self.isModuleFrame = isModuleFrame
    }
}

public struct FrameInfo: Sendable, Equatable, Codable {
    /// qualname: "<module>", "outer", "outer.<locals>.inner".
    public var function: String
    public var line: Int
    public var isSelected: Bool
    public init(function: String, line: Int, isSelected: Bool) {
        self.function = function
        self.line = line
        self.isSelected = isSelected
    }
}

public struct CellHolder: Sendable, Equatable, Codable {
    /// qualname of the function object holding the cell in __closure__.
    public var function: String
    /// Index in that function's __closure__.
    public var index: Int
    public init(function: String, index: Int) {
        self.function = function
        self.index = index
    }
}

public struct CellInfo: Sendable, Equatable, Codable {
    /// Short, stable for the cell's life: "c1", "c2"...
    public var label: String
    /// The variable name the cell stands for.
    public var variable: String
    /// repr of the contents; nil when the cell is empty.
    public var contents: String?
    public var typeName: String?
    /// qualname of the frame's function that created the cell.
    public var creator: String
    /// The creating frame has returned (the cell outlives it).
    public var creatorFinished: Bool
    public var heldBy: [CellHolder]
    public var change: ChangeKind?
    /// "#3" when a name or another cell refers to the same object as the contents.
    public var alias: String?
    /// The heap label of the contents (see Binding.objectLabel).
    public var objectLabel: String?
    /// See Binding.reprWithoutLabels.
    var reprWithoutLabels = ""
    public init(label: String, variable: String, contents: String?, typeName: String?, creator: String, creatorFinished: Bool, heldBy: [CellHolder], change: ChangeKind? = nil) {
        self.label = label
        self.variable = variable
        self.contents = contents
        self.typeName = typeName
        self.creator = creator
        self.creatorFinished = creatorFinished
        self.heldBy = heldBy
        self.change = change
    }
}

public struct NameAccess: Sendable, Equatable, Codable {
    public var name: String
    public var scope: ResolvedScope
    public var isWrite: Bool
    /// A comprehension's own iteration variable (hidden once it ends).
    public var isComprehensionVariable = false
    /// A `del`: the name is unbound, not bound.
    public var isDelete = false
    public init(name: String, scope: ResolvedScope, isWrite: Bool) {
        self.name = name
        self.scope = scope
        self.isWrite = isWrite
    }
}

public struct BindingChange: Sendable, Equatable, Codable {
    public var name: String
    public var scope: ResolvedScope
    public var kind: ChangeKind
    public init(name: String, scope: ResolvedScope, kind: ChangeKind) {
        self.name = name
        self.scope = scope
        self.kind = kind
    }
}

/// What the last step did to names.
public struct StepEffects: Sendable, Equatable, Codable {
    public var accesses: [NameAccess]
    public var changes: [BindingChange]
    /// One line for the status bar: "inner reads message: not local, found in
    /// the enclosing scope of outer via its cell".
    public var narration: String
    public init(accesses: [NameAccess] = [], changes: [BindingChange] = [], narration: String = "") {
        self.accesses = accesses
        self.changes = changes
        self.narration = narration
    }
}

public struct TracebackEntry: Sendable, Equatable, Codable {
    public var function: String
    public var line: Int
    public init(function: String, line: Int) {
        self.function = function
        self.line = line
    }
}

public struct ExceptionInfo: Sendable, Equatable, Codable {
    public var typeName: String
    public var message: String
    /// Outermost first, as Python prints it.
    public var traceback: [TracebackEntry]
    /// The program cannot continue (uncaught): post-mortem.
    public var isUncaught: Bool
    public init(typeName: String, message: String, traceback: [TracebackEntry], isUncaught: Bool) {
        self.typeName = typeName
        self.message = message
        self.traceback = traceback
        self.isUncaught = isUncaught
    }
}

public enum RunState: Sendable, Equatable, Codable {
    case notStarted
    case paused
    case running
    case waitingForInput
    case finished(exitCode: Int32)
    case exception
}

public struct Breakpoint: Sendable, Equatable, Codable {
    public var line: Int
    public var condition: String?
    public var hits: Int
    public var enabled: Bool
    /// pdb's `ignore N`: hits (with the condition true) passed over before it stops.
    public var ignoreCount: Int
    public init(line: Int, condition: String? = nil, hits: Int = 0, enabled: Bool = true, ignoreCount: Int = 0) {
        self.line = line
        self.condition = condition
        self.hits = hits
        self.enabled = enabled
        self.ignoreCount = ignoreCount
    }
}

/// Everything shown at one stop.
public struct DebugSnapshot: Sendable, Equatable, Codable {
    public var filename: String
    public var sourceLines: [String]
    public var state: RunState
    /// Events executed so far (the position in history).
    public var step: Int
    /// The current event: "call", "line", "return", "exception".
    public var event: String
    /// The line of the innermost frame (0 before start).
    public var line: Int
    /// Outermost first.
    public var stack: [FrameInfo]
    public var selectedFrame: Int
    public var scopes: ScopesView
    public var cells: [CellInfo]
    public var effects: StepEffects
    /// All program output so far (stdout and stderr interleaved).
    public var output: String
    public var exception: ExceptionInfo?
    public var breakpoints: [Breakpoint]
    /// Return value repr on a "return" event.
    public var returnValue: String?
    /// A stop inside the line (expression stepping).
    public var expressionStop: ExpressionStop? = nil

    public init(filename: String, sourceLines: [String], state: RunState, step: Int, event: String, line: Int, stack: [FrameInfo], selectedFrame: Int, scopes: ScopesView, cells: [CellInfo], effects: StepEffects, output: String, exception: ExceptionInfo?, breakpoints: [Breakpoint], returnValue: String? = nil) {
        self.filename = filename
        self.sourceLines = sourceLines
        self.state = state
        self.step = step
        self.event = event
        self.line = line
        self.stack = stack
        self.selectedFrame = selectedFrame
        self.scopes = scopes
        self.cells = cells
        self.effects = effects
        self.output = output
        self.exception = exception
        self.breakpoints = breakpoints
        self.returnValue = returnValue
    }
}
