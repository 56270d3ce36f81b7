// Expression stepping (Thonny's "nicer" debugger, on the bytecode): stops
// before and after each sub-expression evaluation of the current line, in
// the order the bytecode evaluates them (CPython's order). An instruction's
// position (its expression's columns) says which part of the line it
// evaluates; the value it leaves on the stack, read at the next trap, says
// what that part came to.

final class ExpressionStepper {
    let traps = InstructionTraps()
    /// The frame being stepped (its line is trapped).
    private(set) weak var target: Frame?
    private var rewrite = LineRewrite("")
    /// The last value-making instruction: its value is on the stack at the next trap.
    private var pendingAfter: (range: SourceRange, kind: AfterKind, describe: (String) -> String)?
    enum AfterKind { case name, piece, value }
    /// A jump whose direction the next trap tells.
    private var pendingJump: (index: Int, target: Int, range: SourceRange, op: Opcode)?
    /// `a and b` went on to b: at `target` the stack holds the whole value.
    private var joins: [(target: Int, range: SourceRange)] = []

    var isArmed: Bool { traps.isArmed }

    /// Traps `frame`'s current line (nothing when it is not at a line).
    func arm(_ frame: Frame, line: Int, text: String) {
        finish()
        guard line > 0 else { return }
        traps.arm(frame, line: line)
        target = frame
        rewrite = LineRewrite(text)
    }

    static func unquoted(_ repr: String) -> String {
        guard repr.count >= 2, let q = repr.first, q == "'" || q == "\"", repr.last == q else { return repr }
        return String(repr.dropFirst().dropLast())
    }

    func isArmed(for frame: Frame) -> Bool { traps.isArmed && target === frame }

    /// Back to plain stepping: instructions restored, state dropped.
    func finish() {
        traps.disarm()
        target = nil
        pendingAfter = nil
        pendingJump = nil
        joins = []
    }

    private func columns(_ r: SourceRange) -> Range<Int>? {
        guard r.line == traps.line, r.endLine == traps.line, r.column >= 0, r.endColumn > r.column else { return nil }
        return r.column..<r.endColumn
    }

    private func text(_ r: SourceRange) -> String {
        guard let c = columns(r) else { return "…" }
        return rewrite.source(c)
    }

    private func stop(_ phase: ExpressionStop.Phase, _ range: SourceRange?, value: String?, narration: String) -> ExpressionStop {
        let (line, hl) = rewrite.render(highlight: range.flatMap(columns))
        return ExpressionStop(phase: phase, line: traps.line, rewritten: line, highlight: hl,
                              expression: range.map(text) ?? "", value: value, narration: narration)
    }

