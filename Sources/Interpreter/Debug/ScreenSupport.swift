// What the full-screen front end asks beyond the snapshot: the file of each
// frame and its lines, the parts of an object (to open it up in the Scopes
// pane), breakpoint enable/ignore, and where a breakpoint on a line without
// code really goes. Every question is answered only while the program is
// parked or done, like `evaluate`.

/// One part of an object: an attribute, an item, a key's value.
public struct ObjectChild: Sendable, Equatable {
    /// "name", "[0]", "['key']", "{0}", "__closure__[0]".
    public var name: String
    public var value: String
    public var typeName: String
    /// It can be opened in turn.
    public var hasChildren: Bool
    /// Found on the class (a method, a class attribute), not the instance.
    public var isClassAttribute: Bool
    /// "#3" when a name or cell shown at this stop refers to the same object.
    public var alias: String?
    /// The part's heap label (see Binding.objectLabel).
    public var objectLabel: String?
    public init(name: String, value: String, typeName: String, hasChildren: Bool, isClassAttribute: Bool = false) {
        self.name = name
        self.value = value
        self.typeName = typeName
        self.hasChildren = hasChildren
        self.isClassAttribute = isClassAttribute
    }
}

/// A window (a page) of an object's parts, and how many there are in all.
public struct ObjectChildren: Sendable, Equatable {
    public var children: [ObjectChild]
    public var total: Int
    public init(children: [ObjectChild], total: Int) {
        self.children = children
        self.total = total
    }
}

extension Debugger {
    /// The file of each frame of the stop, outermost first (`code.filename`).
    public func frameFilenames() -> [String] {
        guard let r = run, r.isParked || r.isDone else { return [] }
        return r.stackFrames.map { $0.code.filename }
    }

    /// The lines of a file the program ran (the main program or a module it imported).
    public func sourceLines(ofFile file: String) -> [String]? {
        if file == filename { return sourceLines }
        guard let r = run, r.isParked || r.isDone else { return nil }
        return r.vm.sourceLines(of: file)
    }

    /// The line a breakpoint asked for at `line` lands on: that line when it
    /// has code, else the next line with code (as pdb does), nil when none follows.
    public func breakpointLine(for line: Int) -> Int? {
        guard let lines = run?.executableLines, !lines.isEmpty else { return line }
        return lines.filter { $0 >= line }.min()
    }

    public func setBreakpointEnabled(line: Int, enabled: Bool) {
        guard breakpoints[line] != nil else { return }
        breakpoints[line]?.enabled = enabled
        syncBreakpoints()
    }

    /// pdb's `ignore`: the breakpoint passes over its first `count` hits
    /// (with the condition true) in the run, then stops.
    public func setBreakpointIgnoreCount(line: Int, count: Int) {
        guard breakpoints[line] != nil else { return }
        breakpoints[line]?.ignoreCount = max(0, count)
        syncBreakpoints()
    }

    /// The parts of the object `expression` (evaluated in the selected frame)
    /// reaches by `path` (indices into successive part lists), from `offset`,
    /// at most `limit`. Nil when it cannot be evaluated or has no parts.
    public func children(of expression: String, path: [Int], offset: Int, limit: Int) -> ObjectChildren? {
        guard let r = run, r.isParked || r.isDone else { return nil }
        let vm = r.vm
        guard var value = try? vm.evaluate(expression, in: r.selectedFrameObject) else { return nil }
        for index in path {
            let parts = ObjectParts(vm: vm, value: value)
            guard parts.values.indices.contains(index) else { return nil }
            value = parts.values[index]
        }
        let parts = ObjectParts(vm: vm, value: value)
        let start = min(max(0, offset), parts.values.count)
        let end = min(parts.values.count, start + max(0, limit))
        let insp = r.inspector
        let window = (start..<end).map { i -> ObjectChild in
            let v = parts.values[i]
            let label = insp.objectLabel(v)
            var child = ObjectChild(name: parts.name(i), value: insp.shown(v, limit: 240), typeName: vm.typeOf(v).name,
                                    hasChildren: !ObjectParts(vm: vm, value: v, countOnly: true).isEmpty,
                                    isClassAttribute: i >= parts.classStart)
            if case .object(let o) = v { child.alias = r.aliasLabels[ObjectIdentifier(o)] }
            child.objectLabel = label ?? child.alias
            return child
        }
        return ObjectChildren(children: window, total: parts.values.count)
    }
}

