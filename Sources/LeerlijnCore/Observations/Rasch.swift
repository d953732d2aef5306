import Foundation

/// The dichotomous Rasch model: the chance that a person of ability θ shows an item of difficulty b is
/// P = 1 / (1 + e^-(θ - b)), both in logits. See docs/observations.md ('Rasch estimate') for the method.
public enum Rasch {
    /// A person's ability estimated from items of known difficulty.
    public struct Estimate: Codable, Hashable, Sendable {
        /// The ability θ in logits.
        public var ability: Double
        /// The standard error 1 / sqrt(Σ P(1-P)) at θ.
        public var standardError: Double
        /// Items shown (score at or above the threshold) and items scored.
        public var shown: Int
        public var items: Int
        /// True when all items or none were shown: the maximum-likelihood estimate does not exist, and
        /// θ is estimated for a score half an item from the extreme (n - 0.5 or 0.5) instead.
        public var extreme: Bool
        /// Newton-Raphson steps taken.
        public var iterations: Int
    }

    /// The probability that a person of ability `ability` shows an item of difficulty `difficulty`.
    public static func probability(ability: Double, difficulty: Double) -> Double {
        1 / (1 + exp(-(ability - difficulty)))
    }

    /// The maximum-likelihood ability for dichotomous responses (difficulty in logits, shown or not),
    /// found with Newton-Raphson on Σ P_i(θ) = r: θ ← θ + (r - Σ P_i) / Σ P_i(1 - P_i), starting from
    /// θ₀ = ln(r / (n - r)) + mean(b), until a step is below 1e-6 logit (at most 100 steps, each at most
    /// 3 logits). For an extreme score (r = 0 or r = n) r is replaced by 0.5 or n - 0.5 and the estimate is
    /// marked `extreme`. Nil for no responses.
    public static func estimate(_ responses: [(difficulty: Double, shown: Bool)]) -> Estimate? {
        guard !responses.isEmpty else { return nil }
        let n = Double(responses.count)
        let shown = responses.filter(\.shown).count
        let extreme = shown == 0 || shown == responses.count
        let target = shown == 0 ? 0.5 : shown == responses.count ? n - 0.5 : Double(shown)
        let meanDifficulty = responses.map(\.difficulty).reduce(0, +) / n
        var ability = log(target / (n - target)) + meanDifficulty
        var information = 0.0
        var iterations = 0
        for step in 1...100 {
            var expected = 0.0
            information = 0
            for response in responses {
                let p = probability(ability: ability, difficulty: response.difficulty)
                expected += p
                information += p * (1 - p)
            }
            let change = max(-3, min(3, (target - expected) / information))
            ability += change
            iterations = step
            if abs(change) < 1e-6 { break }
        }
        information = responses.reduce(0) { sum, response in
            let p = probability(ability: ability, difficulty: response.difficulty)
            return sum + p * (1 - p)
        }
        return Estimate(ability: ability, standardError: 1 / information.squareRoot(), shown: shown, items: responses.count,
                        extreme: extreme, iterations: iterations)
    }
}
