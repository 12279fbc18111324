/// A dialog that sends one write and closes on its answer (a review decision, a user, a declared
/// conflict): the result goes to the screen beneath; a refusal keeps the dialog open with what was
/// typed and says why (a wrong phase names the right one).
protocol SubmittingForm: Screen {
    /// A write is on its way: a second Enter sends nothing.
    var submitting: Bool { get set }
    /// Why the last write was refused, shown in the dialog.
    var error: String? { get set }
}

extension SubmittingForm {
    /// The dialog's `receive`: `answers` picks the replies to its own write (e.g. any `.review`).
    mutating func receiveAnswer(_ reply: Reply, answers: (Reply) -> Bool) -> [Command] {
        if case .failed(let text) = reply {
            submitting = false
            error = text
            return []
        }
        return answers(reply) ? [.popDelivering(reply)] : []
    }
}
