import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads a PIN without echo from the controlling terminal, or one line from stdin (`--pin-stdin`).
enum PinReader {
    /// One line of stdin, without its line end; nil at end of input.
    static func lineFromStdin() -> String? {
        guard let line = readLine(strippingNewline: true) else { return nil }
        return line.trimmingCharacters(in: CharacterSet(charactersIn: "\r"))
    }

    /// Prompts on /dev/tty with echo off; nil when there is no terminal.
    static func fromTerminal(prompt: String) -> String? {
        let fd = open("/dev/tty", O_RDWR | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var saved = termios()
        guard tcgetattr(fd, &saved) == 0 else { return nil }
        var quiet = saved
        quiet.c_lflag &= ~tcflag_t(ECHO)
        quiet.c_lflag |= tcflag_t(ICANON)
        _ = prompt.withCString { write(fd, $0, strlen($0)) }
        tcsetattr(fd, TCSAFLUSH, &quiet)
        // Echo comes back even if reading fails, so the user's terminal is never left silent.
        defer {
            tcsetattr(fd, TCSAFLUSH, &saved)
            _ = write(fd, "\n", 1)
        }
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while read(fd, &byte, 1) == 1 {
            if byte == 10 || byte == 13 { break }
            bytes.append(byte)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
