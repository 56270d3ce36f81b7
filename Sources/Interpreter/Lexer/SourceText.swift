// The program text as the tokenizer sees it: Unicode scalars with a leading
// BOM removed, "\r\n" and lone "\r" turned into "\n" (as CPython's universal
// newline translation does), and a final "\n" supplied when the file lacks
// one. Columns are counted in Characters, so each scalar also records the
// index of the Character it belongs to.

struct SourceText {
    let scalars: [Unicode.Scalar]
    /// `characterIndex[i]` is the Character index of scalar `i`; one extra
    /// entry marks the end of the text.
    let characterIndex: [Int32]
    /// The source lines without their newlines.
    let lines: [String]
    /// True when the last "\n" was supplied because the file did not end
    /// with a newline (the NEWLINE token there then has zero width).
    let supplementedNewline: Bool
    /// Set when the source contains a NUL character, which CPython rejects.
    let containsNull: Bool

    init(_ source: String) {
        var scalars: [Unicode.Scalar] = []
        var index: [Int32] = []
        scalars.reserveCapacity(source.utf8.count + 1)
        index.reserveCapacity(source.utf8.count + 2)
        var characterCount: Int32 = 0
        var isFirst = true
        var sawNull = false
        for character in source {
            if isFirst {
                isFirst = false
                if character == "\u{FEFF}" { continue }
            }
            var previousWasCR = false
            for scalar in character.unicodeScalars {
                if scalar == "\r" {
                    scalars.append("\n")
                    index.append(characterCount)
                    previousWasCR = true
                    continue
                }
                if scalar == "\n" && previousWasCR {
                    previousWasCR = false
                    continue
                }
                previousWasCR = false
                if scalar == "\0" { sawNull = true }
                scalars.append(scalar)
                index.append(characterCount)
            }
            characterCount += 1
        }
        var supplemented = false
        if let last = scalars.last, last != "\n" {
            scalars.append("\n")
            index.append(characterCount)
            characterCount += 1
            supplemented = true
        }
        index.append(characterCount)

        var lines: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in scalars {
            if scalar == "\n" {
                lines.append(String(current))
                current = String.UnicodeScalarView()
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }

        self.scalars = scalars
        self.characterIndex = index
        self.lines = lines
        self.supplementedNewline = supplemented
        self.containsNull = sawNull
    }

    /// The text of 1-based line `n`, or nil when there is no such line.
    func line(_ n: Int) -> String? {
        n >= 1 && n <= lines.count ? lines[n - 1] : nil
    }

    /// The number of the last line (CPython's line number at end of file).
    var lastLineNumber: Int { max(lines.count, 1) }

    /// Length in Characters of the last line.
    var lastLineLength: Int { lines.last?.count ?? 0 }

    /// The text between two scalar offsets.
    func text(_ start: Int, _ end: Int) -> String {
        guard start < end else { return "" }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<min(end, scalars.count)])
        return String(view)
    }
}
