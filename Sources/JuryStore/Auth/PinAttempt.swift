/// What the reserving transaction of a sign-in decided: refused at once, or one attempt reserved
/// (already counted as a failure) whose PIN is now compared outside the write lock.
enum PinAttempt {
    case refused(LoginOutcome)
    case reserved(UserAccount, stored: String, failures: Int, wait: Int)
}
