// What a line typed at the `:` prompt asks for, in pdb's words. Anything
// that is not one of the commands is an expression to evaluate, so a
// variable called `b` or `w` is still printed. Breakpoints are named by
// their line (the core keeps one per line).
import Foundation

enum PromptCommand: Equatable {
    case evaluate(String)
    case watch(String)
    case unwatch(Int)
    case breakpoint(line: Int, condition: String?)
    /// A nil condition removes it.
    case condition(line: Int, String?)
    case ignore(line: Int, count: Int)
    case enable(Int)
    case disable(Int)
    case clear(Int)
    case nothing

    static func parse(_ line: String) -> PromptCommand {
        let text = line.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { return .nothing }
        let words = text.split(separator: " ", maxSplits: 1).map(String.init)
        let word = words[0]
        let rest = words.count > 1 ? words[1].trimmingCharacters(in: .whitespaces) : ""
        let restWords = rest.split(separator: " ", maxSplits: 1).map(String.init)
        let number = restWords.first.flatMap { Int($0) }
        let afterNumber = restWords.count > 1 ? restWords[1].trimmingCharacters(in: .whitespaces) : ""
        switch word {
        case "p", "print": if !rest.isEmpty { return .evaluate(rest) }
        case "w", "watch", "display": if !rest.isEmpty { return .watch(rest) }
        case "unwatch", "uw", "undisplay": if let number { return .unwatch(number) }
        case "b", "break":
            guard let number else { break }
            if afterNumber.isEmpty { return .breakpoint(line: number, condition: nil) }
            if afterNumber.hasPrefix("if ") { return .breakpoint(line: number, condition: String(afterNumber.dropFirst(3)).trimmingCharacters(in: .whitespaces)) }
            if afterNumber.hasPrefix(",") { return .breakpoint(line: number, condition: String(afterNumber.dropFirst()).trimmingCharacters(in: .whitespaces)) }
        case "cond", "condition":
            if let number { return .condition(line: number, afterNumber.isEmpty ? nil : afterNumber) }
        case "ignore":
            if let number { return .ignore(line: number, count: Int(afterNumber) ?? 0) }
        case "enable": if let number { return .enable(number) }
        case "disable": if let number { return .disable(number) }
        case "cl", "clear": if let number { return .clear(number) }
        default: break
        }
        return .evaluate(text)
    }

    /// The words the prompt understands, for its hint.
    static let hint = "EXPR, p EXPR, w EXPR, unwatch N, b LINE [if COND], cond LINE [COND], ignore LINE N, enable/disable/cl LINE; Esc cancels"
}
