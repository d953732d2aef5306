import LeerlijnCore

// The HR report's JSON written directly: at 10,000 people `JSONEncoder` took a sixth of the `report` command.
// Keys in the encoder's sorted order; optional fields left out when nil, as the synthesized `encodeIfPresent` does.
// RenderTests keeps this equal to the encoder's text.

extension GroupReport: JSONWritable {
    /// Writes the report as `JSONOutput.render` does through `JSONEncoder`.
    public func writeJSON(to writer: inout JSONWriter) throws {
        // About 350 bytes a person and 600 a group: one allocation for the whole text instead of a dozen doublings.
        writer.reserveCapacity(400 * people.count + 800 * groups.count + 200)
        writer.beginObject()
        writer.key("by")
        writer.value(by.rawValue)
        writer.key("groups")
        writer.beginArray()
        for group in groups { try group.writeJSON(to: &writer) }
        writer.endArray()
        writer.key("people")
        writer.beginArray()
        for person in people { try person.writeJSON(to: &writer) }
        writer.endArray()
        writer.key("referenceDay")
        writer.value(referenceDay.description)
        writer.key("schoolYear")
        writer.value(schoolYear.description)
        writer.endObject()
    }
}

extension GroupReport.Group: JSONWritable {
    /// Writes the group as `JSONEncoder` does.
    public func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.key("domains")
        writer.object(sorted: domains) { $0.value($1) }
        writer.key("flagged")
        writer.value(flagged)
        writer.key("key")
        writer.value(key)
        writer.key("minutes")
        writer.value(minutes)
        if let name {
            writer.key("name")
            writer.value(name)
        }
        writer.key("people")
        writer.value(people)
        writer.key("starters")
        writer.value(starters)
        writer.key("startersWithinBudget")
        writer.value(startersWithinBudget)
        if let startersWithinBudgetShare {
            writer.key("startersWithinBudgetShare")
            try writer.value(startersWithinBudgetShare)
        }
        writer.key("verifiedMinutes")
        writer.value(verifiedMinutes)
        writer.endObject()
    }
}

extension GroupReport.PersonRow: JSONWritable {
    /// Writes the row as `JSONEncoder` does.
    public func writeJSON(to writer: inout JSONWriter) throws {
        writer.beginObject()
        writer.key("details")
        writer.array(details)
        writer.key("externalId")
        writer.value(externalId)
        writer.key("flags")
        writer.beginArray()
        for flag in flags { writer.value(flag.rawValue) }
        writer.endArray()
        writer.key("group")
        writer.value(group)
        if let groupName {
            writer.key("groupName")
            writer.value(groupName)
        }
        if let lastActivity {
            writer.key("lastActivity")
            writer.value(lastActivity.description)
        }
        writer.key("minutes")
        writer.value(minutes)
        writer.key("name")
        writer.value(name)
        writer.key("reasons")
        writer.beginArray()
        for reason in reasons { reason.writeJSON(to: &writer) }
        writer.endArray()
        if let school {
            writer.key("school")
            writer.value(school)
        }
        if let schoolName {
            writer.key("schoolName")
            writer.value(schoolName)
        }
        writer.key("verifiedMinutes")
        writer.value(verifiedMinutes)
        writer.endObject()
    }
}

extension FlagReason {
    /// Writes the reason as `JSONEncoder` does (sorted keys, nil fields left out).
    func writeJSON(to writer: inout JSONWriter) {
        func text(_ key: String, _ value: LocalizedText?) {
            guard let value else { return }
            writer.key(key)
            writer.beginObject()
            writer.key("en")
            writer.value(value.en)
            writer.key("nl")
            writer.value(value.nl)
            writer.endObject()
        }
        func number(_ key: String, _ value: Int?) {
            guard let value else { return }
            writer.key(key)
            writer.value(value)
        }
        func string(_ key: String, _ value: String?) {
            guard let value else { return }
            writer.key(key)
            writer.value(value)
        }
        writer.beginObject()
        number("behindMinutes", behindMinutes)
        string("budget", budget)
        text("budgetTitle", budgetTitle)
        string("expires", expires?.description)
        string("flag", flag.rawValue)
        number("idleWeeks", idleWeeks)
        string("item", item)
        text("itemTitle", itemTitle)
        string("lastActivity", lastActivity?.description)
        string("register", register)
        number("shortfallMinutes", shortfallMinutes)
        number("unverifiedMinutes", unverifiedMinutes)
        writer.endObject()
    }
}
