import Foundation
import Testing
import LeerlijnCore
@testable import LeerlijnReports

@Suite("Portfolio and dashboard details: exact durations, budget labels apart, titles without the year twice, focus by text")
struct PageDetailTests {
    @Test("Durations on the pages are exact: 45 min, 22 uur 15 min, 3 uur; 1 hour 30 min in English")
    func exactDurations() {
        #expect(Formatting.exactDuration(45, .nl) == "45 min")
        #expect(Formatting.exactDuration(1335, .nl) == "22 uur 15 min")
        #expect(Formatting.exactDuration(180, .nl) == "3 uur")
        #expect(Formatting.exactDuration(90, .en) == "1 hour 30 min")
        #expect(Formatting.exactDuration(1920, .en) == "32 hours")
    }

    @Test("Budget chart labels leave out the words all titles share and put the differing part first, with the year when there are several")
    func budgetLabels() {
        let y1 = SchoolYear(startYear: 2025), y2 = SchoolYear(startYear: 2026)
        let titles = ["CAO PO: basisbudget duurzame inzetbaarheid", "CAO PO: bijzonder budget startende leraren"]
        #expect(PortfolioPage.budgetLabels([(y2, titles[0]), (y2, titles[1])]) == ["basisbudget duurzame inzetbaarheid", "bijzonder budget startende leraren"])
        #expect(PortfolioPage.budgetLabels([(y1, titles[0]), (y2, titles[0])]) == ["2025-26 CAO PO: basisbudget duurzame inzetbaarheid", "2026-27 CAO PO: basisbudget duurzame inzetbaarheid"])
        #expect(PortfolioPage.budgetLabels([(y2, titles[1])]) == [titles[1]])
        // Each label differs within its first 20 characters: what the chart's label column shows.
        let labels = PortfolioPage.budgetLabels([(y1, titles[0]), (y1, titles[1]), (y2, titles[0]), (y2, titles[1])])
        #expect(Set(labels.map { $0.prefix(20) }).count == 4)
    }

    @Test("A framework's version is not repeated when its title already names it")
    func versionOnce() {
        #expect(Views.versionUnlessInTitle("2017", "Bekwaamheidseisen leraar primair onderwijs (2017)") == "")
        #expect(Views.versionUnlessInTitle("2012", "Beroepsstandaard voor lerarenopleiders") == "2012")
        #expect(Views.versionUnlessInTitle("17", "Bekwaamheidseisen (2017)") == "17")
        #expect(Strings.nl.coverageHeading("Sanne", "Bekwaamheidseisen (2017)", "") == "Sanne: Bekwaamheidseisen (2017)")
    }

    @Test("The observation focus names items by their text, the id in brackets")
    func focusByText() throws {
        // A brief as an older `progress --format json` wrote it: no texts.
        var brief = try JSONDecoder().decode(ObservationBrief.self, from: Data("""
            {"instrument": "icalt", "date": "2026-11-02", "observations": 1, "domains": [], "focus": ["7", "12"]}
            """.utf8))
        #expect(Views(language: .nl).focusNames(brief) == ["7", "12"])   // a brief without texts keeps the ids
        brief.focusTexts = [LocalizedText(nl: "Geeft duidelijke uitleg", en: "Explains clearly"), LocalizedText(nl: "Stemt af", en: "Adapts")]
        #expect(Views(language: .nl).focusNames(brief) == ["Geeft duidelijke uitleg (7)", "Stemt af (12)"])
        #expect(Views(language: .en).focusNames(brief) == ["Explains clearly (7)", "Adapts (12)"])
    }
}
