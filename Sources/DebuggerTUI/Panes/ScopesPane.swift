// The selected frame's names in LEGB order: Local, Enclosing (each free
// variable under the function that owns its cell), Global, and Builtins on
// one collapsed row. Bindings the last step changed carry a marker and a
// highlight (+ new, * rebound, ~ mutated). Long values end in an ellipsis;
// Enter on a row shows the whole value below it.
import Interpreter

final class ScopesPane {
    private var viewport = ListViewport()
    private(set) var visibleHeight = 0
    /// Keys of the rows whose values are shown in full.
    private(set) var expanded: Set<String> = []
    /// The key of each row drawn last, for Enter and the mouse.
    private var rowKeys: [String?] = []

    static let maxExpandedRows = 40

    func title(for snapshot: DebugSnapshot) -> String {
        guard let frame = snapshot.selectedFrameInfo else { return "Scopes" }
        return "Scopes: " + frame.function
    }

    func move(_ motion: Motion) {
        viewport.apply(motion, count: rowKeys.count, height: visibleHeight)
    }

    func placeCursor(atRow row: Int) {
        viewport.cursor = viewport.top + row
        viewport.clamp(count: rowKeys.count, height: visibleHeight)
    }

    /// Enter: expands or collapses the value under the cursor.
    func activate() {
        guard rowKeys.indices.contains(viewport.cursor), let key = rowKeys[viewport.cursor] else { return }
        if expanded.contains(key) { expanded.remove(key) } else { expanded.insert(key) }
    }

    func draw(in region: Region, snapshot: DebugSnapshot, context: DrawContext) {
        visibleHeight = region.height
        let lines = ScopeRows(snapshot: snapshot, width: region.width, glyphs: context.glyphs, expanded: expanded).lines
        rowKeys = lines.map(\.key)
        viewport.clamp(count: lines.count, height: region.height)
        region.drawList(count: lines.count, viewport: viewport, showCursor: context.focused) { lines[$0].row }
    }
}

/// The rows of the Scopes pane for one snapshot.
struct ScopeRows {
    struct Line {
        var row: PaneRow
        /// What Enter expands on this row (a detail row expands its owner).
        var key: String?
    }

    private(set) var lines: [Line] = []
    private let width: Int
    private let glyphs: Glyphs
    private let expanded: Set<String>
    /// Width of the " [c1]" column; 0 when no shown name lives in a cell.
    private var labelWidth = 0

    init(snapshot: DebugSnapshot, width: Int, glyphs: Glyphs, expanded: Set<String>) {
        self.width = width
        self.glyphs = glyphs
        self.expanded = expanded
        guard !snapshot.stack.isEmpty || !snapshot.scopes.global.isEmpty else {
            lines.append(Line(row: PaneRow(text: " (no frame)", .dim), key: nil))
            return
        }
        addNotes(snapshot)
        let scopes = snapshot.scopes
        let nameWidth = nameColumnWidth(scopes)
        labelWidth = labelColumnWidth(scopes)
        if scopes.isModuleFrame {
            addSection("Local = Global (module)", bindings: scopes.global, prefix: "G", nameWidth: nameWidth)
        } else {
            let function = snapshot.selectedFrameInfo?.function ?? "?"
            addSection("Local (\(function))", bindings: scopes.local, prefix: "L", nameWidth: nameWidth)
            addEnclosing(scopes.enclosing, nameWidth: nameWidth)
            addSection("Global", bindings: scopes.global, prefix: "G", nameWidth: nameWidth)
        }
        addBuiltins(scopes.builtins)
    }

    private mutating func addNotes(_ snapshot: DebugSnapshot) {
        if snapshot.state == .exception, let exception = snapshot.exception {
            let text = exception.message.isEmpty ? exception.typeName : "\(exception.typeName): \(exception.message)"
            lines.append(Line(row: PaneRow(text: text, .error, indent: 1), key: nil))
        }
        if snapshot.event == "return", let value = snapshot.returnValue {
            lines.append(Line(row: PaneRow([Segment("returns ", .message), Segment(value, .value)], indent: 1), key: "return"))
            addDetail(value, typeName: nil, key: "return")
        }
    }

