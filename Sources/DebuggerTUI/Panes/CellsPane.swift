// Every live cell: the boxes closures share. Two rows per cell: label,
// variable and contents; then who made it (marked finished once that frame
// returned, which is exactly when a closure keeps the cell alive on its own)
// and which functions hold it in their __closure__.
import Interpreter

final class CellsPane {
    private var viewport = ListViewport()
    private(set) var visibleHeight = 0
    private(set) var expanded: Set<String> = []
    private var rowKeys: [String?] = []
    /// The rows of the last draw and what they were made from: hundreds of
    /// cells are laid out again only when something about them changed.
    private var cache: (cells: [CellInfo], width: Int, glyphs: Glyphs, expanded: Set<String>, lines: [CellRows.Line])?

    func title(for snapshot: DebugSnapshot) -> String {
        snapshot.cells.isEmpty ? "Cells" : "Cells (\(snapshot.cells.count))"
    }

    func move(_ motion: Motion) {
        viewport.apply(motion, count: rowKeys.count, height: visibleHeight)
    }

    func placeCursor(atRow row: Int) {
        viewport.cursor = viewport.top + row
        viewport.clamp(count: rowKeys.count, height: visibleHeight)
    }

    func activate() {
        guard rowKeys.indices.contains(viewport.cursor), let key = rowKeys[viewport.cursor] else { return }
        if expanded.contains(key) { expanded.remove(key) } else { expanded.insert(key) }
    }

    func draw(in region: Region, snapshot: DebugSnapshot, context: DrawContext) {
        visibleHeight = region.height
        guard !snapshot.cells.isEmpty else {
            rowKeys = []
            region.write("(no cells: no closure has captured a variable yet)", row: 0, column: 1, style: Style(.dim), elide: true)
            return
        }
        let lines = rows(for: snapshot.cells, width: region.width, glyphs: context.glyphs)
        rowKeys = lines.map(\.key)
        viewport.clamp(count: lines.count, height: region.height)
        region.drawList(count: lines.count, viewport: viewport, showCursor: context.focused) { lines[$0].row }
    }
}

extension CellsPane {
    fileprivate func rows(for cells: [CellInfo], width: Int, glyphs: Glyphs) -> [CellRows.Line] {
        if let cache, cache.width == width, cache.glyphs == glyphs, cache.expanded == expanded, cache.cells == cells {
            return cache.lines
        }
        let lines = CellRows(cells: cells, width: width, glyphs: glyphs, expanded: expanded).lines
        cache = (cells, width, glyphs, expanded, lines)
        return lines
    }
}

struct CellRows {
    struct Line {
        var row: PaneRow
        var key: String?
    }

    private(set) var lines: [Line] = []

    init(cells: [CellInfo], width: Int, glyphs: Glyphs, expanded: Set<String>) {
        let labelWidth = min(8, cells.prefix(500).map { $0.label.count }.max() ?? 2)
        for cell in cells {
            let key = cell.label
            // The label and variable are never cut; a long value takes two rows, Enter shows all.
            for row in contentsRow(cell, labelWidth: labelWidth).wrapped(width: width, continuationIndent: labelWidth + 4,
                                                                         maxRows: 2, ellipsis: glyphs.ellipsis) {
                lines.append(Line(row: row, key: key))
            }
            for row in ownershipRows(cell, indent: labelWidth + 2, width: width) {
                lines.append(Line(row: row, key: key))
            }
            guard expanded.contains(key), let contents = cell.contents else { continue }
            let wrapped = TextWrap.wrap(contents, width: width - labelWidth - 4, maxRows: ScopesPane.maxExpandedRows)
            for text in wrapped.rows {
                lines.append(Line(row: PaneRow(text: text, .value, indent: labelWidth + 4), key: key))
            }
            if wrapped.truncated {
                lines.append(Line(row: PaneRow(text: glyphs.ellipsis, .dim, indent: labelWidth + 4), key: key))
            }
        }
    }

    private func contentsRow(_ cell: CellInfo, labelWidth: Int) -> PaneRow {
        let changeRole: Role?
        switch cell.change {
        case .new?: changeRole = .changedNew
        case .rebound?: changeRole = .changedRebound
        case .mutated?: changeRole = .changedMutated
        case nil: changeRole = nil
        }
        var segments = [
            Segment(cell.label, .cellLabel, width: labelWidth + 1),
            Segment(cell.variable, changeRole ?? .name),
            Segment(" = ", .dim),
        ]
        if let contents = cell.contents {
            segments += ScopeRows.labelSegments(contents, label: cell.objectLabel ?? cell.alias, shared: cell.alias != nil)
            segments.append(Segment(contents, .value))
        } else {
            segments.append(Segment("<empty>", .unbound))
        }
        return PaneRow(segments, indent: 1)
    }

    /// "made by outer (finished); held by f.__closure__[0]" on one row when
    /// it fits, otherwise the two halves on rows of their own, each wrapped
    /// so that every holder is shown (three closures sharing one cell).
    private func ownershipRows(_ cell: CellInfo, indent: Int, width: Int) -> [PaneRow] {
        var made = [Segment("made by ", .dim), Segment(cell.creator, .plain)]
        if cell.creatorFinished { made.append(Segment(" (finished)", .finished)) }
        let holders = cell.heldBy.map { "\($0.function).__closure__[\($0.index)]" }
        let held = [Segment("held by ", .dim),
                    holders.isEmpty ? Segment("no function yet", .dim) : Segment(holders.joined(separator: ", "), .plain)]
        let oneRow = made + [Segment("; ", .dim)] + held
        if oneRow.reduce(indent, { $0 + TextWidth.columns(of: $1.text) }) <= width {
            return [PaneRow(oneRow, indent: indent)]
        }
        let madeRows = PaneRow(made, indent: indent).wrapped(width: width, continuationIndent: indent + 2)
        let heldRow = PaneRow(held, indent: indent)
        if holders.count < 2 || heldRow.wrapped(width: width).count == 1 {
            return madeRows + heldRow.wrapped(width: width, continuationIndent: indent + 2)
        }
        // Several holders: one a row under "held by", each whole when it fits.
        var rows = madeRows + [PaneRow([Segment("held by", .dim)], indent: indent)]
        for holder in holders {
            rows += PaneRow([Segment(holder, .plain)], indent: indent + 2).wrapped(width: width, continuationIndent: indent + 2)
        }
        return rows
    }
}
