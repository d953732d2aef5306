import ArgumentParser
import Foundation
import LeerlijnCore
import LeerlijnReports
import LeerlijnStore

/// `leerlijn dossier task PERSON TEXT --kind education|coaching`: a task of the role (or `--remove N`).
struct DossierTask: DatabaseCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(
        commandName: "task",
        abstract: registerHelp.dossierTask.abstract,
        discussion: registerHelp.dossierTask.discussion) }
    @OptionGroup var options: GlobalOptions
    @Argument(help: ArgumentHelp(registerHelp.rolePerson)) var person: String
    @Argument(help: ArgumentHelp(registerHelp.taskText)) var text: String?
    @Option(help: ArgumentHelp(registerHelp.taskKind)) var kind: EducatorTask.Kind = .education
    @Option(help: ArgumentHelp(registerHelp.taskHours)) var hoursPerYear: Double?
    @Option(help: ArgumentHelp(registerHelp.taskRemove)) var remove: Int64?

    func run() throws {
        let database = try options.openDatabase()
        let strings = options.language.registerStrings
        if let remove {
            let task = try database.removeEducatorTask(person, id: remove, actor: options.actorName)
            try options.emit(task, table: TableData(headers: [], rows: []), message: strings.taskRemoved(person, task.id))
            return
        }
        let task = try database.addEducatorTask(person, description: text ?? "", kind: kind, minutesPerYear: hoursPerYear.map { Int(($0 * 60).rounded()) },
                                                actor: options.actorName)
        try options.emit(task, table: TableData(headers: [], rows: []), message: strings.taskAdded(person, task.id))
    }
}
