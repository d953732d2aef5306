import Testing
@testable import LeerlijnCore

@Suite("Support: SHA-256, suggestions, kinds, codes")
struct SupportTests {
    @Test("SHA-256 matches the FIPS 180-4 test vectors")
    func sha256Vectors() {
        #expect(SHA256.hex(of: Array("".utf8)) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(of: Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex(of: Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        var hasher = SHA256()
        let chunk = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { hasher.update(chunk) }
        #expect(hasher.finalize() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    @Test("Edit distance counts insertions, deletions and substitutions")
    func editDistance() {
        #expect(Suggestions.editDistance("kitten", "sitting") == 3)
        #expect(Suggestions.editDistance("", "abc") == 3)
        #expect(Suggestions.editDistance("sanne", "sanne") == 0)
    }

    @Test("Suggestions find names containing the input, then close spellings, ignoring accents")
    func suggestions() {
        let names = ["Sanne de Vries", "Daan Jansen", "Fátima El Amrani"]
        #expect(Suggestions.closest(to: "sane", among: names) == ["Sanne de Vries"])
        #expect(Suggestions.closest(to: "fatima", among: names) == ["Fátima El Amrani"])
        #expect(Suggestions.closest(to: "xyzxyz", among: names).isEmpty)
    }

    @Test("Kinds resolve by id or alias, ignoring case and spacing; unknown kinds get suggestions")
    func kinds() throws {
        let vocabulary = ActivityKindVocabulary(kinds: ActivityKind.builtInKinds)
        #expect(try vocabulary.resolve("Intervisie").id == "intervisie")
        #expect(try vocabulary.resolve("Lesson Study").id == "lesson-study")
        #expect(try vocabulary.resolve("training").id == "cursus")
        #expect(try vocabulary.resolve("PLG").id == "plg")
        #expect(throws: UnknownKindError.self) { try vocabulary.resolve("cursis") }
        do {
            _ = try vocabulary.resolve("cursis")
        } catch {
            #expect(error.suggestions.first == "cursus")
        }
    }

    @Test("The built-in vocabulary has unique, valid ids and aliases that point at built-in kinds")
    func vocabularyIsConsistent() {
        let ids = ActivityKind.builtInKinds.map(\.id)
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy(ActivityKind.isValidID))
        #expect(ActivityKind.aliases.values.allSatisfy(ids.contains))
        #expect(Set(ActivityKind.aliases.keys).isDisjoint(with: ids))
    }

    @Test("School codes are a BRIN code with an optional 2-digit vestiging")
    func schoolCodes() throws {
        #expect(try School.parseCode("12ab") == ("12AB", nil))
        #expect(try School.parseCode("12AB01") == ("12AB", "01"))
        #expect(throws: OrganisationError.self) { try School.parseCode("12A") }
        #expect(throws: OrganisationError.self) { try School.parseCode("12ABXY") }
        #expect(OrganisationCode.make(from: "Stichting Één & Twee") == "stichting-een-twee")
    }

    @Test("A seeded generator gives the same sequence for the same seed")
    func seededGenerator() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
    }

    @Test("Minutes per school year are summed into the year of each activity's date")
    func schoolYearTotals() {
        let items: [(date: Day, minutes: Int)] = [
            (Day(year: 2026, month: 7, day: 31)!, 60), (Day(year: 2026, month: 8, day: 1)!, 30),
            (Day(year: 2027, month: 7, day: 31)!, 45),
        ]
        let totals = SchoolYearTotal.totals(of: items)
        #expect(totals.map(\.schoolYear.description) == ["2025-2026", "2026-2027"])
        #expect(totals.map(\.minutes) == [60, 75])
        #expect(totals.map(\.activities) == [1, 2])
    }
}
