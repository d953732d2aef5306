import Foundation

/// Leerlijn's xAPI Profile (xAPI Profiles 1.0, JSON-LD): the activity types of the kinds of activity, the context
/// extensions, and a statement template for every statement Leerlijn sends (one per kind, and the void), all under the
/// deployment's base. Its definition names the context activities' IRIs (kinds, schools, boards, partnerships,
/// sessions). exports/xapi-profile.jsonld is this document
/// for the placeholder base and the built-in kinds; `leerlijn export profile` writes it for a deployment.
public enum XAPIProfile {
    /// When the current version was made (a fixed part of the version, not the time it is written).
    public static let versionGeneratedAt = "2026-12-04T00:00:00Z"
    /// The IRI of the profiles' JSON-LD context.
    public static let context = "https://w3id.org/xapi/profiles/context"

    /// The template of a kind's statements, and of voids.
    public static func templateIRI(kind: String, vocabulary: XAPIVocabulary) -> String { vocabulary.profileIRI + "/templates/" + kind }
    public static func voidTemplateIRI(vocabulary: XAPIVocabulary) -> String { vocabulary.profileIRI + "/templates/void" }

    /// The profile as a JSON-LD document.
    public static func document(vocabulary: XAPIVocabulary, kinds: [ActivityKind]) -> [String: Any] {
        let scheme = vocabulary.profileVersionIRI
        func texts(_ en: String, _ nl: String) -> [String: String] { ["en": en, "nl": nl] }
        func concept(_ id: String, _ type: String, _ label: [String: String], _ definition: [String: String]) -> [String: Any] {
            ["id": id, "type": type, "inScheme": scheme, "prefLabel": label, "definition": definition]
        }
        var concepts: [Any] = []
        var seenTypes: Set<String> = []
        for kind in kinds where seenTypes.insert(vocabulary.activityType(for: kind.id)).inserted {
            concepts.append(concept(vocabulary.activityType(for: kind.id), "ActivityType", texts(kind.titleEN, kind.titleNL),
                                    texts("A professional learning activity of the kind '\(kind.titleEN)' (Leerlijn kind '\(kind.id)').",
                                          "Een professionaliseringsactiviteit van de soort '\(kind.titleNL)' (Leerlijn-soort '\(kind.id)').")))
        }
        concepts += [
            concept(vocabulary.competencesExtension, "ContextExtension", texts("Competences", "Bekwaamheden"),
                    texts("The framework items the activity maps to, as 'framework:item' ids (an array of strings).",
                          "De items uit bekwaamheidskaders waar de activiteit bij hoort, als 'kader:item' (een lijst van teksten).")),
            concept(vocabulary.domainsExtension, "ContextExtension", texts("Domains", "Domeinen"),
                    texts("The domains of the teacher's work the activity maps to, as 'framework:item' ids (an array of strings).",
                          "De domeinen van het werk van de leraar waar de activiteit bij hoort, als 'kader:item' (een lijst van teksten).")),
        ]
        var templates: [Any] = []
        for kind in kinds {
            templates.append([
                "id": templateIRI(kind: kind.id, vocabulary: vocabulary), "type": "StatementTemplate", "inScheme": scheme,
                "prefLabel": texts(kind.titleEN, kind.titleNL),
                "definition": texts("A person took part in an activity of the kind '\(kind.titleEN)'.",
                                    "Iemand nam deel aan een activiteit van de soort '\(kind.titleNL)'."),
                "verb": vocabulary.verb(for: kind.id),
                "objectActivityType": vocabulary.activityType(for: kind.id),
                "contextCategoryActivityType": [XAPIVocabulary.profileActivityType],
                "rules": [
                    // The kind and the profile version, and nothing else, as category activities.
                    ["location": "$.context.contextActivities.category[*].id", "presence": "included", "any": [vocabulary.kindActivity(kind.id)]] as [String: Any],
                    ["location": "$.context.contextActivities.category[*].id", "presence": "included", "any": [scheme]] as [String: Any],
                    ["location": "$.context.contextActivities.category[*].id", "presence": "included", "all": [vocabulary.kindActivity(kind.id), scheme]] as [String: Any],
                    ["location": "$.timestamp", "presence": "included"],
                    ["location": "$.result.duration", "presence": "included"],
                    ["location": "$.context.contextActivities.grouping[*].id", "presence": "recommended"],
                ] as [Any],
            ] as [String: Any])
        }
        templates.append([
            "id": voidTemplateIRI(vocabulary: vocabulary), "type": "StatementTemplate", "inScheme": scheme,
            "prefLabel": texts("Voided", "Ongeldig gemaakt"),
            "definition": texts("Voids the statement of an earlier revision of an activity, or of a deleted activity.",
                                "Maakt de statement van een eerdere versie van een activiteit, of van een verwijderde activiteit, ongeldig."),
            "verb": XAPIStatement.voided,
            "objectStatementRefTemplate": kinds.map { templateIRI(kind: $0.id, vocabulary: vocabulary) },
            "contextCategoryActivityType": [XAPIVocabulary.profileActivityType],
            "rules": [
                ["location": "$.object.objectType", "presence": "included", "all": ["StatementRef"]] as [String: Any],
                ["location": "$.context.contextActivities.category[*].id", "presence": "included", "any": [scheme]] as [String: Any],
                ["location": "$.context.contextActivities.category[*].id", "presence": "included", "all": [scheme]] as [String: Any],
                ["location": "$.timestamp", "presence": "included"],
            ] as [Any],
        ] as [String: Any])
        return [
            "@context": context,
            "id": vocabulary.profileIRI,
            "type": "Profile",
            "conformsTo": "https://w3id.org/xapi/profiles#1.0",
            "prefLabel": texts("Leerlijn: professional development of teachers", "Leerlijn: professionalisering van leraren"),
            "definition": texts("The statements Leerlijn sends to a Learning Record Store: one per activity revision of a (student) teacher, mentor or teacher educator, and the voids of earlier revisions. Context activities: the kind as category (\(vocabulary.kindActivity("<kind>"))) beside this profile's version; the school (\(vocabulary.schoolActivity("<BRIN and vestiging>"))), board (\(vocabulary.boardActivity("<code>"))) and partnership (\(vocabulary.partnershipActivity("<code>"))) of the person's membership on the activity's day as grouping; the collective session (\(vocabulary.sessionActivity("<id>"))) as parent; the person who signed the activity off as instructor.",
                                "De statements die Leerlijn naar een Learning Record Store stuurt: één per versie van een activiteit van een (aankomend) leraar, mentor of opleider, en het ongeldig maken van eerdere versies. Contextactiviteiten: de soort als categorie (\(vocabulary.kindActivity("<soort>"))) naast de versie van dit profiel; de school (\(vocabulary.schoolActivity("<BRIN en vestiging>"))), het bestuur (\(vocabulary.boardActivity("<code>"))) en het samenwerkingsverband (\(vocabulary.partnershipActivity("<code>"))) van het lidmaatschap van de persoon op de dag van de activiteit als groepering; de gezamenlijke bijeenkomst (\(vocabulary.sessionActivity("<id>"))) als ouder; wie de activiteit aftekende als instructor."),
            "author": ["type": "Organization", "name": "Leerlijn"] as [String: Any],
            "versions": [["id": scheme, "generatedAtTime": versionGeneratedAt]] as [Any],
            "concepts": concepts,
            "templates": templates,
        ]
    }

    /// The profile as JSON text, indented, with sorted keys (the text of exports/xapi-profile.jsonld).
    public static func text(vocabulary: XAPIVocabulary, kinds: [ActivityKind]) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: document(vocabulary: vocabulary, kinds: kinds),
                                                options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
