import LeerlijnCore
import Testing
@testable import LeerlijnReports

@Suite("CSV dialects: Dutch Excel and RFC 4180")
struct CSVDialectTests {
    let table = TableData(headers: ["naam", "wtf", "versie", "score"], rows: [["Sanne; de Vries", "0.8", "1.2.3", "-2.25"], ["Tom", "1", "v0.8", "12"]])

    @Test("excel-nl writes a BOM, ; separators and decimal commas in plain numbers only, quoting fields with ; (a comma is the decimal mark)")
    func excelNL() {
        #expect(table.renderCSV(dialect: .excelNL)
                == "\u{FEFF}naam;wtf;versie;score\r\n\"Sanne; de Vries\";0,8;1.2.3;-2,25\r\nTom;1;v0.8;12\r\n")
    }

    @Test("rfc4180 writes commas, decimal points and no BOM, as renderCSV() always did")
    func rfc4180() {
        #expect(table.renderCSV(dialect: .rfc4180) == "naam,wtf,versie,score\r\n\"Sanne; de Vries\",0.8,1.2.3,-2.25\r\nTom,1,v0.8,12\r\n")
        #expect(table.renderCSV() == table.renderCSV(dialect: .rfc4180))
    }

    @Test("Without --csv-dialect, Dutch output is excel-nl and English output rfc4180")
    func defaults() {
        #expect(CSVDialect.resolve(flag: nil, language: .nl) == .excelNL)
        #expect(CSVDialect.resolve(flag: nil, language: .en) == .rfc4180)
        #expect(CSVDialect.resolve(flag: .rfc4180, language: .nl) == .rfc4180)
    }
}