/// The parts of one value, in a fixed order: an instance's attributes then
/// its classes' (dunders left out), a sequence's items, a dict's values by
/// key, a set's elements, a function's closure cells, a cell's contents.
struct ObjectParts {
    private(set) var values: [Value] = []
    private var names: [String] = []
    private var keys: [Value] = []
    private var nameStyle = NameStyle.given
    /// Index of the first part that lives on the class.
    private(set) var classStart = Int.max
    private let vm: VM

    private enum NameStyle { case given, index, key, element }

    var isEmpty: Bool { values.isEmpty }

    init(vm: VM, value: Value, countOnly: Bool = false) {
        self.vm = vm
        guard case .object(let o) = value else { return }
        switch o.kind {
        case .list:
            values = unsafeDowncast(o, to: PyList.self).items
            nameStyle = .index
        case .tuple:
            values = unsafeDowncast(o, to: PyTuple.self).items
            nameStyle = .index
        case .dict:
            let d = unsafeDowncast(o, to: PyDict.self)
            for i in 0..<d.slotCount {
                guard let (k, v) = d.entry(at: i) else { continue }
                keys.append(k)
                values.append(v)
                if countOnly { return }
            }
            nameStyle = .key
        case .set, .frozenset:
            let s = unsafeDowncast(o, to: PySet.self)
            for i in 0..<s.slotCount {
                if let x = s.slot(at: i) { values.append(x) }
                if countOnly && !values.isEmpty { return }
            }
            nameStyle = .element
        case .instance:
            let instance = unsafeDowncast(o, to: PyInstance.self)
            add(instance.dict.items)
            if countOnly && !values.isEmpty { return }
            addClassAttributes(instance.cls)
        case .exception:
            let e = unsafeDowncast(o, to: PyExceptionObject.self)
            names.append("args")
            values.append(.object(PyTuple(e.args)))
            add(e.dict.items)
        case .type:
            add(unsafeDowncast(o, to: PyType.self).dict.items.filter { !Self.isDunder($0.0) })
        case .function:
            let f = unsafeDowncast(o, to: PyFunction.self)
            for (i, c) in f.closure.enumerated() {
                names.append("__closure__[\(i)]")
                values.append(.object(c))
            }
        case .cell:
            if let contents = unsafeDowncast(o, to: Cell.self).contents {
                names.append("cell_contents")
                values.append(contents)
            }
        default:
            break
        }
    }

    private mutating func add(_ items: [(String, Value)]) {
        for (name, v) in items {
            names.append(name)
            values.append(v)
        }
    }

    /// Methods and class attributes, nearest class first, each name once.
    private mutating func addClassAttributes(_ cls: PyType) {
        var seen = Set(names)
        classStart = values.count
        for type in (cls.mro.isEmpty ? [cls] : cls.mro) where !type.isBuiltin {
            for (name, v) in type.dict.items where !Self.isDunder(name) && seen.insert(name).inserted {
                names.append(type === cls ? name : "\(type.name).\(name)")
                values.append(v)
            }
        }
        if classStart == values.count { classStart = Int.max }
    }

    /// The bookkeeping a class body leaves in its namespace; `__init__` and
    /// other methods the program wrote stay.
    private static let classBookkeeping: Set<String> = [
        "__module__", "__qualname__", "__doc__", "__dict__", "__weakref__", "__firstlineno__",
        "__static_attributes__", "__classcell__", "__slots__",
    ]

    private static func isDunder(_ name: String) -> Bool { classBookkeeping.contains(name) }

    func name(_ i: Int) -> String {
        switch nameStyle {
        case .given: return names[i]
        case .index: return "[\(i)]"
        case .key: return "[\(vm.boundedRepr(keys[i], limit: 60))]"
        case .element: return "{\(i)}"
        }
    }
}
