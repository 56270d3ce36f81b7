// The selected frame's names in LEGB order: Local, Enclosing (each free
// variable under the function that owns its cell), Global, and Builtins on
// one collapsed row. Bindings the last step changed carry a marker and a
// highlight (+ new, * rebound, ~ mutated). Names and headers wrap rather
// than being cut; a long value takes two rows. Enter on a row shows the whole
// value and opens the object up: an instance's attributes (and its class's),
// a list's, dict's or set's items, page by page, to any depth. Watches and
// the last evaluated expression come first.
import Interpreter

final class ScopesPane {
    private var viewport = ListViewport()
    private(set) var visibleHeight = 0
    /// Keys of the rows whose values are shown in full.
    private(set) var expanded: Set<String> = []
    /// The key of each row drawn last, for Enter and the mouse.
    private var rowKeys: [String?] = []
    /// The expression of each row's binding or part (`last`, `next-change`).
    private var rowExpressions: [String?] = []

    /// The binding or part under the cursor, as an expression of the selected frame.
    var selectedExpression: String? { rowExpressions.indices.contains(viewport.cursor) ? rowExpressions[viewport.cursor] : nil }

    static let maxExpandedRows = 40
    /// Rows a value takes before it ends in an ellipsis (Enter shows all).
    static let valueRows = 2
    /// An object's repr (`<function outer.<locals>.inner #2>`) carries its
    /// qualified name, the lesson: it may take more rows before it is cut.
    static func valueRows(for value: String) -> Int { value.hasPrefix("<") ? 4 : valueRows }
    let objects = ObjectTree()
    var watches = WatchList()

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
        if key.hasPrefix(ScopeRows.morePrefix) {
            objects.showMore(String(key.dropFirst(ScopeRows.morePrefix.count)))
        } else if expanded.contains(key) {
            expanded.remove(key)
        } else {
            expanded.insert(key)
        }
    }

    func draw(in region: Region, snapshot: DebugSnapshot, context: DrawContext) {
        visibleHeight = region.height
        let lines = ScopeRows(snapshot: snapshot, width: region.width, glyphs: context.glyphs, expanded: expanded,
                              objects: objects, watches: watches).lines
        rowKeys = lines.map(\.key)
        rowExpressions = lines.map(\.watchExpression)
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
        /// The name, name.attr or name[index] this row shows (for last / next-change).
        var watchExpression: String? = nil
    }

    private(set) var lines: [Line] = []
    private let width: Int
    private let glyphs: Glyphs
    private let expanded: Set<String>
    private let objects: ObjectTree?
    /// Width of the " [c1]" column; 0 when no shown name lives in a cell.
    private var labelWidth = 0
    /// In a function frame a global is reached through globals(): a local may shadow it.
    private var isModuleFrame = true

    /// The key of the "show more" row under an open object.
    static let morePrefix = "more:"

    init(snapshot: DebugSnapshot, width: Int, glyphs: Glyphs, expanded: Set<String>,
         objects: ObjectTree? = nil, watches: WatchList = WatchList()) {
        self.width = width
        self.glyphs = glyphs
        self.expanded = expanded
        self.objects = objects
        addWatches(watches)
        guard !snapshot.stack.isEmpty || !snapshot.scopes.global.isEmpty else {
            lines.append(Line(row: PaneRow(text: " (no frame)", .dim), key: nil))
            return
        }
        addNotes(snapshot)
        let scopes = snapshot.scopes
        isModuleFrame = scopes.isModuleFrame
        let nameWidth = nameColumnWidth(scopes)
        labelWidth = labelColumnWidth(scopes)
        if scopes.isModuleFrame {
            // A comprehension running in the module: its variable is its own,
            // not a global (gone when it ends).
            if !scopes.local.isEmpty {
                addSection("Comprehension (its own variable)", bindings: scopes.local, prefix: "C", nameWidth: nameWidth)
            }
            addSection("Local = Global (module)", bindings: scopes.global, prefix: "G", nameWidth: nameWidth)
        } else {
            let function = snapshot.selectedFrameInfo?.function ?? "?"
            addSection("Local (\(function))", bindings: scopes.local, prefix: "L", nameWidth: nameWidth)
            addEnclosing(scopes.enclosing, nameWidth: nameWidth)
            addSection("Global", bindings: scopes.global, prefix: "G", nameWidth: nameWidth)
        }
        addBuiltins(scopes.builtins)
    }

    /// Appends a row, wrapped to the pane (at most `maxRows` rows).
    private mutating func append(_ row: PaneRow, key: String?, continuationIndent: Int? = nil, maxRows: Int = .max, watch: String? = nil) {
        for piece in row.wrapped(width: width, continuationIndent: continuationIndent, maxRows: maxRows, ellipsis: glyphs.ellipsis) {
            lines.append(Line(row: piece, key: key, watchExpression: watch))
        }
    }

    private mutating func addWatches(_ list: WatchList) {
        guard list.lastResult != nil || !list.watches.isEmpty else { return }
        if let result = list.lastResult {
            append(PaneRow([Segment("p ", .dim), Segment(result.expression, .name), Segment(" = ", .dim), Segment(result.value, .value)],
                           indent: 1), key: "P:", continuationIndent: 4, maxRows: ScopesPane.valueRows)
            addDetail(result.value, typeName: nil, key: "P:", expression: result.expression)
        }
        if !list.watches.isEmpty { lines.append(Line(row: PaneRow(text: "Watches", .sectionHeader), key: nil)) }
        for (index, watch) in list.watches.enumerated() {
            let key = "W:\(index):" + watch.expression
            let role: Role = watch.changed ? .changedRebound : .name
            append(PaneRow([Segment(watch.changed ? "*" : " ", watch.changed ? .changedRebound : .plain),
                            Segment("\(index + 1) ", .dim), Segment(watch.expression, role),
                            Segment(" = ", .dim), Segment(watch.value, .value)]),
                   key: key, continuationIndent: 4, maxRows: ScopesPane.valueRows)
            addDetail(watch.value, typeName: nil, key: key, expression: watch.expression)
        }
    }

    private mutating func addNotes(_ snapshot: DebugSnapshot) {
        if snapshot.state == .exception, let exception = snapshot.exception {
            let text = exception.message.isEmpty ? exception.typeName : "\(exception.typeName): \(exception.message)"
            lines.append(Line(row: PaneRow(text: text, .error, indent: 1), key: nil))
        }
        if snapshot.event == "return", let value = snapshot.returnValue {
            append(PaneRow([Segment("returns ", .message), Segment(value, .value)], indent: 1), key: "return",
                   continuationIndent: 4, maxRows: ScopesPane.valueRows(for: value))
            addDetail(value, typeName: nil, key: "return")
        }
    }

    private mutating func addSection(_ title: String, bindings: [Binding], prefix: String, nameWidth: Int) {
        guard !bindings.isEmpty else {
            append(PaneRow([Segment(title, .sectionHeader), Segment("  none", .dim)]), key: nil)
            return
        }
        append(PaneRow(text: title, .sectionHeader), key: nil)
        for binding in bindings {
            let key = prefix + ":" + binding.name
            addBinding(binding, nameWidth: nameWidth, key: key,
                       expression: prefix == "G" && !isModuleFrame ? "globals()[\(pythonString(binding.name))]" : binding.name)
        }
    }

    private mutating func addEnclosing(_ enclosing: [EnclosingBinding], nameWidth: Int) {
        guard !enclosing.isEmpty else {
            append(PaneRow([Segment("Enclosing", .sectionHeader), Segment("  none", .dim)]), key: nil)
            return
        }
        // One header per owning function, in the order the names come.
        var owners: [String] = []
        for item in enclosing where !owners.contains(item.owner) { owners.append(item.owner) }
        for owner in owners {
            append(PaneRow(text: "Enclosing (\(owner))", .sectionHeader), key: nil)
            for item in enclosing where item.owner == owner {
                addBinding(item.binding, nameWidth: nameWidth, key: "E:" + owner + ":" + item.binding.name, expression: item.binding.name)
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
        let wrapped = TextWrap.wrapAtSpaces(builtins.joined(separator: " "), width: width - 4, maxRows: ScopesPane.maxExpandedRows)
        for text in wrapped.rows { lines.append(Line(row: PaneRow(text: text, .dim, indent: 4), key: "B")) }
    }

    private mutating func addBinding(_ binding: Binding, nameWidth: Int, key: String, expression: String) {
        append(bindingRow(binding, nameWidth: nameWidth), key: key, continuationIndent: 4,
               maxRows: ScopesPane.valueRows(for: binding.value), watch: binding.name)
        addDetail(binding.value, typeName: binding.typeName, key: key, expression: binding.isUnbound ? nil : expression)
    }

    /// Under an open row: its type, the whole value, and the object's parts.
    private mutating func addDetail(_ value: String, typeName: String?, key: String, expression: String? = nil) {
        guard expanded.contains(key) else { return }
        if let typeName, !typeName.isEmpty {
            lines.append(Line(row: PaneRow(text: "type " + typeName, .dim, indent: 4), key: key))
        }
        let wrapped = TextWrap.wrap(value, width: width - 4, maxRows: ScopesPane.maxExpandedRows)
        for text in wrapped.rows { lines.append(Line(row: PaneRow(text: text, .value, indent: 4), key: key)) }
        if wrapped.truncated {
            lines.append(Line(row: PaneRow(text: glyphs.ellipsis + " (\(value.utf8.count) bytes in all)", .dim, indent: 4), key: key))
        }
        if let expression { addParts(expression: expression, path: [], key: key, depth: 1, watch: typeName == nil ? nil : key.split(separator: ":").last.map(String.init)) }
    }

    /// The attributes or items of an open object, each of which opens in turn.
    private mutating func addParts(expression: String, path: [Int], key: String, depth: Int, watch: String? = nil) {
        guard let objects, let parts = objects.children(expression: expression, path: path, key: key), parts.total > 0 else { return }
        let indent = min(2 + 2 * depth, max(2, width / 3))
        var classHeaderShown = false
        for (index, part) in parts.children.enumerated() {
            if part.isClassAttribute && !classHeaderShown {
                classHeaderShown = true
                lines.append(Line(row: PaneRow(text: "from the class", .dim, indent: indent), key: key))
            }
            let partKey = key + "/" + String(index)
            let open = expanded.contains(partKey)
            let marker = part.hasChildren ? (open ? (glyphs.isASCII ? "-" : "▾") : (glyphs.isASCII ? "+" : "▸")) + " " : "  "
            append(PaneRow([Segment(marker, .dim), Segment(part.name, .name), Segment(" = ", .dim)]
                           + Self.labelSegments(part.value, label: part.objectLabel, shared: part.alias != nil) + [Segment(part.value, .value)],
                           indent: indent),
                   key: partKey, continuationIndent: indent + 4, maxRows: open ? .max : ScopesPane.valueRows,
                   watch: part.isClassAttribute ? nil : watch.map { $0 + (part.name.hasPrefix("[") ? part.name : "." + part.name) })
            let partWatch = part.isClassAttribute ? nil : watch.map { $0 + (part.name.hasPrefix("[") ? part.name : "." + part.name) }
            if open && part.hasChildren { addParts(expression: expression, path: path + [index], key: partKey, depth: depth + 1, watch: partWatch) }
        }
        let shown = parts.children.count
        if shown < parts.total {
            let text = "\(glyphs.ellipsis) \(parts.total - shown) more of \(parts.total) (Enter shows \(min(ObjectTree.pageSize, parts.total - shown)) more)"
            lines.append(Line(row: PaneRow(text: text, .dim, indent: indent), key: Self.morePrefix + key))
        }
    }

    private func pythonString(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'") + "'"
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
            segments += Self.labelSegments(binding.value, label: binding.objectLabel ?? binding.alias, shared: binding.alias != nil)
            segments.append(Segment(binding.value, .value))
        }
        return PaneRow(segments)
    }

    /// "#3 " before a value: the object's heap label, highlighted when
    /// another name, cell or attribute refers to this very object. An
    /// instance's or function's repr already ends with its label: it is
    /// repeated in front only to mark it shared.
    static func labelSegments(_ value: String, label: String?, shared: Bool) -> [Segment] {
        guard let label, shared || !Binding.reprNames(value, label) else { return [] }
        return [Segment(label, shared ? .sharedLabel : .objectLabel), Segment(" ", .plain)]
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
        // Longer names are not cut: they push their row on (see PaneRow.wrapped).
        return min(longest, max(16, width * 2 / 5))
    }
}
