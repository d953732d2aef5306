import LeerlijnCore

extension DemoPartnership {
    /// What the demo's schoolopleider recorded for her BRLO dossier (fictitious): her role described and justified,
    /// her tasks (two of teacher education, one of coaching), the hours her school confirmed, her work context, a
    /// reflection on the grondslag and each area of the VELON standard, and the independent route with her
    /// manager's statement (when `routes` lists it).
    static func recordEducator(_ person: String, database: LeerlijnDatabase, routes: [DossierRoute], schoolYearStart: Day, actor: String) throws {
        var role = EducatorRoleChange()
        role.description = """
            Als schoolopleider van OBS De Regenboog leid ik pabo-studenten in de school op: ik bezoek hun lessen, voer de \
            opleidingsgesprekken en beoordeel hun stages samen met de instituutsopleider. Met de pabo ontwerp ik het \
            programma van de opleidingsschool.
            """
        role.justification = """
            Mijn werk is opleiden en niet alleen begeleiden: ik beoordeel studenten op de bekwaamheidseisen, ontwerp het \
            opleidingsprogramma en begeleid de mentoren in hun rol als opleider in de school.
            """
        role.context = .opleidingsschool
        role.organisation = "OBS De Regenboog (opleidingsschool, fictief)"
        role.partnership = "eemvallei"
        role.sector = "po"
        role.confirmedMinutesPerYear = 480 * 60
        role.confirmedBy = "M. Jansen, directeur OBS De Regenboog (fictief)"
        role.confirmedOn = schoolYearStart
        if routes.contains(where: { $0.id == "zelfstandig" }) {
            role.route = "zelfstandig"
            role.manager = "M. Jansen, directeur OBS De Regenboog (fictief)"
            role.managerStatement = "Ik heb de aanvraag met Karin besproken en onderschrijf de beschrijving van haar rol als schoolopleider."
            role.managerStatementOn = schoolYearStart.adding(days: 30)
        }
        _ = try database.recordEducatorRole(person, role, routes: routes, actor: actor)
        for (task, kind, hours) in [("Lesbezoeken en opleidingsgesprekken met pabo-studenten; beoordelen van hun stages", EducatorTask.Kind.education, 220),
                                    ("Het programma van de opleidingsschool ontwerpen met de pabo", .education, 120),
                                    ("Begeleiden van startende leraren", .coaching, 140)] {
            _ = try database.addEducatorTask(person, description: task, kind: kind, minutesPerYear: hours * 60, actor: actor)
        }
        let framework = "velon-beroepsstandaard-2012"
        let reflections = [
            ("grondslag", "Ik zie mezelf als opleider die leraren helpt hun eigen praktijk te onderzoeken; mijn eigen lessen en gesprekken zijn daarvoor een voorbeeld."),
            ("opleidingsdidactisch", "In het ontwerpatelier liet ik studenten hun lesontwerp hardop toelichten; zo werd mijn didactiek van het opleiden zichtbaar."),
            ("agogisch", "Volwassen studenten willen eigenaar zijn van hun leervragen; ik stel nu eerst hun vraag centraal voordat ik feedback geef."),
            ("organisatorisch-beleidsmatig", "Met de pabo en de directie heb ik de stageplaatsen en de beoordeling in de opleidingsschool opnieuw geregeld."),
            ("ontwikkelingsbekwaam", "De conferentie en de intervisie met schoolopleiders gebruik ik om mijn eigen ontwikkeling als opleider te plannen."),
        ]
        let areas = reflections.map(\.0)
        for (area, text) in reflections {
            _ = try database.recordAreaReflection(person, framework: framework, area: area, areas: areas, text: text, actor: actor)
        }
    }
}
