import LeerlijnCore

extension Views {
    /// Phases, roles, employments and registrations as one list of dated facts.
    public func personLine(_ line: PersonLine) -> TableData {
        var rows: [[String]] = []
        for phase in line.phases {
            let extra = [phase.route?.rawValue, phase.institute, phase.studyYear.map { "\(s.studyYear) \($0)" }].compactMap { $0 }.joined(separator: ", ")
            rows.append([s.phase, phase.phase.rawValue + (extra.isEmpty ? "" : " (\(extra))"), phase.since.description, ""])
        }
        for role in line.roles.sorted(by: { $0.since < $1.since }) {
            let hours = role.minutesPerWeek.map { " (\(Formatting.duration($0, language))/week)" } ?? ""
            rows.append([s.role, role.role.rawValue + hours, role.since.description, role.until?.description ?? ""])
        }
        for employment in line.employments {
            rows.append([s.fte, employment.fte.description, employment.since.description, employment.until?.description ?? ""])
        }
        for registration in line.registrations {
            rows.append([s.register, registration.register, registration.since.description, ""])
        }
        for step in line.salarySteps { rows.append([language.ruleStrings.salaryStep, step.label, step.since.description, ""]) }
        return TableData(headers: [s.type, s.value, s.since, s.until], rows: rows)
    }

    /// Progress as text: heading, warnings, and a table per school year.
    public func progress(_ progress: Progress) -> String {
        var out = s.progressHeading(progress.person, progress.phase?.rawValue ?? "-", progress.roles.map(\.rawValue).joined(separator: ", "),
                                    progress.fte?.description ?? "-") + "\n"
        for warning in progress.warnings { out += "! " + s.warning(warning) + "\n" }
        for year in progress.schoolYears {
            out += "\n== \(s.schoolYear) \(year.schoolYear)\n"
            if year.budgets.isEmpty {
                out += s.noBudgets + "\n"
            } else {
                out += TableData(
                    headers: [s.title, s.entitled, s.used, s.remaining, s.projected, s.status],
                    rows: year.budgets.map { budget in
                        [text(budget.title), Formatting.duration(budget.entitledMinutes, language), Formatting.duration(budget.usedMinutes, language),
                         Formatting.duration(budget.remainingMinutes, language) + (budget.exceededMinutes > 0 ? " (+\(Formatting.duration(budget.exceededMinutes, language)) \(s.exceeded))" : ""),
                         Formatting.duration(budget.projectedMinutes, language), language.ruleStrings.state(budget.state)]
                    },
                    numericColumns: [1, 2, 3, 4]).renderTable()
                let r = language.ruleStrings
                for budget in year.budgets {
                    if let day = budget.endsOn, let reason = budget.endReason { out += r.endsOn(budget.rule, day.adding(days: -1), r.endReason(reason)) + "\n" }
                    if let unused = budget.unusedMinutes, unused > 0 { out += r.unused(budget.rule, Formatting.duration(unused, language)) + "\n" }
                }
            }
            if year.unbudgetedMinutes > 0 { out += "\(s.unbudgeted): \(Formatting.duration(year.unbudgetedMinutes, language))\n" }
            for reduction in year.teachingReductions { out += language.ruleStrings.teachingReduction(reduction, text(reduction.title), { Formatting.duration($0, language) }) + "\n" }
        }
        if let brief = progress.latestObservation { out += observationBrief(brief) }
        return out
    }

    /// Progress as one row per school year and budget (CSV).
    public func progressTable(_ progress: Progress) -> TableData {
        TableData(
            headers: [s.schoolYear] + language.friction.progressHeaders,
            rows: progress.schoolYears.flatMap { year in
                year.budgets.map { [year.schoolYear.description, $0.rule, String($0.entitledMinutes), String($0.usedMinutes),
                                    String($0.remainingMinutes), String($0.projectedMinutes), language.friction.yesNo($0.behind),
                                    language.ruleStrings.state($0.state), $0.unusedMinutes.map(String.init) ?? "", $0.endsOn?.description ?? "",
                                    $0.endReason.map(language.ruleStrings.endReason) ?? ""] }
            })
    }

