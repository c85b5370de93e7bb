import Foundation

/// What an analyst would bring to a simulated world besides its data: the registry entries of its
/// outlets and sites (`tangle sources import sources.csv`) and its watch list (`tangle trace --watch
/// watched.txt`). Both follow from the truth; writing them saves every user the same script.
extension Truth {
    /// A source list: each outlet's domain and official account as `state-media`, each fake site as
    /// `low-credibility`, in the truth's order.
    public var sourceListCSV: String {
        var lines = ["domain,account,label,name,note"]
        for operation in operations {
            for outlet in operation.outlets {
                lines.append("\(outlet.domain),\(outlet.accountID),\(outlet.label),\(outlet.name),simulated outlet of \(operation.id)")
            }
            for site in operation.fakeSites {
                lines.append("\(site),,low-credibility,,simulated site of \(operation.id)")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The watched accounts' platform ids, one a line, after a comment saying what they are.
    public var watchListText: String {
        (["# watched high-reach accounts of the simulated world"] + watchedAccounts).joined(separator: "\n") + "\n"
    }

    /// Writes `sources.csv` and `watched.txt` into `folder`.
    func writeSideFiles(to folder: String) throws {
        for (name, text) in [("sources.csv", sourceListCSV), ("watched.txt", watchListText)] {
            let path = folder + "/" + name
            do {
                try Data(text.utf8).write(to: URL(fileURLWithPath: path))
            } catch {
                throw SimulationError("cannot write \(path): \(error.localizedDescription)")
            }
        }
    }
}
