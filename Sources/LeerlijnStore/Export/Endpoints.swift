import Foundation
import GRDB

extension LeerlijnDatabase {
    /// When an endpoint of `register` was disabled by a 410 Gone answer, or nil when it is enabled.
    public func disabledEndpoint(register: String, endpoint: String) throws(StoreError) -> Date? {
        try read { db in
            try Date.fetchOne(db, sql: "SELECT disabled_at FROM export_endpoint WHERE register = ? AND endpoint = ?", arguments: [register, endpoint])
        }
    }

    /// Disables an endpoint (it answered 410 Gone): nothing is sent to it until ``enableEndpoints(register:)``.
    public func disableEndpoint(register: String, endpoint: String, status: Int) throws(StoreError) {
        let time = now()
        try write { db in
            try db.execute(sql: """
                INSERT INTO export_endpoint (register, endpoint, status, disabled_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (register, endpoint) DO UPDATE SET status = excluded.status, disabled_at = excluded.disabled_at
                """, arguments: [register, endpoint, status, time])
        }
    }

    /// The endpoints of `register` that a 410 Gone disabled, with when.
    public func disabledEndpoints(register: String) throws(StoreError) -> [(endpoint: String, since: Date)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT endpoint, disabled_at FROM export_endpoint WHERE register = ? ORDER BY endpoint", arguments: [register])
                .map { (endpoint: $0[0], since: $0[1]) }
        }
    }

    /// Enables every disabled endpoint of `register` again; returns the endpoints enabled.
    public func enableEndpoints(register: String) throws(StoreError) -> [String] {
        try write { db in
            let endpoints = try String.fetchAll(db, sql: "SELECT endpoint FROM export_endpoint WHERE register = ? ORDER BY endpoint", arguments: [register])
            try db.execute(sql: "DELETE FROM export_endpoint WHERE register = ?", arguments: [register])
            return endpoints
        }
    }
}