    /// The stops before the trapped instruction `ins` at `index` runs: the
    /// value the previous one made, a jump's direction, then this one's own.
    func stops(before ins: Instruction, at index: Int, frame: Frame, shown: (Value) -> String) -> [ExpressionStop] {
        var out: [ExpressionStop] = []
        let code = frame.code
        let top: Value? = frame.sp > 0 ? frame.top() : nil
        func short(_ v: Value) -> String { shown(v) }
        if let j = pendingJump {
            pendingJump = nil
            // Falling through runs the next instruction; a target may be an
            // instruction without a line (not trapped): any other is a jump.
            let taken = index != j.index + 1
            switch j.op {
            case .jumpIfFalseOrPop, .jumpIfTrueOrPop:
                let word = j.op == .jumpIfFalseOrPop ? "and" : "or"
                let stopsHere = taken
                if stopsHere, let v = top {
                    let r = short(v)
                    if let c = columns(j.range) { rewrite.record(c, r) }
                    out.append(stop(.after, j.range, value: r, narration: "`\(word)` stops at a \(word == "and" ? "false" : "true") operand: \(text(j.range)) → \(r)"))
                } else {
                    joins.append((j.target, j.range))
                    out.append(stop(.decision, j.range, value: nil, narration: "the operand is \(word == "and" ? "true" : "false"): `\(word)` goes on to the next one"))
                }
            default:
                let truth: Bool
                switch j.op {
                case .popJumpIfFalse: truth = !taken
                case .popJumpIfTrue: truth = taken
                case .popJumpIfNone: truth = !taken
                default: truth = taken
                }
                let what = j.op == .popJumpIfNone || j.op == .popJumpIfNotNone ? (truth ? "is not None" : "is None") : (truth ? "is true" : "is false")
                out.append(stop(.decision, j.range, value: nil, narration: "\(text(j.range)) \(what)"))
            }
        }
        if let p = pendingAfter, let v = top {
            pendingAfter = nil
            let r = short(v)
            if let c = columns(p.range) {
                switch p.kind {
                // A function or class keeps its name in the line (its repr says less).
                case .name: if !r.hasPrefix("<") { rewrite.record(c, r) }
                // A formatted piece is text inside the string: no quotes.
                case .piece: rewrite.record(c, ExpressionStepper.unquoted(r))
                case .value: rewrite.record(c, r)
                }
            }
            out.append(stop(.after, p.range, value: r, narration: p.describe(r)))
        }
        pendingAfter = nil
        // Nested and/or ending at the same place: the innermost first.
        while let k = joins.lastIndex(where: { index >= $0.target }), let v = top {
            let j = joins.remove(at: k)
            let r = short(v)
            if let c = columns(j.range) { rewrite.record(c, r) }
            out.append(stop(.after, j.range, value: r, narration: "\(text(j.range)) → \(r)"))
        }
        let range = index < code.positions.count ? code.positions[index] : SourceRange(line: 0, column: 0, endLine: 0, endColumn: 0)
        let arg = Int(ins.arg)
        let src = text(range)
        func leaf(_ name: String, _ scope: String) {
            pendingAfter = (range, .name, { "\(name) → \($0)  (\(scope))" })
        }
        switch ins.op {
        case .loadFast, .loadFastCheck:
            leaf(code.varnames[arg], "Local")
        case .loadDeref, .loadFromDictOrDeref:
            let cell = frame.cells[arg]
            let own = arg < code.cellvars.count || arg >= code.cellvars.count + code.freevars.count
            leaf(cell.variable, own ? "Local, cell c\(cell.serial)" : "Enclosing (\(cell.creatorName)), cell c\(cell.serial)")
        case .loadGlobal:
            let g = frame.globals
            let name = arg < g.names.count ? g.names[arg] : "?"
            leaf(name, g.values[arg] != nil ? "Global" : "Builtin")
        case .loadName:
            let name = code.names[arg]
            let scope: String
            if frame.classNamespace != nil { scope = "class body or further out" } else { scope = frame.globals[name] != nil ? "Global" : "Builtin" }
            leaf(name, scope)
        case .buildList where arg == 0, .buildSet where arg == 0, .buildMap where arg == 0:
            break  // a comprehension's (or a starred display's) empty start
        case .loadAttr, .binarySubscr, .binarySlice, .binaryOp, .inplaceOp, .unaryNegative, .unaryPositive, .unaryInvert, .unaryNot,
             .compareOp, .isOp, .containsOp, .formatSimple, .formatWithSpec, .buildString, .buildList, .buildTuple, .buildSet, .buildMap:
            // The operands are values now: show the part, then what it came to.
            let shape = columns(range).map { _ in stop(.before, range, value: nil, narration: "") }
            let now = shape.flatMap { s in s.highlight.map { Array(s.rewritten)[$0].map(String.init).joined() } } ?? src
            out.append(stop(.before, range, value: nil, narration: "evaluating \(src)" + (now != src ? ": \(now)" : "")))
            let piece = ins.op == .formatSimple || ins.op == .formatWithSpec
            pendingAfter = (range, piece ? .piece : .value, { piece ? "\(src) → \($0) (formatted into the string)" : "\(src) → \($0)" })
        case .call, .callKw, .callFunctionEx:
            let shape = stop(.before, range, value: nil, narration: "")
            let now = shape.highlight.map { Array(shape.rewritten)[$0].map(String.init).joined() } ?? src
            out.append(stop(.before, range, value: nil, narration: "calling \(now)"))
            pendingAfter = (range, .value, { "\(src) returned \($0)" })
        case .storeFast, .storeDeref, .storeGlobal, .storeName, .storeAttr, .storeSubscr:
            let value: Value?
            switch ins.op {
            case .storeAttr: value = frame.sp >= 2 ? frame.peek(2) : nil
            case .storeSubscr: value = frame.sp >= 3 ? frame.peek(3) : nil
            default: value = top
            }
            let where_: String
            switch ins.op {
            case .storeFast: where_ = "Local"
            case .storeDeref:
                let cell = frame.cells[arg]
                where_ = "cell c\(cell.serial)" + (cell.creatorName != frame.qualname ? " of \(cell.creatorName)" : "")
            case .storeGlobal: where_ = "Global"
            case .storeName: where_ = frame.classNamespace != nil ? "class body" : "Global"
            case .storeAttr: where_ = "attribute"
            default: where_ = "item"
            }
            let r = value.map(short) ?? "?"
            out.append(stop(.bind, range, value: r, narration: "\(src) ← \(r)  (\(where_))"))
        case .jumpIfFalseOrPop, .jumpIfTrueOrPop, .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone, .popJumpIfNotNone:
            pendingJump = (index, arg, range, ins.op)
        default:
            break
        }
        return out
    }
}
