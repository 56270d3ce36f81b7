// Where each pane goes: a pure function of the terminal size (and of which
// pane, if any, is maximised), so it is tested for every size without a
// terminal.
//
//  wide (>= 120 columns)              narrow (a projector at 80x24)
//  +-----------------+---------+      +---------------+------------+
//  |                 | stack   |      |               | stack      |
//  | source          +---------+      | source        +------------+
//  |                 | scopes  |      | (>= 12 lines  | scopes     |
//  |                 +---------+      |  at 80x24)    +------------+
//  |                 | cells   |      |               | cells      |
//  +-----------------+---------+      +---------------+------------+
//  | output                    |      | output                     |
//  | status (2 rows)           |      | status (2 rows)            |
//  +---------------------------+      +----------------------------+
// Both keep the source, the selected frame's scopes and the cells on screen
// together. Each pane's rectangle includes its one-row title bar.
// Side-by-side panes are divided by a one-column line.

enum PaneID: Int, CaseIterable, Hashable, Sendable {
    case source, stack, scopes, cells, output

    var title: String {
        switch self {
        case .source: return "Source"
        case .stack: return "Call stack"
        case .scopes: return "Scopes"
        case .cells: return "Cells"
        case .output: return "Output"
        }
    }

    var next: PaneID { PaneID(rawValue: (rawValue + 1) % PaneID.allCases.count) ?? .source }
    var previous: PaneID {
        let count = PaneID.allCases.count
        return PaneID(rawValue: (rawValue + count - 1) % count) ?? .source
    }
}

struct ScreenLayout: Equatable {
    /// Only the panes on screen (one when a pane is maximised).
    var panes: [PaneID: Rect]
    /// One-column vertical dividers between side-by-side panes.
    var dividers: [Rect]
    var status: Rect

    func pane(at row: Int, column: Int) -> PaneID? {
        PaneID.allCases.first { panes[$0]?.contains(row: row, column: column) ?? false }
    }
}

enum LayoutResult: Equatable {
    case screen(ScreenLayout)
    /// Below the minimum: show a message instead of unreadable panes.
    case tooSmall(width: Int, height: Int)
}

enum Layout {
    static let minimumWidth = 60
    static let minimumHeight = 16
    static let wideWidth = 120
    static let statusHeight = 2
    /// A pane's title row plus at least two rows of content.
    static let minimumPaneHeight = 3

    static func compute(width: Int, height: Int, maximized: PaneID? = nil, teacher: Bool = false) -> LayoutResult {
        guard width >= minimumWidth, height >= minimumHeight else {
            return .tooSmall(width: width, height: height)
        }
        let status = Rect(x: 0, y: height - statusHeight, width: width, height: statusHeight)
        let body = Rect(x: 0, y: 0, width: width, height: height - statusHeight)
        if let maximized {
            return .screen(ScreenLayout(panes: [maximized: body], dividers: [], status: status))
        }
        var layout = teacher ? teacherView(body) : width >= wideWidth ? wide(body) : narrow(body)
        layout.status = status
        return .screen(layout)
    }

    private static func wide(_ body: Rect) -> ScreenLayout {
        let outputHeight = max(5, body.height * 22 / 100)
        let topHeight = body.height - outputHeight
        // Python lines are short; the right column needs room for values.
        let sourceWidth = max(50, body.width * 45 / 100)
        let rightX = sourceWidth + 1
        let rightWidth = body.width - rightX
        let rows = split(topHeight, weights: [25, 45, 30])
        var panes: [PaneID: Rect] = [
            .source: Rect(x: 0, y: 0, width: sourceWidth, height: topHeight),
            .output: Rect(x: 0, y: topHeight, width: body.width, height: outputHeight),
        ]
        var y = 0
        for (pane, rowCount) in zip([PaneID.stack, .scopes, .cells], rows) {
            panes[pane] = Rect(x: rightX, y: y, width: rightWidth, height: rowCount)
            y += rowCount
        }
        let divider = Rect(x: sourceWidth, y: 0, width: 1, height: topHeight)
        return ScreenLayout(panes: panes, dividers: [divider], status: Rect(x: 0, y: 0, width: 0, height: 0))
    }

    private static func narrow(_ body: Rect) -> ScreenLayout {
        // Output keeps three lines; the rest is source beside stack, scopes, cells.
        let outputHeight = max(4, body.height * 18 / 100)
        let topHeight = body.height - outputHeight
        let sourceWidth = max(30, body.width / 2)
        let rightX = sourceWidth + 1
        let rightWidth = body.width - rightX
        let rows = split(topHeight, weights: [18, 47, 35])
        var panes: [PaneID: Rect] = [
            .source: Rect(x: 0, y: 0, width: sourceWidth, height: topHeight),
            .output: Rect(x: 0, y: topHeight, width: body.width, height: outputHeight),
        ]
        var y = 0
        for (pane, rowCount) in zip([PaneID.stack, .scopes, .cells], rows) {
            panes[pane] = Rect(x: rightX, y: y, width: rightWidth, height: rowCount)
            y += rowCount
        }
        let divider = Rect(x: sourceWidth, y: 0, width: 1, height: topHeight)
        return ScreenLayout(panes: panes, dividers: [divider], status: Rect(x: 0, y: 0, width: 0, height: 0))
    }

    /// The teacher view, for a projector: only the source, the selected
    /// frame's scopes and the cells, in two big blocks side by side (no stack,
    /// no output: what the class reads is the code and its names).
    static let teacherPanes: Set<PaneID> = [.source, .scopes, .cells]

    private static func teacherView(_ body: Rect) -> ScreenLayout {
        let sourceWidth = max(30, body.width * 48 / 100)
        let rightX = sourceWidth + 1
        let rightWidth = body.width - rightX
        let rows = split(body.height, weights: [58, 42])
        let panes: [PaneID: Rect] = [
            .source: Rect(x: 0, y: 0, width: sourceWidth, height: body.height),
            .scopes: Rect(x: rightX, y: 0, width: rightWidth, height: rows[0]),
            .cells: Rect(x: rightX, y: rows[0], width: rightWidth, height: rows[1]),
        ]
        let divider = Rect(x: sourceWidth, y: 0, width: 1, height: body.height)
        return ScreenLayout(panes: panes, dividers: [divider], status: Rect(x: 0, y: 0, width: 0, height: 0))
    }

    /// Splits `total` rows by `weights`, giving each part at least
    /// minimumPaneHeight when there is room, and the rounding rest to the last.
    static func split(_ total: Int, weights: [Int]) -> [Int] {
        guard !weights.isEmpty else { return [] }
        let weightSum = max(1, weights.reduce(0, +))
        let floor = total >= minimumPaneHeight * weights.count ? minimumPaneHeight : 0
        var parts = weights.map { max(floor, total * $0 / weightSum) }
        // Take any excess (from the floors) back from the biggest parts.
        while parts.reduce(0, +) > total, let biggest = parts.indices.max(by: { parts[$0] < parts[$1] }),
              parts[biggest] > floor {
            parts[biggest] -= 1
        }
        let rest = total - parts.reduce(0, +)
        parts[parts.count - 1] += max(0, rest)
        return parts
    }
}
