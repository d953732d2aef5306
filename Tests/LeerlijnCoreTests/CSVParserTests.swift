import Testing
@testable import LeerlijnCore

func parse(_ bytes: [UInt8], chunk: Int = 7) -> (records: [CSVParser.Record], parser: CSVParser) {
    var parser = CSVParser()
    var records: [CSVParser.Record] = []
    var index = 0
    while index < bytes.count {
        records += parser.feed(bytes[index..<min(index + chunk, bytes.count)])
        index += chunk
    }
    records += parser.finish()
    return (records, parser)
}

@Suite("CSV parsing")
struct CSVParserTests {
    @Test("Semicolons are detected from the header; quotes, doubled quotes and line breaks in fields are read")
    func dutchExcel() {
        let text = "external_id;title;duration\r\n100;\"Intervisie; deel 1\";1,5u\r\n200;\"Zei \"\"ja\"\"\r\nen nee\";90\r\n"
        for chunk in [1, 3, 7, 1000] {
            let (records, parser) = parse(Array(text.utf8), chunk: chunk)
            #expect(parser.separator == UInt8(ascii: ";"))
            #expect(records.map(\.fields) == [["external_id", "title", "duration"], ["100", "Intervisie; deel 1", "1,5u"], ["200", "Zei \"ja\"\r\nen nee", "90"]])
            #expect(records.map(\.line) == [1, 2, 3])
        }
    }

    @Test("Commas, LF line ends, a missing final line break and blank lines")
    func commas() {
        let (records, parser) = parse(Array("a,b\n1,2\n\n3,\"\"".utf8))
        #expect(parser.separator == UInt8(ascii: ","))
        #expect(records.map(\.fields) == [["a", "b"], ["1", "2"], ["3", ""]])
        #expect(records.map(\.line) == [1, 2, 4])
    }

    @Test("A UTF-8 BOM is skipped; Windows-1252 is detected and decoded, even after many ASCII lines")
    func encodings() {
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("naam;plaats\nRené;Zwolle\n".utf8)
        let (utf8, p1) = parse(bom)
        #expect(p1.encoding == .utf8)
        #expect(utf8.map(\.fields) == [["naam", "plaats"], ["René", "Zwolle"]])
        let ascii = Array(String(repeating: "x;y\n", count: 50).utf8)
        let cp1252: [UInt8] = Array("naam;plaats\n".utf8) + ascii + [0x52, 0x65, 0x6E, 0xE9, 0x3B, 0x80, 0x0A]   // "René;€"
        let (records, p2) = parse(cp1252)
        #expect(p2.encoding == .windows1252)
        #expect(records.last?.fields == ["René", "€"])
    }
}
