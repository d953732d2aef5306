import Testing
@testable import LeerlijnCore

/// Issue 17, point 5: tabs as separator, split-name columns and `--map` in the header.
@Suite("HR export shapes: separator and header")
struct HRShapesTests {
    @Test("A tab-separated header is read with tabs, even with a comma or semicolon in a column name")
    func tabs() {
        var parser = CSVParser()
        let records = parser.feed(Array("Naam, volledig\tPersoneelsnummer\tWtf; uren\n\"Vries, de\"\t100234\t0,8\n".utf8)) + parser.finish()
        #expect(parser.separator == UInt8(ascii: "\t"))
        #expect(records.map(\.fields) == [["Naam, volledig", "Personeelsnummer", "Wtf; uren"], ["Vries, de", "100234", "0,8"]])
        #expect(CSVParser.detectSeparator(Array("a;b,c;d".utf8)) == UInt8(ascii: ";"))
        #expect(CSVParser.detectSeparator(Array("a,b\tc,d".utf8)) == UInt8(ascii: ","))
    }

    @Test("The first name is the roepnaam, or on a row without one the voornaam; a last name stands in for the name")
    func splitNames() {
        let header = CSVHeader(["Personeelsnummer", "Voornaam", "Roep naam", "Achternaam"])
        #expect(header.firstValue("first_name", in: ["1", "Susanna", "Sanne", "Vries"]) == "Sanne")
        #expect(header.firstValue("first_name", in: ["2", "Pieter", " ", "Bakker"]) == "Pieter")
        #expect(header.has("name"))
        #expect(!CSVHeader(["Personeelsnummer", "Roepnaam"]).has("name"))
    }

    @Test("A mapped column is read as its field before a column of the field's own name; absent columns are named")
    func mapping() {
        let (header, absent) = CSVHeader(["Werknemer", "External ID", "Uren"]).mapping([("werknemer", "external_id"), ("Uren", "fte"), ("Trede", "salary_step")])
        #expect(absent == ["Trede"])
        #expect(header.value("external_id", in: ["W-1", "X-9", "0,6"]) == "W-1")
        #expect(header.value("fte", in: ["W-1", "X-9", "0,6"]) == "0,6")
        #expect(header.firstValue("external_id", in: ["", "X-9", "0,6"]) == nil)
    }
}