    /// The line as text: dated facts, schools, and minutes per school year per domain.
    public func line(_ line: LineOverview) -> String {
        var facts: [[String]] = []
        for phase in line.phases { facts.append([s.phase, phase.phase.rawValue, phase.since.description, ""]) }
        for role in line.roles { facts.append([s.role, role.role.rawValue, role.since.description, role.until?.description ?? ""]) }
        for job in line.employments {
            facts.append([s.fte, "\(job.fte) \(s.board) \(job.board)\(job.school.map { " \(s.school) \($0)" } ?? "") (\(job.sector.rawValue), \(job.function.rawValue))",
                          job.since.description, job.until?.description ?? ""])
        }
        for step in line.salarySteps { facts.append([language.ruleStrings.salaryStep, step.label, step.since.description, ""]) }
        for period in line.memberships { facts.append([s.school, "\(period.school) \(period.schoolName)", period.since.description, period.until?.description ?? ""]) }
        for registration in line.registrations { facts.append([s.register, registration.register, registration.since.description, ""]) }
        facts.sort { $0[2] < $1[2] }
        var out = "== \(line.person)\n" + TableData(headers: [s.type, s.value, s.since, s.until], rows: facts).renderTable()
        out += "\n" + lineYears(line).renderTable()
        return out
    }

    /// Minutes per school year and domain.
    public func lineYears(_ line: LineOverview) -> TableData {
        let domains = Array(Set(line.schoolYears.flatMap { $0.domains.keys })).sorted()
        return TableData(
            headers: [s.schoolYear, s.activities, s.minutes] + domains.map { String($0.split(separator: ":").last ?? "") } + [s.withoutDomain],
            rows: line.schoolYears.map { year in
                [year.schoolYear.description, String(year.activities), String(year.minutes)] + domains.map { String(year.domains[$0] ?? 0) }
                    + [String(year.withoutDomain)]
            },
            numericColumns: Set(1..<(4 + domains.count)))
    }

    /// Registration readiness as text.
    /// - Parameter catalog: the loaded frameworks, to name missing items by their titles beside their ids.
    public func registration(_ status: RegistrationStatus, catalog: ProfileCatalog = .empty) -> String {
        var out = "== \(status.person): \(text(status.title))\n"
        out += s.registrationState(status.state, status.registeredSince, status.expires, status.daysLeft) + "\n\n"
        out += criteriaTable(status, catalog: catalog).renderTable()
        out += "\n" + (status.ready ? s.ready : s.notReady) + "\n"
        if !status.unconfirmed.isEmpty { out += s.unconfirmedValues(status.unconfirmed) + "\n" }
        return out
    }

    /// `framework:item` with the item's title before it when `catalog` knows it.
    func itemWithTitle(_ id: String, _ catalog: ProfileCatalog) -> String {
        guard let colon = id.firstIndex(of: ":") else { return id }
        let framework = String(id[..<colon]), item = String(id[id.index(after: colon)...])
        guard let found = catalog.items(of: framework).first(where: { $0.reference.item == item }) else { return id }
        return "\(text(found.title)) (\(id))"
    }

    /// One row per criterion: met or not, the figures, when it will be met, what is missing.
    /// Missing items are named by their titles (from `catalog`) with their ids: "Pedagogisch handelen (sbl-2006:pedagogisch)".
    public func criteriaTable(_ status: RegistrationStatus, catalog: ProfileCatalog = .empty) -> TableData {
        TableData(
            headers: [s.criterion, s.status, s.value, s.missing],
            rows: (status.criteria + status.reregistration).map { result in
                var state = s.metText(result.met)
                if let day = result.metOn { state += "; " + s.metOn(day) }
                if let reason = result.reason { state += " (" + s.reason(reason) + ")" }
                return [result.title.map(text) ?? result.id, state, s.figure(result.kind, result.actual, result.required),
                        result.missing.map { itemWithTitle($0, catalog) }.joined(separator: "; ")]
            })
    }
}
