import LeerlijnCore

/// The words of the HR report that say why a person is flagged, one instance per language (``ReportStrings/en``,
/// ``ReportStrings/nl``); reached as `language.reportStrings`. Kept apart from ``Strings`` (issue 17, point 8).
public struct ReportStrings: Sendable {
    /// Column headers: the reasons, and the name beside a group's code.
    public var reasons: String
    public var groupName: @Sendable (_ by: GroupBy) -> String
    /// A duration in full words: `45 min`, `22 uur 15 min`.
    public var duration: @Sendable (_ minutes: Int) -> String
    /// `behind`: the budget's title, the minutes behind an even pace, and the shortfall by 31 July at the pace so far.
    public var behind: @Sendable (_ title: String, _ behind: String, _ shortfall: String) -> String
    /// `gaps`: the titles of the framework items without activity.
    public var gaps: @Sendable (_ titles: [String]) -> String
    /// `expiring`: the register and the registration's last day.
    public var expiring: @Sendable (_ register: String, _ day: String) -> String
    /// `idle`: the latest activity (nil: none at all) and the weeks asked for.
    public var idle: @Sendable (_ last: String?, _ weeks: Int) -> String
    /// `unverified`: the minutes not signed off.
    public var unverified: @Sendable (_ minutes: String) -> String

    /// `org edit-partnership`: its help, and the message after a change.
    public struct EditPartnershipHelp: Sendable {
        public var abstract, discussion, code, expectsSignOff: String
    }
    public var editPartnership: EditPartnershipHelp
    public var signOffSet: @Sendable (_ code: String, _ expects: Bool) -> String

    // `profiles list`: the observation instruments below the frameworks (issue 17, point 11).
    public var instrumentsHeading, domains, items, usable, structureOnly, complete: String
    /// A framework's kind in words.
    public var frameworkKind: @Sendable (_ kind: Framework.Kind) -> String
}

extension Language {
    /// The HR report's strings of this language.
    public var reportStrings: ReportStrings {
        switch self {
        case .nl: return .nl
        case .en: return .en
        }
    }
}

extension ReportStrings {
    /// The reasons of one person's flags in words, one phrase a flag (the gaps of one framework together).
    public func describe(_ reasons: [FlagReason], language: Language) -> [String] {
        var phrases: [String] = []
        var gapTitles: [String] = []
        func title(_ text: LocalizedText?, _ fallback: String?) -> String { text.map { language == .nl ? $0.nl : $0.en } ?? fallback ?? "" }
        for reason in reasons {
            switch reason.flag {
            case .behind:
                phrases.append(behind(title(reason.budgetTitle, reason.budget), duration(reason.behindMinutes ?? 0), duration(reason.shortfallMinutes ?? 0)))
            case .gaps:
                gapTitles.append(title(reason.itemTitle, reason.item))
                continue
            case .expiring:
                phrases.append(expiring(reason.register ?? "", reason.expires?.description ?? ""))
            case .idle:
                phrases.append(idle(reason.lastActivity?.description, reason.idleWeeks ?? 0))
            case .unverified:
                phrases.append(unverified(duration(reason.unverifiedMinutes ?? 0)))
            }
        }
        if !gapTitles.isEmpty {
            // Gaps come in the flags' order between `expiring` and `idle`.
            let at = reasons.filter { $0.flag < .gaps }.reduce(0) { count, reason in count + 1 }
            phrases.insert(gaps(gapTitles), at: min(at, phrases.count))
        }
        return phrases
    }

    /// `45 min`, `22 <hours> 15 min`, `3 <hours>`.
    static func duration(_ minutes: Int, hours: String) -> String {
        let sign = minutes < 0 ? "-" : "", value = abs(minutes)
        if value < 60 { return "\(sign)\(value) min" }
        let rest = value % 60
        return "\(sign)\(value / 60) \(hours)" + (rest == 0 ? "" : " \(rest) min")
    }
}
