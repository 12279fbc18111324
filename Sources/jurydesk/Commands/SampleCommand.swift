import Foundation
import JuryCore

/// `jurydesk sample [--out DIR] [--seed N]`: writes the deterministic sample data set.
enum SampleCommand {

    static func run(_ c: CommandContext) throws -> Int32 {
        try c.noExtra(after: 0, usage: c.usage)
        let seedText = c.args.value("seed") ?? String(SampleGenerator.committedSeed)
        guard let seed = UInt64(seedText) else {
            throw Arguments.Problem(message: c.t(.cliMissingArgument, ["name": "--seed N", "usage": c.usage]))
        }
        let out = c.args.value("out") ?? "SampleData"
        let generator = SampleGenerator(seed: seed)
        try generator.write(to: URL(fileURLWithPath: out))
        c.say(c.t(.cliSampleWritten, ["dir": out, "seed": String(seed), "count": String(generator.files().count)]))
        return 0
    }
}
