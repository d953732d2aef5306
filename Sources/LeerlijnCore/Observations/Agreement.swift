/// How far two observers' item scores of the same lesson agree.
public struct Agreement: Codable, Hashable, Sendable {
    /// Items both observers scored.
    public var items: Int
    /// Items with the same score.
    public var identical: Int
    /// identical / items (0...1).
    public var share: Double
    /// Cohen's kappa, or nil when the chance agreement is 1 (both gave one and the same score throughout).
    public var kappa: Double?

    /// Agreement over the items both score lists have; nil when they share no item.
    ///
    /// Cohen's kappa treats the scale points as categories: p_o = identical / n, p_e = Σ_k (a_k / n)(b_k / n)
    /// with a_k and b_k the number of items each observer gave score k, and κ = (p_o - p_e) / (1 - p_e).
    public static func between(_ first: [ItemScore], _ second: [ItemScore]) -> Agreement? {
        let other = Dictionary(second.map { ($0.item, $0.score) }, uniquingKeysWith: { a, _ in a })
        let pairs = first.compactMap { score in other[score.item].map { (score.score, $0) } }
        guard !pairs.isEmpty else { return nil }
        let n = Double(pairs.count)
        let identical = pairs.filter { $0.0 == $0.1 }.count
        let observed = Double(identical) / n
        var countsA: [Int: Int] = [:], countsB: [Int: Int] = [:]
        for (a, b) in pairs {
            countsA[a, default: 0] += 1
            countsB[b, default: 0] += 1
        }
        let chance = countsA.reduce(0.0) { sum, entry in sum + (Double(entry.value) / n) * (Double(countsB[entry.key] ?? 0) / n) }
        let kappa = chance >= 1 ? nil : (observed - chance) / (1 - chance)
        return Agreement(items: pairs.count, identical: identical, share: observed, kappa: kappa)
    }
}
