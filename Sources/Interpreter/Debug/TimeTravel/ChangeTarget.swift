// What `last EXPR` / `next-change EXPR` watch: a name resolved in the
// selected frame by LEGB (a local of that frame, a closure cell, a global),
// then attributes and items (`box.value`, `items[0]`). The place is
// described so that a re-run of the program finds it again: a frame by its
// depth (and, at the stop, by its serial), a cell by its serial (c1), a
// global by its name. Builtins never change and are not watched.

enum WatchedPlace {
    case local(depth: Int, name: String, function: String)
    case cell(serial: Int, name: String, owner: String)
    case global(name: String)
}

enum WatchedKey {
    case int(Int), str(String), bool(Bool), none

    var value: Value {
        switch self {
        case .int(let i): return .int(i)
        case .str(let s): return .object(PyStr(s))
        case .bool(let b): return .bool(b)
        case .none: return .none
        }
    }

    var source: String {
        switch self {
        case .int(let i): return String(i)
        case .str(let s): return "'" + s + "'"
        case .bool(let b): return b ? "True" : "False"
        case .none: return "None"
        }
    }
}

enum WatchedAccessor {
    case attribute(String)
    case item(WatchedKey)
}

struct ChangeTarget {
    var place: WatchedPlace
    var accessors: [WatchedAccessor]
    /// As the user wrote it, for sentences.
    var text: String

    /// "message in cell c1 (owned by outer)", "global total", "local count of f".
    var description: String {
        let head: String
        switch place {
        case .cell(let serial, let name, let owner): head = "\(name) in cell c\(serial) (owned by \(owner))"
        case .local(_, let name, let function): head = "local \(name) of \(function)"
        case .global(let name): head = "global \(name)"
        }
        if accessors.isEmpty { return head }
        return "\(text) (\(head))"
    }

    var headName: String {
        switch place {
        case .cell(_, let name, _), .local(_, let name, _), .global(let name): return name
        }
    }

    /// Splits `name(.attr | [index])*`; the index expressions are evaluated
    /// at the stop by `evaluateIndex` and must give an int, a str, a bool or None.
    static func parse(_ text: String, evaluateIndex: (String) throws -> Value, vm: VM) throws -> (String, [WatchedAccessor]) {
        let chars = Array(text.trimmingCharacters(in: " \t"))
        var i = 0
        func identifier() -> String {
            let start = i
            while i < chars.count, chars[i] == "_" || chars[i].isLetter || (i > start && chars[i].isNumber) { i += 1 }
            return String(chars[start..<i])
        }
        let head = identifier()
        guard !head.isEmpty else { throw ChangeSearchError("'\(text)' is not a name, name.attr or name[index]") }
        var accessors: [WatchedAccessor] = []
        while i < chars.count {
            if chars[i] == "." {
                i += 1
                let name = identifier()
                guard !name.isEmpty else { throw ChangeSearchError("a name must follow '.' in '\(text)'") }
                accessors.append(.attribute(name))
            } else if chars[i] == "[" {
                var depth = 0
                let start = i + 1
                while i < chars.count {
                    if chars[i] == "[" { depth += 1 } else if chars[i] == "]" { depth -= 1; if depth == 0 { break } }
                    i += 1
                }
                guard i < chars.count else { throw ChangeSearchError("'[' without ']' in '\(text)'") }
                let inner = String(chars[start..<i])
                i += 1
                let v = try evaluateIndex(inner)
                switch v {
                case .int(let n): accessors.append(.item(.int(n)))
                case .bool(let b): accessors.append(.item(.bool(b)))
                case .none: accessors.append(.item(.none))
                case .object(let o):
                    guard let s = o as? PyStr else { throw ChangeSearchError("the index '\(inner)' must be a number or a string") }
                    accessors.append(.item(.str(s.value)))
                default: throw ChangeSearchError("the index '\(inner)' must be a number or a string")
                }
            } else {
                throw ChangeSearchError("'\(text)' is not a name, name.attr or name[index]")
            }
        }
        return (head, accessors)
    }

    /// Resolves `head` in `frame` by LEGB (builtins excluded); without a
    /// frame (the program ended), in the program's globals.
    static func resolve(_ head: String, in frame: Frame?, vm: VM) throws -> WatchedPlace {
        if let frame, frame.code.kind != .module {
            let code = frame.code
            if code.cellvars.contains(head) || code.freevars.contains(head), let cell = frame.cell(named: head) {
                return .cell(serial: cell.serial, name: head, owner: cell.creatorName)
            }
            if code.varnames.contains(head) || (frame.classNamespace.map { ns in ns.pairs.contains { vm.strValue($0.key) == head } } ?? false) {
                return .local(depth: frame.depth, name: head, function: frame.qualname)
            }
        }
        guard frame == nil || frame!.globals === vm.globals else { throw ChangeSearchError("only the program's own globals are searched, not a module's") }
        if vm.globals[head] != nil || vm.globals.names.contains(head) { return .global(name: head) }
        throw ChangeSearchError("name '\(head)' is not bound in the selected frame (builtins never change)")
    }
}

struct ChangeSearchError: Error {
    let message: String
    init(_ message: String) { self.message = message }
}

/// What a watched place holds at one event, enough to tell a change.
struct WatchedState: Equatable {
    var identity: Int
    var repr: String
    /// An instance's attributes (its repr alone does not change with them).
    var attributes: String
}

extension ChangeTarget {
    /// The state of the target at an event of a run (nil: unbound, or the
    /// frame or cell does not exist (yet or any more)).
    func state(vm: VM, frameAtDepth: Frame?, cell: Cell?) -> WatchedState? {
        var value: Value?
        switch place {
        case .local(_, let name, _):
            guard let f = frameAtDepth else { return nil }
            if let ns = f.classNamespace {
                value = (try? ns.get(name, vm: vm)) ?? nil
            } else {
                value = f.boundLocals().first { $0.0 == name }?.1
            }
        case .cell: value = cell?.contents
        case .global(let name): value = vm.globals[name]
        }
        guard var v = value else { return nil }
        for a in accessors {
            do {
                switch a {
                case .attribute(let n): v = try vm.getAttribute(v, n)
                case .item(let k): v = try vm.getItem(v, k.value)
                }
            } catch { return nil }
        }
        var attributes = ""
        if case .object(let o) = v, !(o is PyType), !(o is PyFunction), let d = (try? vm.getAttributeOrNil(v, "__dict__")) ?? nil, case .object(let dict) = d, dict is PyDict {
            attributes = vm.boundedRepr(.object(dict), limit: 4000)
        }
        return WatchedState(identity: v.identity, repr: vm.boundedRepr(v, limit: 4000), attributes: attributes)
    }
}
