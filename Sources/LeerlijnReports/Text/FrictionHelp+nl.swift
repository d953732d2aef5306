extension FrictionHelp {
    /// Nederlands.
    public static let nl = FrictionHelp(
        employmentEdit: .init(abstract: "Verbeter een aanstelling: de werktijdfactor, de eerste of de laatste dag.", discussion: """
            Kiest de aanstelling die begint op --started (en bij --at, een bestuurs- of schoolcode, als er meer op die
            dag beginnen); zonder --started de enige, of die van vandaag. Weigert overlap met een andere aanstelling
            bij hetzelfde bestuur; waarschuwt als de wtf's op een dag samen meer dan 1,0 zijn. Komt in de audittrail.
            Voorbeelden:
              leerlijn employment edit sanne --started 1-8-2026 --fte 0,8
              leerlijn employment edit sanne --until 31-7-2027
            """),
        employmentEnd: .init(abstract: "Beëindig een aanstelling op een dag (de laatste dag).", discussion: """
            Voorbeeld:
              leerlijn employment end sanne --until 31-7-2027
            """),
        employmentDelete: .init(abstract: "Verwijder een per vergissing ingevoerde aanstelling (de audittrail bewaart hem).", discussion: """
            Een aanstelling die afgelopen is hoort op de lijn: beëindig hem liever (leerlijn employment end).
            Voorbeeld:
              leerlijn employment delete sanne --started 1-8-2026
            """),
        phaseEdit: .init(abstract: "Verbeter een fase: een andere fase of een andere eerste dag.", discussion: """
            Weigert een dag waarop al een fase begint en, zonder --force, fasen buiten de volgorde van de lijn.
            Komt in de audittrail.
            Voorbeeld:
              leerlijn phase edit sanne --started 1-8-2026 --since 15-8-2026
            """),
        phaseDelete: .init(abstract: "Verwijder een per vergissing ingevoerde fase; de fase ervoor loopt dan door tot de volgende.", discussion: """
            Voorbeeld:
              leerlijn phase delete sanne --started 1-8-2026
            """),
        roleEdit: .init(abstract: "Verbeter een rol: de eerste of laatste dag, of de uren per week.", discussion: """
            Kiest de periode van ROL die begint op --started; zonder --started de enige, of die van vandaag.
            Weigert overlap met een andere periode van dezelfde rol. Komt in de audittrail.
            Voorbeeld:
              leerlijn role edit karin mentor --hours-per-week 2
            """),
        roleEnd: .init(abstract: "Beëindig een rol op een dag (de laatste dag).", discussion: """
            Voorbeeld:
              leerlijn role end karin mentor --until 31-7-2027
            """),
        roleDelete: .init(abstract: "Verwijder een per vergissing ingevoerde rol (de audittrail bewaart hem).", discussion: """
            Voorbeeld:
              leerlijn role delete karin mentor --started 1-8-2026
            """),
        membership: .init(abstract: "Verbeter, beëindig of verwijder de schoollidmaatschappen van een persoon.", discussion: """
            Een overstap naar een andere school is geen verbetering: gebruik leerlijn person edit PERSOON --school CODE --since DAG.
            """),
        membershipEdit: .init(abstract: "Verbeter een schoollidmaatschap: de eerste of de laatste dag.", discussion: """
            Een overstap naar een andere school is: leerlijn person edit PERSOON --school CODE --since DAG. Dit verbetert er een.
            Kiest het lidmaatschap dat begint op --started (bij --school); zonder --started het enige of dat van vandaag.
            Weigert overlap met een ander lidmaatschap. Komt in de audittrail.
            Voorbeeld:
              leerlijn membership edit sanne --started 1-8-2026 --since 15-8-2026
            """),
        membershipEnd: .init(abstract: "Beëindig een schoollidmaatschap op een dag (de laatste dag).", discussion: """
            Voorbeeld:
              leerlijn membership end sanne --until 31-7-2027
            """),
        membershipDelete: .init(abstract: "Verwijder een per vergissing ingevoerd schoollidmaatschap (de audittrail bewaart het).", discussion: """
            Voorbeeld:
              leerlijn membership delete sanne --started 1-8-2026 --school 12AB
            """),
        person: "Extern nummer, e-mailadres of een deel van de naam.",
        role: "De rol: mentor, schoolopleider, instituutsopleider, coach...",
        started: "De eerste dag van de periode die je verbetert (zie leerlijn line PERSOON).",
        at: "De code van het bestuur of de school, als er meer aanstellingen op die dag beginnen.",
        school: "De code van de school, als er meer lidmaatschappen op die dag beginnen.",
        phaseStarted: "De eerste dag van de fase die je verbetert (zie leerlijn line PERSOON).",
        newSince: "De nieuwe eerste dag.",
        newUntil: "De nieuwe laatste dag.",
        endUntil: "De laatste dag.",
        open: "Maak de periode weer open (geen laatste dag).",
        fte: "De nieuwe werktijdfactor (0,8 of 0.8).",
        force: "Sta een wtf boven 1,5 toe.",
        phase: "De nieuwe fase: student, starter, basisbekwaam of vakbekwaam.",
        phaseForce: "Sta fasen buiten de volgorde van de lijn toe.",
        hoursPerWeek: "De nieuwe gefaciliteerde uren per week (7,5 of 7.5).",
        noHours: "Haal de afgesproken uren per week weg.",
        replace: "Beëindig een overlappende aanstelling bij hetzelfde bestuur op de dag voordat deze begint.",
        endEmployment: "Bij een overstap naar een ander bestuur: beëindig de aanstelling bij het oude bestuur op de dag vóór --since.",
        csvDialect: "De CSV-vorm: excel-nl (; als scheidingsteken, decimale komma's, een BOM: wat Nederlandse Excel opent) of rfc4180 (, en decimale punten). Standaard: excel-nl in het Nederlands, rfc4180 in het Engels.",
        durationUnit: "De eenheid van kale getallen in de kolom duur: minutes of hours (standaard: geen; een kaal getal wordt geweigerd tenzij de kolomnaam de eenheid noemt)."
    )
}
