import Foundation
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

@Suite("SHA-1, name-based UUIDs and HMAC")
struct HashTests {
    @Test("SHA-1 matches the FIPS 180-4 test vectors")
    func sha1() {
        func hex(_ bytes: [UInt8]) -> String { bytes.map { String(format: "%02x", $0) }.joined() }
        #expect(hex(SHA1.digest(Array("abc".utf8))) == "a9993e364706816aba3e25717850c26c9cd0d89d")
        #expect(hex(SHA1.digest([])) == "da39a3ee5e6b4b0d3255bfef95601890afd80709")
        #expect(hex(SHA1.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))) == "84983e441c3bd26ebaae4aa1f95129e5e54670f1")
        // Around the block and padding boundaries (digests from Python's hashlib).
        for (length, digest) in [
            (55, "ddf57317ef34bfee3b6df83d359098930eb278bc"),
            (56, "a0d492bb0fc889d0eca3bc137066ab6f4f74f369"),
            (63, "c55856749bef509bdfe6bfebfc7bf4e793e82132"),
            (64, "bede92be29c3874e1b54ddc77988d606fc857a8e"),
            (65, "b05a80522b053d6dc7e0a517d0e70212c7dad11f"),
            (119, "504e27376a6e0f0dba8295b85cb25dc4dfa17d23"),
            (120, "82134b02fb3f702491be9bed581eeab59334acb2"),
            (128, "a09133e6730ffe899efb70204cb5646cd5dc24ee"),
            (1000, "4231a8a50a10fa9758db8ec71fdef855b751048a"),
        ] {
            #expect(hex(SHA1.digest((0..<length).map { UInt8(($0 * 7 + 3) % 256) })) == digest, "\(length) bytes")
        }
    }

    @Test("Version 5 UUIDs match RFC 9562's example and are stable")
    func uuidV5() {
        // RFC 9562 appendix A.4: "www.example.com" in the DNS namespace.
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(NameBasedUUID.make(namespace: dns, name: "www.example.com").uuidString.lowercased() == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
        let a = NameBasedUUID.make(namespace: NameBasedUUID.leerlijnNamespace, name: "activity:1:1")
        #expect(a == NameBasedUUID.make(namespace: NameBasedUUID.leerlijnNamespace, name: "activity:1:1"))
        #expect(a != NameBasedUUID.make(namespace: NameBasedUUID.leerlijnNamespace, name: "activity:1:2"))
    }

    @Test("HMAC-SHA256 matches RFC 4231 test cases 1 and 2")
    func hmac() {
        #expect(HMACSHA256.hex(key: [UInt8](repeating: 0x0b, count: 20), message: Array("Hi There".utf8))
                == "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        #expect(HMACSHA256.hex(key: Array("Jefe".utf8), message: Array("what do ya want for nothing?".utf8))
                == "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
    }
}

@Suite("Time-ordered ids")
struct TimeOrderedUUIDTests {
    @Test("New ids are version 7 UUIDs whose text increases with every id and starts with the time in milliseconds")
    func increasingVersion7() {
        let start = UInt64(Date().timeIntervalSince1970 * 1000)
        let ids = (0..<10_000).map { _ in ActivityID() }
        let end = UInt64(Date().timeIntervalSince1970 * 1000)
        let texts = ids.map(\.description)
        #expect(zip(texts, texts.dropFirst()).allSatisfy { $0 < $1 })
        for id in ids.prefix(100) {
            let bytes = withUnsafeBytes(of: id.uuid.uuid) { Array($0) }
            #expect(bytes[6] >> 4 == 7)
            #expect(bytes[8] >> 6 == 0b10)
            let milliseconds = bytes[0..<6].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            #expect(milliseconds >= start && milliseconds <= end + 100)
            #expect(ActivityID(id.description) == id)
        }
    }
}

@Suite("SHA-256 in pieces")
struct SHA256PiecesTests {
    @Test("Feeding a message in pieces of any size gives the digest of the whole, as bytes and as hex")
    func piecesEqualWhole() {
        var generator = SeededGenerator(seed: 7)
        let message = (0..<1_000).map { _ in UInt8.random(in: 0...255, using: &generator) }
        let whole = SHA256.hex(of: message)
        for _ in 0..<200 {
            var hasher = SHA256()
            var offset = 0
            while offset < message.count {
                let size = min(Int.random(in: 0...130, using: &generator), message.count - offset)
                hasher.update(message[offset..<offset + size])
                offset += size
            }
            #expect(hasher.finalize() == whole)
            #expect(hasher.digest().map { String(format: "%02x", $0) }.joined() == whole)
        }
        // A million 'a's (FIPS 180-2 test vector), fed as a lazy sequence without contiguous storage.
        var hasher = SHA256()
        hasher.update((0..<1_000_000).lazy.map { _ in UInt8(ascii: "a") })
        #expect(hasher.finalize() == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }
}
