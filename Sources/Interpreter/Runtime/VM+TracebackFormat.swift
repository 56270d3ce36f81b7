// The text CPython 3.13 prints for an uncaught exception: its chain (cause,
// context), and for an exception group the boxed tree of its members
// (traceback.py's TracebackException.format with _ExceptionPrintContext).

extension VM {
    public func formatTraceback(_ exc: PyExceptionObject) -> String {
        var seen = Set<ObjectIdentifier>()
        var ctx = GroupPrintContext()
        return formatChain(exc, &seen, &ctx)
    }

    /// Where the printing is inside nested groups: each level indents by
    /// two columns and draws a margin.
    struct GroupPrintContext {
        var depth = 0
        var needClose = false
        var indent: String { repeatString(" ", count: 2 * depth) }

        /// Every line of `text` behind the indent and the margin character.
        func emit(_ text: String, margin: Character = "|") -> String {
            if text.isEmpty { return "" }
            let prefix = depth > 0 ? indent + String(margin) + " " : indent
            if prefix.isEmpty { return text }
            var out = ""
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
                out += prefix + line + "\n"
            }
            if !text.hasSuffix("\n") { out.removeLast() }
            return out
        }
    }

    static let maxGroupWidth = 15, maxGroupDepth = 10

    private func formatChain(_ exc: PyExceptionObject, _ seen: inout Set<ObjectIdentifier>, _ ctx: inout GroupPrintContext) -> String {
        seen.insert(ObjectIdentifier(exc))
        var out = ""
        if let cause = exc.cause, !seen.contains(ObjectIdentifier(cause)) {
            out += formatChain(cause, &seen, &ctx)
            out += ctx.emit("\nThe above exception was the direct cause of the following exception:\n\n")
        } else if let c = exc.context, !exc.suppressContext, !seen.contains(ObjectIdentifier(c)) {
            out += formatChain(c, &seen, &ctx)
            out += ctx.emit("\nDuring handling of the above exception, another exception occurred:\n\n")
        }
        guard exc.cls.isSubtype(of: BuiltinTypes.BaseExceptionGroup) else {
            if !exc.traceback.isEmpty {
                out += ctx.emit("Traceback (most recent call last):\n") + ctx.emit(formatStack(exc))
            }
            return out + ctx.emit(exceptionOnlyWithNotes(exc))
        }
        if ctx.depth > VM.maxGroupDepth {
            return out + ctx.emit("... (max_group_depth is \(VM.maxGroupDepth))\n")
        }
        let isTopLevel = ctx.depth == 0
        if isTopLevel { ctx.depth += 1 }
        if !exc.traceback.isEmpty {
            out += ctx.emit("Exception Group Traceback (most recent call last):\n", margin: isTopLevel ? "+" : "|")
            out += ctx.emit(formatStack(exc))
        }
        out += ctx.emit(exceptionOnlyWithNotes(exc))
        let parts = groupParts(exc)
        let n = parts.count <= VM.maxGroupWidth ? parts.count : VM.maxGroupWidth + 1
        ctx.needClose = false
        for i in 0..<n {
            let isLast = i == n - 1
            if isLast { ctx.needClose = true }
            let truncated = i >= VM.maxGroupWidth
            out += ctx.indent + (i == 0 ? "+-" : "  ") + "+---------------- \(truncated ? "..." : String(i + 1)) ----------------\n"
            ctx.depth += 1
            if !truncated, let e = parts[i].asObject as? PyExceptionObject {
                out += formatChain(e, &seen, &ctx)
            } else if truncated {
                let remaining = parts.count - VM.maxGroupWidth
                out += ctx.emit("and \(remaining) more exception\(remaining > 1 ? "s" : "")\n")
            }
            if isLast && ctx.needClose {
                out += ctx.indent + "+------------------------------------\n"
                ctx.needClose = false
            }
            ctx.depth -= 1
        }
        if isTopLevel { ctx.depth = 0 }
        return out
    }

    /// The frames, innermost last; long runs of one line are collapsed as
    /// CPython does (deep recursion).
    private func formatStack(_ exc: PyExceptionObject) -> String {
        var collapsed: [(TracebackRecord, Int)] = []
        for r in exc.traceback.reversed() {
            if let last = collapsed.last, last.0.code === r.code, last.0.line == r.line {
                collapsed[collapsed.count - 1].1 += 1
            } else {
                collapsed.append((r, 1))
            }
        }
        var out = ""
        for (r, n) in collapsed {
            for _ in 0..<min(n, 3) { out += formatFrameLine(r) }
            if n > 3 {
                let more = n - 3
                out += "  [Previous line repeated \(more) more time\(more == 1 ? "" : "s")]\n"
            }
        }
        return out
    }

    /// "Type: message", then each add_note() note on its own line(s).
    private func exceptionOnlyWithNotes(_ exc: PyExceptionObject) -> String {
        var out = (syntaxErrorDisplay(exc) ?? exceptionOnlyLine(exc, withSuggestion: true)) + "\n"
        if let notes = exc.dict["__notes__"] {
            if case .object(let no) = notes, no.kind == .list || no.kind == .tuple {
                for n in (try? iterate(notes)) ?? [] {
                    out += ((try? str(n)) ?? "<note str() failed>") + "\n"
                }
            } else {
                out += ((try? repr(notes)) ?? "<__notes__ repr() failed>") + "\n"
            }
        }
        return out
    }
}
