// Python Tutor's "frames and objects" picture in text: a box per frame on
// the left (its names, values inline, references as arrows), a box per
// object on the right (items, attributes, closure cells), arrows ending at
// the label of the box they point to. Unicode box drawing, or ASCII.

struct HeapPicture {
    let graph: HeapGraph
    let frames: [Frame]
    let ascii: Bool

    private var g: (tl: String, tr: String, bl: String, br: String, h: String, v: String, arrow: String) {
        ascii ? ("+", "+", "+", "+", "-", "|", "*--> ") : ("┌", "┐", "└", "┘", "─", "│", "●──▶ ")
    }

    private func box(_ title: String, _ lines: [String], width: Int) -> [String] {
        let t = "\(g.tl)\(g.h) \(title) "
        var out = [t + repeatString(g.h, count: max(0, width - t.count - 1)) + g.tr]
        for l in lines {
            let cut = l.count > width - 4 ? String(l.prefix(width - 5)) + (ascii ? "~" : "…") : l
            out.append("\(g.v) " + cut + repeatString(" ", count: max(0, width - 4 - cut.count)) + " \(g.v)")
        }
        if lines.isEmpty { out.append("\(g.v)" + repeatString(" ", count: width - 2) + "\(g.v)") }
        out.append(g.bl + repeatString(g.h, count: width - 2) + g.br)
        return out
    }

    private func valueText(_ v: Value?) -> String {
        let (t, target) = graph.cellText(v)
        if let label = target { return g.arrow + label }
        return t
    }

    func draw() -> String {
        var left: [String] = []
        // The module (Global frame) first, as Python Tutor; then the calls, outermost first.
        let width = 36
        do {
            let module = frames.first?.globals ?? graph.vm.globals
            var lines: [String] = []
            for (name, v) in module.boundItems where !(name.hasPrefix("__") && name.hasSuffix("__")) {
                if case .object(let o) = v, o.kind == .module { continue }
                lines.append("\(name) \(valueText(v))")
            }
            left += box("Global frame", lines, width: width)
        }
        for f in frames where f.code.kind != .module {
            var lines: [String] = []
            if let ns = f.classNamespace {
                for p in ns.pairs { lines.append("\(graph.vm.strValue(p.key)) \(valueText(p.value))") }
            } else {
                for (name, v) in f.boundLocals() {
                    if let c = f.cell(named: name) {
                        lines.append("\(name) \(valueText(c.contents))  (cell c\(c.serial))")
                    } else {
                        lines.append("\(name) \(valueText(v))")
                    }
                }
            }
            left += box(f.qualname, lines, width: width)
        }
        var right: [String] = []
        let objectWidth = 40
        for i in graph.nodes.indices {
            let n = graph.contentCount(i)
            var lines: [String] = []
            for k in 0..<min(n, 12) {
                let (t, target) = graph.content(i, k)
                if let label = target, let r = t.range(of: "→ \(label)") {
                    lines.append(String(t[..<r.lowerBound]) + g.arrow + label)
                } else {
                    lines.append(t)
                }
            }
            if n > 12 { lines.append("… \(n - 12) more") }
            right += box("\(graph.nodes[i].label) \(graph.summary(i))", lines, width: objectWidth)
        }
        var out = "Frames" + repeatString(" ", count: width + 4 - 6) + "Objects\n"
        for row in 0..<max(left.count, right.count) {
            let l = row < left.count ? left[row] : repeatString(" ", count: width)
            let r = row < right.count ? right[row] : ""
            out += (l + "    " + r).replacingTrailingSpaces() + "\n"
        }
        return out
    }
}

private extension String {
    func replacingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