    private mutating func addSection(_ title: String, bindings: [Binding], prefix: String, nameWidth: Int) {
        guard !bindings.isEmpty else {
            lines.append(Line(row: PaneRow([Segment(title, .sectionHeader), Segment("  none", .dim)]), key: nil))
            return
        }
        lines.append(Line(row: PaneRow(text: title, .sectionHeader), key: nil))
        for binding in bindings {
            let key = prefix + ":" + binding.name
            lines.append(Line(row: bindingRow(binding, nameWidth: nameWidth), key: key))
            addDetail(binding.value, typeName: binding.typeName, key: key)
        }
    }

    private mutating func addEnclosing(_ enclosing: [EnclosingBinding], nameWidth: Int) {
        guard !enclosing.isEmpty else {
            lines.append(Line(row: PaneRow([Segment("Enclosing", .sectionHeader), Segment("  none", .dim)]), key: nil))
            return
        }
        // One header per owning function, in the order the names come.
        var owners: [String] = []
        for item in enclosing where !owners.contains(item.owner) { owners.append(item.owner) }
        for owner in owners {
            lines.append(Line(row: PaneRow(text: "Enclosing (\(owner))", .sectionHeader), key: nil))
            for item in enclosing where item.owner == owner {
                let key = "E:" + owner + ":" + item.binding.name
                lines.append(Line(row: bindingRow(item.binding, nameWidth: nameWidth), key: key))
                addDetail(item.binding.value, typeName: item.binding.typeName, key: key)
            }
        }
    }

    private mutating func addBuiltins(_ builtins: [String]) {
        let isOpen = expanded.contains("B")
        lines.append(Line(row: PaneRow([
            Segment("Builtins", .sectionHeader),
            Segment("  \(builtins.count) names (Enter \(isOpen ? "hides" : "shows") them)", .dim),
        ]), key: "B"))
        guard isOpen, !builtins.isEmpty else { return }
        let wrapped = TextWrap.wrap(builtins.joined(separator: " "), width: width - 4, maxRows: ScopesPane.maxExpandedRows)
        for text in wrapped.rows { lines.append(Line(row: PaneRow(text: text, .dim, indent: 4), key: "B")) }
    }

    /// The full value under an expanded row, wrapped, and its type.
    private mutating func addDetail(_ value: String, typeName: String?, key: String) {
        guard expanded.contains(key) else { return }
        if let typeName, !typeName.isEmpty {
            lines.append(Line(row: PaneRow(text: "type " + typeName, .dim, indent: 4), key: key))
        }
        let wrapped = TextWrap.wrap(value, width: width - 4, maxRows: ScopesPane.maxExpandedRows)
        for text in wrapped.rows { lines.append(Line(row: PaneRow(text: text, .value, indent: 4), key: key)) }
        if wrapped.truncated {
            lines.append(Line(row: PaneRow(text: glyphs.ellipsis + " (\(value.utf8.count) bytes in all)", .dim, indent: 4), key: key))
        }
    }

    private func bindingRow(_ binding: Binding, nameWidth: Int) -> PaneRow {
        let changeRole: Role?
        let marker: String
        switch binding.change {
        case .new?: changeRole = .changedNew; marker = "+"
        case .rebound?: changeRole = .changedRebound; marker = "*"
        case .mutated?: changeRole = .changedMutated; marker = "~"
        case nil: changeRole = nil; marker = " "
        }
        var segments = [
            Segment(marker, changeRole ?? .plain),
            Segment(" ", .plain),
            Segment(binding.name, changeRole ?? .name, width: nameWidth),
        ]
        if labelWidth > 0 {
            segments.append(Segment(binding.cellLabel.map { " [\($0)]" } ?? "", .cellLabel, width: labelWidth))
        }
        segments.append(Segment(" = ", .dim))
        if binding.isUnbound {
            segments.append(Segment("<unbound>", .unbound))
        } else {
            segments.append(Segment(binding.value, .value))
        }
        return PaneRow(segments)
    }

    private func labelColumnWidth(_ scopes: ScopesView) -> Int {
        let labels = (scopes.local + scopes.enclosing.map(\.binding) + scopes.global).prefix(500).compactMap(\.cellLabel)
        guard let longest = labels.map(\.count).max() else { return 0 }
        return min(longest, 8) + 3
    }

    /// Names line up in a column as wide as the longest, within reason.
    private func nameColumnWidth(_ scopes: ScopesView) -> Int {
        var longest = 1
        let names = scopes.local.map(\.name) + scopes.enclosing.map(\.binding.name) + scopes.global.map(\.name)
        for name in names.prefix(500) { longest = max(longest, TextWidth.columns(of: name)) }
        return min(longest, 16, max(4, width / 3))
    }
}
